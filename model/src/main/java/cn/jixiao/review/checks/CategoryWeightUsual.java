package cn.jixiao.review.checks;

import cn.jixiao.domain.CategoryWeight;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Unit;
import cn.jixiao.review.BaseCheck;
import cn.jixiao.review.FieldRef;
import cn.jixiao.review.Finding;
import cn.jixiao.review.Frames;
import cn.jixiao.review.Names;
import cn.jixiao.review.Numbers;
import cn.jixiao.review.Rows;
import cn.jixiao.review.Severity;
import cn.jixiao.review.Weights;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The customary 一级 weights: 产出 50 (成本 counted with it where it is an 一级), 效益 30 (40 when
 * 满意度 sits under it), 满意度 10, plus 10 for the funds row. More than 10 points away is hinted.
 */
public final class CategoryWeightUsual extends BaseCheck {
    private static final BigDecimal FAR = BigDecimal.TEN;

    public CategoryWeightUsual() {
        super("CATEGORY_WEIGHT_UNUSUAL", Severity.HINT, "一级指标分值与通常的产出50、效益30、满意度10分相差较大");
    }

    @Override
    public List<Finding> check(Unit unit, FiscalYear y) {
        List<Finding> out = new ArrayList<>();
        for (Rows.Tree t : Rows.trees(y)) {
            Map<String, BigDecimal> weights = weights(t, t.project() == null ? y.overall.categoryWeights : t.project().categoryWeights);
            if (weights.isEmpty()) {
                continue;
            }
            boolean satisfactionUnderBenefit = !weights.containsKey(Frames.SATISFACTION) && t.indicators().stream()
                    .anyMatch(i -> Frames.isConcept(i, Frames.SATISFACTION));
            Map<String, BigDecimal> expected = new LinkedHashMap<>();
            expected.put(Frames.OUTPUT, BigDecimal.valueOf(50));
            expected.put(Frames.BENEFIT, BigDecimal.valueOf(satisfactionUnderBenefit ? 40 : 30));
            if (!satisfactionUnderBenefit) {
                expected.put(Frames.SATISFACTION, BigDecimal.TEN);
            }
            List<String> far = new ArrayList<>();
            for (var e : expected.entrySet()) {
                BigDecimal w = weights.getOrDefault(e.getKey(), BigDecimal.ZERO);
                if (e.getKey().equals(Frames.OUTPUT)) {
                    w = w.add(weights.getOrDefault(Frames.COST, BigDecimal.ZERO));
                }
                if (w.subtract(e.getValue()).abs().compareTo(FAR) > 0) {
                    far.add(label(e.getKey(), weights.containsKey(Frames.COST)) + Numbers.show(w) + "分（通常" + Numbers.show(e.getValue()) + "分）");
                }
            }
            if (far.isEmpty()) {
                continue;
            }
            String message = "一级指标分值" + String.join("、", far) + "，与通常的权重相差较大，请确认。";
            if (t.project() == null) {
                out.add(onUnit(y, FieldRef.overall("categoryWeights"), Names.OVERALL, message));
            } else {
                out.add(onProject(y, t.project(), "categoryWeights", message));
            }
        }
        return out;
    }

    private static String label(String key, boolean withCost) {
        return switch (key) {
            case Frames.OUTPUT -> withCost ? "产出指标（含成本指标）" : "产出指标";
            case Frames.BENEFIT -> "效益指标";
            default -> "满意度指标";
        };
    }

    /** Per 一级 key: the printed weight where there is one, else the sum of its rows' 分值. */
    private static Map<String, BigDecimal> weights(Rows.Tree t, List<CategoryWeight> printed) {
        Map<String, BigDecimal> w = new LinkedHashMap<>();
        for (CategoryWeight cw : printed) {
            Numbers.plain(cw.weight.replaceAll("[()（）分\\s]", "")).ifPresent(v -> w.put(Frames.categoryKey(cw.category), v));
        }
        if (!w.isEmpty()) {
            return w;
        }
        for (Indicator i : t.indicators()) {
            Optional<BigDecimal> v = Weights.of(i);
            if (v.isPresent() && !i.category.isBlank()) {
                w.merge(Frames.categoryKey(i.category), v.get(), BigDecimal::add);
            }
        }
        return w;
    }
}
