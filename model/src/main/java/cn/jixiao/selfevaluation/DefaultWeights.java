package cn.jixiao.selfevaluation;

import cn.jixiao.domain.CategoryWeight;
import cn.jixiao.domain.Indicator;
import cn.jixiao.target.TextFold;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The default 分值 of a new self-evaluation (001): 产出 50, 效益 30, 满意度 10, each spread in
 * whole points over the 三级 under it, the first rows taking the remainder; the funds row 10.
 *
 * <p>满意度 is a group of its own even where the framework files it as a 二级 under 效益
 * (衡阳 2021: '效益指标 / 社会公众或服务对象满意度指标'), because the self-evaluation gives it
 * its own 10 points. Any other 一级 (成本指标 in the national framework) counts with 产出.
 * Rows marked 不适用 get 0 points so that the others share the whole weight.
 */
public final class DefaultWeights {
    public static final int OUTPUT = 50;
    public static final int EFFECT = 30;
    public static final int SATISFACTION = 10;
    public static final int FUNDS = 10;
    private static final Set<String> NOT_APPLICABLE_WORDS = Set.of("不适用", "不适应", "此项目不适用", "本项目不适用",
            "项目不适用", "无", "/", "—", "-", "——");

    /** The three groups the default weights are given to. */
    public enum Group {
        OUTPUT("产出", DefaultWeights.OUTPUT), EFFECT("效益", DefaultWeights.EFFECT), SATISFACTION("满意度", DefaultWeights.SATISFACTION);

        private final String chinese;
        private final int points;

        Group(String chinese, int points) {
            this.chinese = chinese;
            this.points = points;
        }

        public String chinese() {
            return chinese;
        }

        public int points() {
            return points;
        }
    }

    private DefaultWeights() {
    }

    public static Group groupOf(Indicator indicator) {
        if ((indicator.category + indicator.subcategory).contains("满意")) {
            return Group.SATISFACTION;
        }
        return indicator.category.contains("效益") ? Group.EFFECT : Group.OUTPUT;
    }

    /** A row that carries no points: its 指标值 or name says 不适用, or its 二级 is marked 不适用. */
    public static boolean notApplicable(Indicator indicator, Collection<String> notApplicableSubcategories) {
        String target = TextFold.fold(indicator.target);
        return NOT_APPLICABLE_WORDS.contains(target)
                || notApplicableSubcategories.contains(indicator.category + "/" + indicator.subcategory)
                || target.isEmpty() && NOT_APPLICABLE_WORDS.contains(TextFold.fold(indicator.name));
    }

    /**
     * 分值 per indicator ("0" for rows that do not apply). A group without applicable rows keeps
     * its points unspent; {@link Spread#unspent()} names it so the clerk can move them.
     */
    public static Spread spread(List<Indicator> indicators, Collection<String> notApplicableSubcategories) {
        Map<Group, List<Indicator>> byGroup = new LinkedHashMap<>();
        for (Group g : Group.values()) {
            byGroup.put(g, new ArrayList<>());
        }
        Map<Indicator, String> weights = new LinkedHashMap<>();
        for (Indicator i : indicators) {
            if (notApplicable(i, notApplicableSubcategories)) {
                weights.put(i, "0");
            } else {
                byGroup.get(groupOf(i)).add(i);
            }
        }
        List<Group> unspent = new ArrayList<>();
        for (var e : byGroup.entrySet()) {
            List<Indicator> rows = e.getValue();
            int points = e.getKey().points();
            if (rows.isEmpty()) {
                unspent.add(e.getKey());
                continue;
            }
            int base = points / rows.size();
            int extra = points % rows.size();
            for (int k = 0; k < rows.size(); k++) {
                weights.put(rows.get(k), String.valueOf(base + (k < extra ? 1 : 0)));
            }
        }
        Map<Indicator, String> ordered = new LinkedHashMap<>();
        for (Indicator i : indicators) {
            ordered.put(i, weights.get(i));
        }
        return new Spread(ordered, unspent);
    }

    /**
     * The outcome of {@link #spread}: a 分值 for every indicator in order, and the groups that had
     * no row to take their points.
     */
    public record Spread(Map<Indicator, String> weights, List<Group> unspent) {
        /** The weight written beside each printed 一级, as the sum of its rows, in printed order. */
        public List<CategoryWeight> categoryWeights() {
            Map<String, Integer> sums = new LinkedHashMap<>();
            weights.forEach((i, w) -> sums.merge(i.category, Integer.parseInt(w), Integer::sum));
            List<CategoryWeight> out = new ArrayList<>();
            sums.forEach((c, w) -> out.add(new CategoryWeight(c, String.valueOf(w))));
            return out;
        }

        /** '没有满意度指标，其10分未分配' for each unspent group; empty when all 90 points found a row. */
        public List<String> notes() {
            return unspent.stream().map(g -> "没有" + g.chinese() + "指标，其" + g.points() + "分未分配，请调整其他指标的分值").toList();
        }
    }
}
