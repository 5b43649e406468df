package cn.jixiao.report;

import cn.jixiao.domain.Amount;
import cn.jixiao.domain.BasicDataRow;
import cn.jixiao.domain.BasicDataRowKind;
import cn.jixiao.domain.BudgetLine;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Json;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.ReportSection;
import cn.jixiao.domain.Unit;
import cn.jixiao.domain.UnitOverall;
import cn.jixiao.unitlevel.Figures;
import cn.jixiao.unitlevel.OverallFigures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Drafts sections 一 to 六 of the 部门整体支出绩效自评报告 from the year's data: the unit and its
 * staff, 基本支出 and 项目支出 with their budget and final figures and the differences, the
 * project list, the funds the unit has none of ('无。'), and the numbered goals. Sections 七 to
 * 九 are the clerk's own words and are never drafted.
 */
public final class ReportDrafter {
    /** The nine sections of the 001 report as numbered in the standard template. */
    static final String[][] STANDARD = {
            {"一、", "部门、单位基本情况"},
            {"二、", "一般公共预算支出情况"},
            {"三、", "政府性基金预算支出情况"},
            {"四、", "国有资本经营预算支出情况"},
            {"五、", "社会保险基金预算支出情况"},
            {"六、", "部门整体支出绩效情况"},
            {"七、", "存在的问题及原因分析"},
            {"八、", "下一步改进措施"},
            {"九、", "其他需要说明的情况"},
    };
    /** Sections 一 to 六 (indexes 0..5) are drafted. */
    public static final int DRAFTED = 6;
    private static final Pattern NUMBERED_GOAL = Pattern.compile("^目标\\s*\\d+.*");
    private static final String[] COUNT = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private final Unit unit;
    private final FiscalYear year;
    private final UnitOverall overall;

    public ReportDrafter(Unit unit, FiscalYear year) {
        this.unit = unit;
        this.year = year;
        this.overall = year.overall;
    }

    /** The nine sections with 一 to 六 drafted and 七 to 九 as they are now; numbers and titles kept where the report has them. */
    public List<ReportSection> draft() {
        List<ReportSection> existing = year.report.sections;
        List<ReportSection> out = new ArrayList<>();
        for (int i = 0; i < STANDARD.length; i++) {
            ReportSection old = i < existing.size() ? existing.get(i) : null;
            ReportSection s = old == null ? new ReportSection() : Json.copy(old, ReportSection.class);
            if (old == null) {
                s.number = STANDARD[i][0];
                s.title = STANDARD[i][1];
            }
            if (i < DRAFTED) {
                s.editedByClerk = false;
                s.text = text(i);
                if (i == 1) {
                    s.text = "";
                    s.subsections = new ArrayList<>(List.of(
                            subsection(old, 0, "（一）", "基本支出情况", basicExpense()),
                            subsection(old, 1, "（二）", "项目支出情况", projectExpense())));
                }
            }
            out.add(s);
        }
        for (int i = STANDARD.length; i < existing.size(); i++) {
            out.add(Json.copy(existing.get(i), ReportSection.class));
        }
        return out;
    }

    private String text(int section) {
        return switch (section) {
            case 0 -> basicInfo();
            case 2 -> fund(overall.governmentFund, "政府性基金预算支出");
            case 3 -> fund(overall.stateCapitalBudget, "国有资本经营预算支出");
            case 4 -> fund(overall.socialInsuranceBudget, "社会保险基金预算支出");
            case 5 -> goals();
            default -> "";
        };
    }

    private static ReportSection subsection(ReportSection old, int index, String number, String title, String text) {
        ReportSection s = new ReportSection();
        ReportSection prior = old != null && index < old.subsections.size() ? old.subsections.get(index) : null;
        s.number = prior == null ? number : prior.number;
        s.title = prior == null ? title : prior.title;
        s.text = text;
        return s;
    }

    String basicInfo() {
        String description = first(overall.unitDescription, unit.functionsSummary, overall.functionsSummary);
        List<String> staff = new ArrayList<>();
        if (!unit.internalDivisions.isBlank()) {
            staff.add("现有内设机构" + unit.internalDivisions.strip() + "个");
        }
        String actual = first(year.basicData.actualStaff, unit.actualStaff);
        if (!actual.isBlank()) {
            staff.add((staff.isEmpty() ? "现有" : "") + "在职人员" + actual.strip() + "人");
        }
        String staffLine = staff.isEmpty() ? "" : "本单位" + String.join("，", staff) + "。";
        return join("\n", description, staffLine);
    }

    String basicExpense() {
        int y = year.year;
        StringBuilder b = new StringBuilder();
        // 资金总额 by its one rule (UnitOverall#budget), read as the clerk meant it; parts typed as '15万' still add up
        Optional<BigDecimal> total = Figures.read(overall.budget()).or(() -> OverallFigures.incomeTotal(overall));
        Optional<BigDecimal> basic = Figures.read(overall.basicExpense).or(() -> row(BasicDataRowKind.BASIC).flatMap(r -> Figures.read(r.thisYearBudget)));
        if (total.isPresent()) {
            b.append(y).append("年初预算总收入和总支出为").append(wan(total.get()));
            basic.ifPresent(v -> b.append("，其中基本支出").append(wan(v)));
            b.append("。");
        } else {
            basic.ifPresent(v -> b.append(y).append("年初基本支出预算为").append(wan(v)).append("。"));
        }
        List<Part> parts = List.of(
                new Part("工资福利支出", Figures.read(overall.salaryBudget), Figures.read(overall.salaryFinal)),
                new Part("一般商品和服务支出", row(BasicDataRowKind.PUBLIC).flatMap(r -> Figures.read(r.thisYearBudget)),
                        row(BasicDataRowKind.PUBLIC).flatMap(r -> Figures.read(r.thisYearFinal))),
                new Part("对个人和家庭的补助", Figures.read(overall.householdSubsidyBudget), Figures.read(overall.householdSubsidyFinal)));
        List<String> budgets = new ArrayList<>();
        for (Part p : parts) {
            p.budget.ifPresent(v -> budgets.add(p.name + "为" + wan(v)));
        }
        if (!budgets.isEmpty()) {
            b.append("其中：").append(String.join("，", budgets)).append("。");
        }
        Optional<BigDecimal> basicFinal = row(BasicDataRowKind.BASIC).flatMap(r -> Figures.read(r.thisYearFinal));
        List<String> finals = new ArrayList<>();
        for (Part p : parts) {
            p.actual.ifPresent(v -> finals.add(p.name + "为" + wan(v) + p.budget.map(bv -> "，" + versusBudget(v, bv)).orElse("")));
        }
        if (basicFinal.isPresent() || !finals.isEmpty()) {
            b.append(y).append("年基本支出决算数");
            basicFinal.ifPresent(v -> b.append("为").append(wan(v)));
            if (!finals.isEmpty()) {
                b.append(basicFinal.isPresent() ? "，其中：" : "：").append(String.join("；", finals));
            } else {
                basic.ifPresent(bv -> b.append("，").append(versusBudget(basicFinal.get(), bv)));
            }
            b.append("。");
        }
        b.append(overall.basicExpenseChangeReason.strip());
        return b.toString();
    }

    String projectExpense() {
        int y = year.year;
        StringBuilder b = new StringBuilder();
        Optional<BigDecimal> budget = Figures.read(overall.projectExpense).or(() -> OverallFigures.projectExpense(year));
        List<String> lines = new ArrayList<>();
        for (BudgetLine l : projectLines()) {
            lines.add(l.label.strip() + Figures.read(l.amount).map(v -> wan(l.amount, v)).orElse(""));
        }
        if (budget.isPresent()) {
            b.append(y).append("年初项目支出预算总收入和总支出为").append(wan(budget.get()));
            if (!lines.isEmpty()) {
                b.append("，其中：").append(String.join("，", lines));
            }
            b.append("。");
        }
        Optional<BigDecimal> fin = Figures.read(overall.projectExpenseFinal).or(this::projectFinalFromTable);
        if (fin.isPresent()) {
            if (b.length() > 0) {
                b.append("\n");
            }
            b.append(y).append("年项目支出决算数为").append(wan(fin.get()));
            budget.ifPresent(bv -> b.append("，").append(versusBudget(fin.get(), bv)));
            b.append("。");
        }
        b.append(overall.projectExpenseChangeReason.strip());
        return b.toString();
    }

    /** The lines the report lists: as the clerk stated them, else one per project of the year. */
    List<BudgetLine> projectLines() {
        if (!overall.projectBudgetLines.isEmpty()) {
            return overall.projectBudgetLines;
        }
        List<BudgetLine> lines = new ArrayList<>();
        for (Project p : year.projects) {
            BudgetLine l = new BudgetLine(p.name, OverallFigures.projectBudget(p).map(v -> Amount.of(Figures.format(v))).orElse(Amount.EMPTY));
            l.projectLineage = p.lineage;
            lines.add(l);
        }
        return lines;
    }

    private Optional<BigDecimal> projectFinalFromTable() {
        List<Optional<BigDecimal>> parts = new ArrayList<>();
        for (BasicDataRow r : year.basicData.rows) {
            if (r.is(BasicDataRowKind.PROJECT)) {
                parts.add(Figures.read(r.thisYearFinal));
            }
        }
        return Figures.sum(parts);
    }

    private String fund(Amount amount, String what) {
        Optional<BigDecimal> v = Figures.read(amount);
        if (v.isEmpty() || v.get().signum() == 0) {
            return "无。";
        }
        return year.year + "年" + what + wan(v.get()) + "。";
    }

    String goals() {
        List<String> goals = overall.reportGoals.isEmpty() ? overall.goals : overall.reportGoals;
        List<String> nonEmpty = goals.stream().map(String::strip).filter(g -> !g.isEmpty()).toList();
        if (nonEmpty.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        b.append(year.year).append("年").append(us()).append("基本完成以下").append(count(nonEmpty.size())).append("绩效目标：");
        for (int i = 0; i < nonEmpty.size(); i++) {
            String g = nonEmpty.get(i);
            b.append("\n").append(NUMBERED_GOAL.matcher(g).matches() ? g : "目标" + (i + 1) + "：" + g);
        }
        return b.toString();
    }

    /** How the unit calls itself: 我办 for an office (办公室), 我局 for a bureau, else 我单位. */
    private String us() {
        String n = unit.name.strip();
        if (n.endsWith("办公室") || n.endsWith("办")) {
            return "我办";
        }
        if (n.endsWith("局")) {
            return "我局";
        }
        return "我单位";
    }

    private static String count(int n) {
        return (n < COUNT.length ? COUNT[n] : String.valueOf(n)) + "个";
    }

    /** '比预算增加699.64万元' / '比预算减少104.81万元' / '与预算持平'. */
    static String versusBudget(BigDecimal actual, BigDecimal budget) {
        BigDecimal d = actual.subtract(budget);
        if (d.signum() == 0) {
            return "与预算持平";
        }
        return "比预算" + (d.signum() > 0 ? "增加" : "减少") + wan(d.abs());
    }

    private Optional<BasicDataRow> row(BasicDataRowKind kind) {
        return year.basicData.rows.stream().filter(r -> r.is(kind)).findFirst();
    }

    private static String wan(BigDecimal v) {
        return v.toPlainString() + "万元";
    }

    /** An amount as the clerk wrote it ('152.5', '81'), in 万元. */
    private static String wan(Amount written, BigDecimal v) {
        return (written.value().isPresent() ? written.text() : v.toPlainString()) + "万元";
    }

    private static String first(String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isBlank()) {
                return c.strip();
            }
        }
        return "";
    }

    private static String join(String sep, String... parts) {
        return String.join(sep, java.util.Arrays.stream(parts).filter(p -> !p.isBlank()).toList());
    }

    private record Part(String name, Optional<BigDecimal> budget, Optional<BigDecimal> actual) {
    }
}
