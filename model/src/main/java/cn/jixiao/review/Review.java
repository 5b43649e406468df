package cn.jixiao.review;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 提交前审核: runs every {@link Check} over a year (or every year) of a unit and returns the
 * findings ordered as the clerk walks the forms: by year, the unit-level forms first, then the
 * projects in their order, and within a project its fields in form order, then its indicator rows.
 * Nothing is changed in the unit.
 */
public final class Review {
    /**
     * Every check, grouped as 完整性, 量化, 算术, 分值, 一致性, in the order of their registration in
     * {@code META-INF/services/cn.jixiao.review.Check}: the checks' package uses this one's
     * findings and helpers, so this one does not name the checks (that would be a package cycle).
     */
    public static final List<Check> CHECKS = loadChecks();

    /** Project fields in the order the forms print them; unlisted fields come after these. */
    private static final List<String> PROJECT_FIELD_ORDER = List.of("name", "supervisingDepartment", "implementingUnit",
            "startEnd", "period", "funds.", "disclosureAmount", "expenseLines", "schedule", "longTermGoal", "annualGoal",
            "basicDataCategory", "selfEvaluation.funds.", "selfEvaluation.expectedOutcome", "indicators", "notApplicable",
            "categoryWeights", "mergedCategories", "selfEvaluation.statedTotalScore");
    private static final List<String> INDICATOR_FIELD_ORDER = List.of("category", "subcategory", "name", "target",
            "unitOfMeasure", "comparator", "scoringRule", "weight", "actual", "score", "deviationCause");

    private static final Pattern ROW = Pattern.compile("^rows\\[(\\d+)]");

    private Review() {
    }

    private static List<Check> loadChecks() {
        List<Check> checks = new ArrayList<>();
        ServiceLoader.load(Check.class, Review.class.getClassLoader()).forEach(checks::add);
        if (checks.isEmpty()) {
            throw new IllegalStateException("no review checks registered (META-INF/services/cn.jixiao.review.Check)");
        }
        return List.copyOf(checks);
    }

    /** All findings of one year; none when the unit has no such year. */
    public static List<Finding> run(Unit unit, int year) {
        return unit.year(year).map(y -> run(unit, y)).orElse(List.of());
    }

    /** All findings of every year of the unit. */
    public static List<Finding> run(Unit unit) {
        List<Finding> all = new ArrayList<>();
        for (FiscalYear y : unit.years) {
            all.addAll(run(unit, y));
        }
        all.sort(Comparator.comparingInt(Finding::year));
        return all;
    }

    private static List<Finding> run(Unit unit, FiscalYear y) {
        List<Finding> found = new ArrayList<>();
        for (Check c : CHECKS) {
            found.addAll(c.check(unit, y));
        }
        Map<String, Integer> projectIndex = new HashMap<>();
        Map<String, Integer> indicatorIndex = new HashMap<>();
        for (int k = 0; k < y.overall.indicators.size(); k++) {
            indicatorIndex.put(y.overall.indicators.get(k).id, k);
        }
        for (int k = 0; k < y.projects.size(); k++) {
            Project p = y.projects.get(k);
            projectIndex.put(p.id, k);
            List<Indicator> rows = p.indicators;
            for (int j = 0; j < rows.size(); j++) {
                indicatorIndex.put(rows.get(j).id, j);
            }
        }
        Comparator<Finding> order = Comparator
                .comparingInt((Finding f) -> f.where().projectId().isEmpty() ? -1 : projectIndex.getOrDefault(f.where().projectId(), Integer.MAX_VALUE))
                .thenComparingInt(f -> f.where().kind().ordinal())
                .thenComparingInt(f -> fieldRank(f, indicatorIndex));
        found.sort(order);
        return found;
    }

    /** Within one project or form: the field's place on the form. */
    private static int fieldRank(Finding f, Map<String, Integer> indicatorIndex) {
        FieldRef w = f.where();
        if (w.kind() == FieldRef.Kind.INDICATOR) {
            int rank = INDICATOR_FIELD_ORDER.indexOf(w.field());
            return indicatorIndex.getOrDefault(w.indicatorId(), 9999) * 100 + (rank < 0 ? 99 : rank);
        }
        if (w.kind() == FieldRef.Kind.PROJECT_FIELD) {
            for (int k = 0; k < PROJECT_FIELD_ORDER.size(); k++) {
                if (w.field().startsWith(PROJECT_FIELD_ORDER.get(k))) {
                    return k;
                }
            }
            return PROJECT_FIELD_ORDER.size();
        }
        if (w.kind() == FieldRef.Kind.BASIC_DATA_ROW) {
            Matcher m = ROW.matcher(w.field());
            return m.find() ? Integer.parseInt(m.group(1)) + 1 : 0;
        }
        return 0;
    }
}
