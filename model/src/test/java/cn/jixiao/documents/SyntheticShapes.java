package cn.jixiao.documents;

import cn.jixiao.domain.Amount;
import cn.jixiao.domain.BasicDataRow;
import cn.jixiao.domain.BasicDataRowKind;
import cn.jixiao.domain.CategoryWeight;
import cn.jixiao.domain.ExpenseLine;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.ReportSection;
import cn.jixiao.domain.ScheduleItem;
import cn.jixiao.domain.Unit;
import cn.jixiao.fields.Field;
import cn.jixiao.fields.FieldCatalogue;
import cn.jixiao.fields.Owner;
import cn.jixiao.sample.SyntheticMonitoring;
import cn.jixiao.sample.SyntheticUnit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Units of the shapes a clerk's own data takes, which the seeds never show: every field blank,
 * every field set, 不适用 二级, very long texts, no indicators or 300 of them, four-decimal amounts,
 * every 项目类型. Each is built fresh on every call (layouts must not be able to keep state between
 * shapes), in code, on top of {@link SyntheticUnit}, so a test can drive any layout with them.
 */
final class SyntheticShapes {
    /** A unit, the year its forms are printed for, and what the shape is. */
    record Shape(String name, Supplier<Subject> build) {
        Subject get() {
            return build.get();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    record Subject(Unit unit, FiscalYear year) {
    }

    /** The 项目类型 the forms know (湘阴's boxes) and those units write in their own words. */
    static final List<String> PROJECT_TYPES = List.of("基本建设类", "行政事业类", "其他专项类", "专项业务类", "运行维护类");

    /** The monitoring period every shape is monitored to. */
    static final int MONTH = 6;

    private SyntheticShapes() {
    }

    static List<Shape> all() {
        return List.of(
                new Shape("空白字段", SyntheticShapes::empty),
                new Shape("全部字段", SyntheticShapes::filled),
                new Shape("不适用二级", SyntheticShapes::notApplicable),
                new Shape("超长名称与指标值", SyntheticShapes::longTexts),
                new Shape("无指标", SyntheticShapes::noIndicators),
                new Shape("300个指标", SyntheticShapes::manyIndicators),
                new Shape("四位小数金额", SyntheticShapes::fourDecimals),
                new Shape("各项目类型", SyntheticShapes::projectTypes));
    }

    /** A unit and a project with nothing typed: only the ids and the year. */
    static Subject empty() {
        Unit u = new Unit();
        FiscalYear y = u.yearOrCreate(2024);
        Project p = new Project();
        y.projects.add(p);
        return new Subject(u, y);
    }

    /**
     * Every field of the catalogue set (a 部门整体 with data, 基础数据表 rows of every kind, a report
     * of nine sections, 支出明细 and 实施进度 lines, two projects), so that every field a layout binds
     * has a value to show and to read back.
     */
    static Subject filled() {
        Unit u = SyntheticUnit.generate(2, 12, 17);
        FiscalYear y = u.years.get(0);
        u.formStyle = "";
        y.formStyle = "";
        for (Project p : y.projects) {
            p.expenseLines.add(new ExpenseLine());
            p.expenseLines.add(new ExpenseLine());
            p.schedule.add(new ScheduleItem());
            p.schedule.add(new ScheduleItem());
            p.attribute = "延续项目";
            p.projectType = "行政事业类";
            p.projectSubType = "采购类";
        }
        y.overall.indicators.addAll(copies(y.projects.get(0).indicators));
        y.overall.categoryWeights.add(new CategoryWeight("产出指标", "50"));
        for (BasicDataRowKind k : BasicDataRowKind.values()) {
            BasicDataRow r = new BasicDataRow(k, k.printedLabel.isEmpty() ? k.title : k.printedLabel);
            if (k == BasicDataRowKind.PROJECT) {
                r.projectLineage = y.projects.get(0).lineage;
            }
            y.basicData.rows.add(r);
        }
        for (int k = 0; k < 9; k++) {
            ReportSection s = new ReportSection();
            y.report.sections.add(s);
            if (k == 1) {
                s.subsections.add(new ReportSection());
            }
        }
        fill(Owner.UNIT, u);
        fill(Owner.YEAR, y);
        fill(Owner.OVERALL, y.overall);
        fill(Owner.BASIC_DATA, y.basicData);
        y.basicData.rows.forEach(r -> fill(Owner.BASIC_DATA_ROW, r));
        fill(Owner.REPORT, y.report);
        for (ReportSection s : y.report.sections) {
            fill(Owner.REPORT_SECTION, s);
            s.subsections.forEach(x -> fill(Owner.REPORT_SECTION, x));
        }
        y.overall.indicators.forEach(i -> fill(Owner.INDICATOR, i));
        y.overall.categoryWeights.forEach(w -> fill(Owner.CATEGORY_WEIGHT, w));
        for (Project p : y.projects) {
            fill(Owner.PROJECT, p);
            p.indicators.forEach(i -> fill(Owner.INDICATOR, i));
            p.expenseLines.forEach(l -> fill(Owner.EXPENSE_LINE, l));
            p.schedule.forEach(l -> fill(Owner.SCHEDULE_ITEM, l));
            p.categoryWeights.forEach(w -> fill(Owner.CATEGORY_WEIGHT, w));
        }
        // choices the filler leaves alone, set to values the forms print
        y.projects.forEach(p -> p.indicators.forEach(SyntheticShapes::chosen));
        y.overall.indicators.forEach(SyntheticShapes::chosen);
        SyntheticMonitoring.monitor(y, MONTH, 17);
        return new Subject(u, y);
    }

    /** Two 二级 marked 不适用, their indicators gone. */
    static Subject notApplicable() {
        Unit u = SyntheticUnit.generate(2, 12, 3);
        FiscalYear y = u.years.get(0);
        for (Project p : y.projects) {
            p.indicators.removeIf(i -> i.subcategory.equals("质量指标") || i.subcategory.equals("生态效益指标"));
            p.notApplicable.add("产出指标/质量指标");
            p.notApplicable.add("效益指标/生态效益指标");
        }
        monitored(y);
        return new Subject(u, y);
    }

    /** Names, goals and targets of 200 and more characters. */
    static Subject longTexts() {
        Unit u = SyntheticUnit.generate(1, 11, 5);
        FiscalYear y = u.years.get(0);
        u.name = "示例县" + "人民政府办公室综合服务保障中心".repeat(14);
        Project p = y.projects.get(0);
        p.name = "示例县城乡公共服务设施运行维护与安全保障" .repeat(11) + "专项经费";
        p.annualGoal = "完成年度各项保障任务，确保设施安全平稳运行，服务对象满意度持续提升。".repeat(8);
        p.implementingUnit = u.name;
        for (Indicator i : p.indicators) {
            i.name = i.name + "（按照年度工作计划和上级部门考核要求逐项落实并定期报送完成情况）".repeat(6);
            i.target = i.target + "，且各季度均按时完成并经第三方核查确认无误，未发生任何安全责任事故".repeat(5);
        }
        monitored(y);
        return new Subject(u, y);
    }

    /** Projects with no indicator at all. */
    static Subject noIndicators() {
        Unit u = SyntheticUnit.generate(2, 3, 7);
        FiscalYear y = u.years.get(0);
        y.projects.forEach(p -> p.indicators.clear());
        monitored(y);
        return new Subject(u, y);
    }

    /** One project with 300 indicators: many pages of one form. */
    static Subject manyIndicators() {
        Unit u = SyntheticUnit.generate(1, 300, 11);
        FiscalYear y = u.years.get(0);
        monitored(y);
        return new Subject(u, y);
    }

    /**
     * Amounts with four decimals and no stated totals, so every total the forms print is computed:
     * 资金总额 from its parts, the 支出明细 合计 from its lines.
     */
    static Subject fourDecimals() {
        Unit u = SyntheticUnit.generate(3, 12, 13);
        FiscalYear y = u.years.get(0);
        int n = 0;
        for (Project p : y.projects) {
            n++;
            p.funds.statedTotal = Amount.EMPTY;
            p.funds.fiscalAppropriation = Amount.of("1234.5678");
            p.funds.otherFunds = Amount.of("12.345" + n);
            p.funds.countyThisYear = Amount.of("1246.913" + n);
            p.funds.countyLastYear = Amount.of("2677.7123");
            for (int k = 0; k < 2; k++) {
                ExpenseLine l = new ExpenseLine();
                l.item = "支出事项" + (k + 1);
                l.thisYear = Amount.of("617.456" + (k + 1));
                l.lastYear = Amount.of("12.3456");
                l.basis = "按定额测算";
                p.expenseLines.add(l);
            }
            p.selfEvaluation.funds.initialBudget = Amount.of("1246.9134");
            p.selfEvaluation.funds.adjustedBudget = Amount.of("1246.9134");
            p.selfEvaluation.funds.executed = Amount.of("1238.1692");
        }
        y.overall.generalPublicBudget = Amount.of("2677.7123");
        y.overall.governmentFund = Amount.of("12.3456");
        y.overall.basicExpense = Amount.of("1418.5678");
        y.overall.projectExpense = Amount.of("1271.4901");
        BasicDataRow basic = new BasicDataRow(BasicDataRowKind.BASIC, BasicDataRowKind.BASIC.printedLabel);
        BasicDataRow pub = new BasicDataRow(BasicDataRowKind.PUBLIC, BasicDataRowKind.PUBLIC.printedLabel);
        pub.thisYearBudget = Amount.of("312.3456");
        BasicDataRow vehicle = new BasicDataRow(BasicDataRowKind.VEHICLE, BasicDataRowKind.VEHICLE.printedLabel);
        BasicDataRow purchase = new BasicDataRow(BasicDataRowKind.VEHICLE_PURCHASE, BasicDataRowKind.VEHICLE_PURCHASE.printedLabel);
        purchase.thisYearBudget = Amount.of("12.3456");
        BasicDataRow running = new BasicDataRow(BasicDataRowKind.VEHICLE_RUNNING, BasicDataRowKind.VEHICLE_RUNNING.printedLabel);
        running.thisYearBudget = Amount.of("2.0001");
        y.basicData.rows.addAll(List.of(basic, pub, vehicle, purchase, running));
        monitored(y);
        return new Subject(u, y);
    }

    /** One project of each 项目类型, the 新增 / 延续 属性 alternating. */
    static Subject projectTypes() {
        Unit u = SyntheticUnit.generate(PROJECT_TYPES.size(), 12, 19);
        FiscalYear y = u.years.get(0);
        for (int k = 0; k < PROJECT_TYPES.size(); k++) {
            Project p = y.projects.get(k);
            p.projectType = PROJECT_TYPES.get(k);
            p.projectSubType = k == 0 ? "新建" : k == 1 ? "修缮类" : "";
            p.attribute = k % 2 == 0 ? "新增项目" : "延续项目";
        }
        monitored(y);
        return new Subject(u, y);
    }

    private static void chosen(Indicator i) {
        i.comparator = "≥";
        i.selfEvaluation.tier = "达成年度指标";
    }

    private static void monitored(FiscalYear y) {
        SyntheticMonitoring.monitor(y, MONTH, 1);
    }

    private static List<Indicator> copies(List<Indicator> from) {
        List<Indicator> out = new ArrayList<>();
        for (Indicator i : from) {
            Indicator c = new Indicator();
            c.category = i.category;
            c.subcategory = i.subcategory;
            out.add(c);
        }
        return out;
    }

    /**
     * Sets every field of the owner to a value of its kind that names the field, so a value read back
     * says where it came from; choices and flags stay as the shape set them (a made-up 版式 or 指标体系
     * would only test the fallback).
     */
    private static void fill(Owner owner, Object object) {
        int n = 0;
        for (Field<?> f : FieldCatalogue.fields(owner)) {
            n++;
            String value = switch (f.kind()) {
                case AMOUNT -> "1" + n + ".3456";
                case RATE -> "9" + (n % 10) + ".5%";
                case SCORE -> String.valueOf(1 + n % 9);
                case COUNT -> String.valueOf(100 + n);
                case LINES -> f.label() + "一\n" + f.label() + "二";
                case TEXT, LONG_TEXT -> f.label() + "甲";
                case CHOICE, FLAG -> null;
            };
            if (value != null) {
                f.write(object, value);
            }
        }
    }

}
