package cn.jixiao.documents.layout;

import cn.jixiao.documents.FormDocument;
import cn.jixiao.documents.Paragraph;
import cn.jixiao.documents.Table;
import cn.jixiao.domain.ExpenseLine;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Frameworks;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.fields.IndicatorFields;
import cn.jixiao.fields.LineFields;
import cn.jixiao.fields.OverallFields;
import cn.jixiao.fields.ProjectFields;
import cn.jixiao.fields.UnitFields;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The faults issue 17 found on forms made from data a new user typed in the window (not the
 * seed's): each typed here through the field catalogue, as the editors set them.
 */
class NewDataFormsTest {

    /** The rows of the document's tables, each as its cells' texts. */
    static List<List<String>> rows(FormDocument d) {
        List<List<String>> out = new ArrayList<>();
        for (FormDocument.Block b : d.blocks) {
            if (b instanceof Table t) {
                for (Table.Row r : t.rows()) {
                    out.add(r.cells().stream().map(Table.Cell::text).toList());
                }
            }
        }
        return out;
    }

    static List<String> paragraphs(FormDocument d) {
        return d.blocks.stream().filter(b -> b instanceof Paragraph).map(b -> ((Paragraph) b).text()).toList();
    }

    /** The row whose cells include {@code label}. */
    static List<String> rowWith(FormDocument d, String label) {
        return rows(d).stream().filter(r -> r.contains(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + label + " in " + rows(d)));
    }

    private static Indicator indicator(Project p, String category, String subcategory, String name, String target) {
        Indicator i = new Indicator();
        p.indicators.add(i);
        IndicatorFields.CATEGORY.set(i, category);
        IndicatorFields.SUBCATEGORY.set(i, subcategory);
        IndicatorFields.NAME.set(i, name);
        IndicatorFields.TARGET.set(i, target);
        return i;
    }

    // 湘阴 2023 申报表

    private static Project xiangyinProject() {
        Project p = new Project();
        ProjectFields.NAME.set(p, "乡村振兴协调经费");
        ProjectFields.PROJECT_TYPE.set(p, "专项业务类");
        ProjectFields.FISCAL_APPROPRIATION.set(p, "20");
        for (String[] l : new String[][]{{"会务费", "12.5"}, {"印刷费", "7.5"}}) {
            ExpenseLine e = new ExpenseLine();
            LineFields.EXPENSE_ITEM.set(e, l[0]);
            LineFields.EXPENSE_THIS_YEAR.set(e, l[1]);
            p.expenseLines.add(e);
        }
        indicator(p, "产出指标", "数量指标", "召开协调会", "≥4次");
        return p;
    }

    private static FormDocument xiangyin(Project p) {
        Unit u = new Unit();
        UnitFields.NAME.set(u, "湘阴县某局");
        FiscalYear y = u.yearOrCreate(2023);
        y.frameworkId = Frameworks.XIANGYIN_2023;
        y.projects.add(p);
        return new XiangyinDeclaration2023().render(u, y, List.of(p)).get(0);
    }

    @Test
    void xiangyinExpenseTotalIsTheLinesSumWhenNoneIsStated() {
        List<List<String>> r = rows(xiangyin(xiangyinProject()));
        int header = -1;
        for (int k = 0; k < r.size(); k++) {
            if (r.get(k).contains("测算依据及说明")) {
                header = k;
            }
        }
        List<String> total = r.get(header + 1);
        assertEquals("合 计", total.get(0), total.toString());
        assertEquals("20.0", total.get(2), "本年度 合计 of 12.5 + 7.5: " + total);
    }

    @Test
    void xiangyinPrintsNoStrayNumberedRow() {
        for (List<String> row : rows(xiangyin(xiangyinProject()))) {
            assertFalse(row.contains("3"), "a row reading '3' the clerk never typed: " + row);
        }
    }

    @Test
    void xiangyinTicksTheTypeTheClerkChose() {
        String type = rowWith(xiangyin(xiangyinProject()), "项目类型").get(1);
        assertTrue(type.contains("☑"), "'专项业务类' ticks no box: " + type);
        assertTrue(type.contains("专项业务类"), type);
    }

    // 机关事务局 2024 目标表

    private static Unit agencyUnit() {
        Unit u = new Unit();
        UnitFields.NAME.set(u, "某市机关事务管理局");
        UnitFields.CODE.set(u, "101001");
        FiscalYear y = u.yearOrCreate(2024);
        y.frameworkId = Frameworks.NATIONAL_2021;
        Project p = new Project();
        ProjectFields.NAME.set(p, "公务用车管理经费");
        ProjectFields.EXPENSE_DIRECTION.set(p, "一般公共服务支出");
        ProjectFields.FISCAL_APPROPRIATION.set(p, "40");
        p.notApplicable.add("成本指标/社会成本指标");
        indicator(p, "产出指标", "数量指标", "车辆管理数", "≥95台");
        indicator(p, "成本指标", "经济成本指标", "运行成本", "≤38万元");
        y.projects.add(p);
        Project q = new Project();
        ProjectFields.NAME.set(q, "节能经费");
        ProjectFields.FISCAL_APPROPRIATION.set(q, "3.0");
        y.projects.add(q);
        return u;
    }

    private static FormDocument agency(Unit u) {
        FiscalYear y = u.years.get(0);
        return new AgencyDeclaration2024().render(u, y, y.projects).get(0);
    }

    @Test
    void agencyMarksANotApplicableSubcategory() {
        List<String> row = rowWith(agency(agencyUnit()), "社会成本指标");
        assertTrue(row.contains("不适用"), "不适用 二级 prints blank: " + row);
    }

    @Test
    void agencyPrintsTheExpenseDirection() {
        assertTrue(rowWith(agency(agencyUnit()), "公务用车管理经费").contains("一般公共服务支出"));
    }

    @Test
    void agencyPrintsTheComparatorTheTargetStates() {
        FormDocument d = agency(agencyUnit());
        List<String> ge = rowWith(d, "车辆管理数");
        assertEquals("≥", ge.get(ge.indexOf("≥95台") + 4), ge.toString());
        List<String> le = rowWith(d, "运行成本");
        assertEquals("≤", le.get(le.indexOf("≤38万元") + 4), le.toString());
    }

    @Test
    void agencyHeaderReadsScoringRuleRight() {
        FormDocument d = agency(agencyUnit());
        assertTrue(rows(d).stream().anyMatch(r -> r.contains("评（扣）分标准")), rows(d).get(1).toString());
    }

    @Test
    void agencyUnitRowAddsTheProjectsAsTyped() {
        List<String> unitRow = rowWith(agency(agencyUnit()), "某市机关事务管理局");
        assertEquals("43", unitRow.get(3), unitRow.toString());
    }

    // 公开清单 (怀远 2024)

    @Test
    void disclosureListEndsWithATotal() {
        Unit u = agencyUnit();
        FiscalYear y = u.years.get(0);
        FormDocument d = new HuaiyuanDisclosure2024().render(u, y, y.projects).get(0);
        List<List<String>> r = rows(d);
        List<String> last = r.get(r.size() - 1);
        assertTrue(last.contains("合计"), last.toString());
        assertEquals("43", last.get(last.size() - 1), last.toString());
    }

    // the 部门整体 year table: a stated total beside its parts

    @Test
    void overallTableMarksAStatedTotalThePartsDoNotMake() {
        Unit u = agencyUnit();
        FiscalYear y = u.years.get(0);
        OverallFields.STATED_TOTAL.set(y.overall, "28");
        OverallFields.GENERAL_PUBLIC_BUDGET.set(y.overall, "20");
        OverallFields.OTHER_FUNDS.set(y.overall, "7.5");
        for (FormDocument d : List.of(new AgencyOverallDeclaration2024().render(u, y, y.projects).get(0),
                new XiangyinOverallDeclaration2023().render(u, y, y.projects).get(0))) {
            String all = String.join("\n", d.texts());
            assertTrue(all.contains("28"), all);
            assertTrue(all.contains("27.5"), d.name + " prints the stated 28 and not the parts' 27.5: " + all);
        }
    }

    // a year typed from its 自评表 (the 2022 sample): the 申报表 prints its funds and goal

    @Test
    void declarationOfAYearTypedFromItsSelfEvaluationPrintsItsFundsAndGoal() {
        Unit u = cn.jixiao.sample.Samples.load("hengyang-office");
        FiscalYear y = u.year(2022).orElseThrow();
        Project p = y.projects.stream().filter(x -> x.name.equals("大院保安转辅警经费")).findFirst().orElseThrow();
        assertEquals("152.5", p.selfEvaluation.funds.initialBudget.text());
        for (cn.jixiao.documents.FormLayout l : cn.jixiao.documents.FormLayouts.all()) {
            if (l.form() != cn.jixiao.documents.FormKind.DECLARATION) {
                continue;
            }
            String all = String.join("\n", l.render(u, y, List.of(p)).get(0).texts());
            assertTrue(all.contains("152.5"), l.style() + " 申报表 prints no funds: " + all);
            assertTrue(all.contains("提供正常安全工作环境"), l.style() + " 申报表 prints no 年度目标: " + all);
        }
    }

    // 自评表: a new project of a unit whose information names its 填报人 and 电话

    @Test
    void aNewProjectsFormsSignWithTheUnitsPreparerAndPhone() {
        Unit u = new Unit();
        UnitFields.NAME.set(u, "衡阳市某局");
        u.preparer = "王芳";
        u.phone = "0734-8861058";
        u.head = "李强";
        FiscalYear y = u.yearOrCreate(2024);
        Project p = Project.of(u, "办公设备购置");
        y.projects.add(p);
        for (cn.jixiao.documents.FormLayout l : cn.jixiao.documents.FormLayouts.all()) {
            if (l.form() != cn.jixiao.documents.FormKind.SELF_EVALUATION || !l.perProject()) {
                continue;
            }
            String all = String.join("\n", l.render(u, y, List.of(p)).get(0).texts());
            assertTrue(all.contains("王芳") && all.contains("0734-8861058"),
                    l.style() + " 自评表 of a new project leaves 填表人 or 电话 blank: " + all);
        }
        assertEquals("衡阳市某局", p.implementingUnit);
        assertEquals("王芳", p.signature.preparer);
    }
}
