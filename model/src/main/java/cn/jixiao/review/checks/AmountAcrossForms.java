package cn.jixiao.review.checks;

import cn.jixiao.domain.Amount;
import cn.jixiao.domain.BasicDataRow;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.ReportSection;
import cn.jixiao.domain.Unit;
import cn.jixiao.review.BaseCheck;
import cn.jixiao.review.Declarations;
import cn.jixiao.review.FieldRef;
import cn.jixiao.review.Finding;
import cn.jixiao.review.Names;
import cn.jixiao.review.Numbers;
import cn.jixiao.review.Occurrences;
import cn.jixiao.review.Severity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A project's amount agrees across the year's forms: its 申报表 资金总额 (or, for a
 * self-evaluation alone, its 年初预算数), the 公开清单 amount, its 基础数据表 row(s) (linked by
 * lineage or by the same name), and the figure the 自评报告 gives after its name; and its
 * 全年执行数 agrees with the 基础数据表's 本年决算数.
 */
public final class AmountAcrossForms extends BaseCheck {
    public AmountAcrossForms() {
        super("AMOUNT_DIFFERS_ACROSS_FORMS", Severity.WARNING, "同一项目的金额在申报表、自评表、基础数据表、自评报告之间不一致");
    }

    @Override
    public List<Finding> check(Unit unit, FiscalYear y) {
        List<Finding> out = new ArrayList<>();
        for (Project p : y.projects) {
            // the project's budget by its one rule (Project#budget): declared, else the self-evaluation's
            Optional<BigDecimal> declared = p.funds.budget().value();
            String refLabel = "申报表资金总额";
            Optional<BigDecimal> ref = p.budget().value();
            if (p.funds.budget().isEmpty()) {
                boolean initial = !p.selfEvaluation.funds.initialBudget.isEmpty();
                refLabel = initial ? "自评表年初预算数" : "自评表全年预算数";
            }
            if (ref.isPresent()) {
                BigDecimal r = ref.get();
                String label = refLabel;
                if (declared.isPresent() && p.selfEvaluation.funds.initialBudget.value().isPresent()
                        && !Numbers.same(declared.get(), p.selfEvaluation.funds.initialBudget.value().get())) {
                    out.add(onProject(y, p, "selfEvaluation.funds.initialBudget", "自评表年初预算数"
                            + p.selfEvaluation.funds.initialBudget.text() + "万元，与申报表资金总额" + p.funds.budget().text() + "万元不一致。"));
                }
                // The 公开清单 prints one decimal ('24.4' for 24.37): agreeing after that rounding is agreeing.
                if (p.disclosureAmount.value().isPresent() && !Numbers.same(p.disclosureAmount.value().get(),
                        r.setScale(Math.max(p.disclosureAmount.value().get().scale(), 0), java.math.RoundingMode.HALF_UP))) {
                    out.add(onProject(y, p, "disclosureAmount", "公开清单预算金额" + p.disclosureAmount.text() + "万元，与" + refLabel
                            + Numbers.show(r) + "万元不一致。"));
                }
                List<Integer> rows = rowsOf(y, p);
                sumOf(y, rows, true).filter(s -> !Numbers.same(s, r)).ifPresent(s -> out.add(onProject(y, p, "basicDataCategory",
                        "基础数据表中该项目的本年预算数为" + Numbers.show(s) + "万元" + rowsLabel(y, rows) + "，与" + label
                                + Numbers.show(r) + "万元不一致。")));
                report(out, y, p, r, refLabel);
            }
            Optional<BigDecimal> executed = p.selfEvaluation.funds.executed.value();
            List<Integer> rows = rowsOf(y, p);
            if (executed.isPresent()) {
                sumOf(y, rows, false).filter(s -> !Numbers.same(s, executed.get())).ifPresent(s -> out.add(onProject(y, p,
                        "selfEvaluation.funds.executed", "自评表全年执行数" + p.selfEvaluation.funds.executed.text()
                                + "万元，基础数据表中该项目的本年决算数为" + Numbers.show(s) + "万元" + rowsLabel(y, rows) + "，两者应一致。")));
            }
        }
        return out;
    }

    /** 基础数据表 project rows of the project: by lineage, else by the same name. */
    static List<Integer> rowsOf(FiscalYear y, Project p) {
        List<Integer> byLineage = new ArrayList<>();
        List<Integer> byName = new ArrayList<>();
        for (int k = 0; k < y.basicData.rows.size(); k++) {
            BasicDataRow r = y.basicData.rows.get(k);
            if (!r.projectLineage.isBlank() && r.projectLineage.equals(p.lineage)) {
                byLineage.add(k);
            } else if (r.projectLineage.isBlank() && !p.name.isBlank() && Declarations.key(r.label).equals(Declarations.key(p.name))) {
                byName.add(k);
            }
        }
        return byLineage.isEmpty() ? byName : byLineage;
    }

    private static Optional<BigDecimal> sumOf(FiscalYear y, List<Integer> rows, boolean budget) {
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal s = BigDecimal.ZERO;
        boolean any = false;
        for (int k : rows) {
            BasicDataRow r = y.basicData.rows.get(k);
            Amount a = budget ? r.thisYearBudget : r.thisYearFinal;
            if (!a.isEmpty() && a.value().isEmpty()) {
                return Optional.empty();
            }
            any |= !a.isEmpty();
            s = s.add(a.valueOrZero());
        }
        return any ? Optional.of(s) : Optional.empty();
    }

    private static String rowsLabel(FiscalYear y, List<Integer> rows) {
        if (rows.size() < 2) {
            return "";
        }
        return "（" + String.join("、", rows.stream().map(k -> "“" + y.basicData.rows.get(k).label + "”").toList()) + "合计）";
    }

    /**
     * The amount right after the name ('…经费为12.5万元'): a few joining words, a few spaces and a
     * number of at most 12 digits, so each place the name occurs costs the same however long the text.
     */
    private static final Pattern AMOUNT_AFTER_NAME = Pattern.compile("[为是：:共计约]{0,3}\\s{0,8}(\\d{1,12}(?:\\.\\d{1,6})?)\\s{0,8}万元");
    private static final int AMOUNT_REACH = 3 + 8 + 19 + 8 + 2;

    /** The 自评报告 sentence that names the project and gives an amount right after it. */
    private void report(List<Finding> out, FiscalYear y, Project p, BigDecimal ref, String refLabel) {
        if (p.name.isBlank()) {
            return;
        }
        Occurrences name = new Occurrences(p.name.strip());
        List<ReportSection> sections = y.report.sections;
        for (int k = 0; k < sections.size(); k++) {
            if (scan(out, y, p, ref, refLabel, name, sections.get(k), "sections[" + k + "]")) {
                return;
            }
        }
    }

    private boolean scan(List<Finding> out, FiscalYear y, Project p, BigDecimal ref, String refLabel, Occurrences name,
                         ReportSection s, String path) {
        Matcher m = AMOUNT_AFTER_NAME.matcher(s.text);
        int end = name.firstEnd(s.text, at -> m.region(at, Math.min(s.text.length(), at + AMOUNT_REACH)).lookingAt());
        if (end >= 0) {
            BigDecimal stated = new BigDecimal(m.group(1));
            if (!Numbers.same(stated, ref)) {
                out.add(new Finding(code(), severity(), y.year, p.name, new FieldRef(FieldRef.Kind.REPORT_SECTION, p.id, "", path + ".text"),
                        Names.project(p) + "：自评报告“" + (s.number + s.title).strip() + "”中写的是" + m.group(1) + "万元，与" + refLabel
                                + Numbers.show(ref) + "万元不一致。"));
            }
            return true;
        }
        for (int k = 0; k < s.subsections.size(); k++) {
            if (scan(out, y, p, ref, refLabel, name, s.subsections.get(k), path + ".subsections[" + k + "]")) {
                return true;
            }
        }
        return false;
    }
}
