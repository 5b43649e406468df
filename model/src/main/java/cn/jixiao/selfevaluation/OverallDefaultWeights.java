package cn.jixiao.selfevaluation;

import cn.jixiao.domain.CategoryWeight;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.UnitOverall;
import cn.jixiao.editing.Edit;
import cn.jixiao.store.UnitFile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 部门整体 self-evaluation has no declaration step to start from: when none of its indicators
 * has a 分值 yet, this gives them the {@link DefaultWeights} (and the funds row its 10), as one edit.
 */
public final class OverallDefaultWeights implements Edit {
    private final FiscalYear year;
    private final Map<Indicator, String> before = new LinkedHashMap<>();
    private final Map<Indicator, String> after;
    private final List<CategoryWeight> categoriesBefore;
    private final List<CategoryWeight> categoriesAfter;
    private final String fundsWeightBefore;
    private final List<String> notes;

    private OverallDefaultWeights(FiscalYear year) {
        this.year = year;
        UnitOverall o = year.overall;
        o.indicators.forEach(i -> before.put(i, i.weight));
        DefaultWeights.Spread spread = DefaultWeights.spread(o.indicators, List.of());
        after = spread.weights();
        categoriesBefore = List.copyOf(o.categoryWeights);
        categoriesAfter = o.categoryWeights.isEmpty() ? spread.categoryWeights() : categoriesBefore;
        fundsWeightBefore = o.selfEvaluation.funds.weight;
        notes = spread.notes();
    }

    /** True when the year's 部门整体 has indicators and none of them has a 分值. */
    public static boolean applicable(FiscalYear year) {
        List<Indicator> list = year.overall.indicators;
        return !list.isEmpty() && list.stream().allMatch(i -> i.weight.isBlank());
    }

    public static OverallDefaultWeights of(FiscalYear year) {
        if (!applicable(year)) {
            throw new IllegalStateException(year.year + "年度部门整体的指标已有分值");
        }
        return new OverallDefaultWeights(year);
    }

    public List<String> notes() {
        return notes;
    }

    @Override
    public String description() {
        return "填入默认分值";
    }

    @Override
    public void apply(UnitFile file) {
        set(after, categoriesAfter, fundsWeightBefore.isBlank() ? String.valueOf(DefaultWeights.FUNDS) : fundsWeightBefore, file);
    }

    @Override
    public void revert(UnitFile file) {
        set(before, categoriesBefore, fundsWeightBefore, file);
    }

    private void set(Map<Indicator, String> weights, List<CategoryWeight> categories, String fundsWeight, UnitFile file) {
        weights.forEach((i, w) -> i.weight = w);
        year.overall.categoryWeights = new ArrayList<>(categories);
        year.overall.selfEvaluation.funds.weight = fundsWeight;
        file.transaction(() -> {
            file.saveYear(year);
            file.saveIndicators(UnitFile.overallOwner(year.year), year.overall.indicators);
        });
    }
}
