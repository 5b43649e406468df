package cn.jixiao.indicators;

import cn.jixiao.domain.Framework;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A project's 三级 indicators grouped under the 一级 → 二级 of its framework, and the list
 * operations the tree editor offers (insert, move, remove). Every operation returns a new list
 * for {@link cn.jixiao.editing.Edits#indicators}; an indicator that changes its 二级 is replaced
 * by a copy with the same id, so undo brings the old one back unchanged.
 *
 * <p>Groups follow the framework's order; a 一级 or 二级 that indicators name but the framework
 * lacks is kept after the framework's own, so nothing is ever hidden.
 */
public final class IndicatorOutline {
    /** One 二级 with its 三级 in order. */
    public record Group(String category, String subcategory, List<Indicator> indicators) {
    }

    private final Map<String, Map<String, List<Indicator>>> tree = new LinkedHashMap<>();

    private IndicatorOutline() {
    }

    public static IndicatorOutline of(Framework framework, List<Indicator> indicators) {
        IndicatorOutline o = new IndicatorOutline();
        if (framework != null) {
            for (Framework.Category c : framework.categories) {
                Map<String, List<Indicator>> subs = o.tree.computeIfAbsent(c.name, k -> new LinkedHashMap<>());
                for (String s : c.subcategories) {
                    subs.computeIfAbsent(s, k -> new ArrayList<>());
                }
            }
        }
        for (Indicator i : indicators) {
            o.group(i.category, i.subcategory).add(i);
        }
        return o;
    }

    private List<Indicator> group(String category, String subcategory) {
        return tree.computeIfAbsent(category, k -> new LinkedHashMap<>()).computeIfAbsent(subcategory, k -> new ArrayList<>());
    }

    /** 一级 names in order. */
    public List<String> categories() {
        return List.copyOf(tree.keySet());
    }

    public List<Group> groups(String category) {
        List<Group> out = new ArrayList<>();
        tree.getOrDefault(category, Map.of()).forEach((s, list) -> out.add(new Group(category, s, List.copyOf(list))));
        return out;
    }

    public List<Group> groups() {
        List<Group> out = new ArrayList<>();
        for (String c : tree.keySet()) {
            out.addAll(groups(c));
        }
        return out;
    }

    /** The indicators in outline order: the order the forms print them. */
    public List<Indicator> flatten() {
        List<Indicator> out = new ArrayList<>();
        tree.values().forEach(subs -> subs.values().forEach(out::addAll));
        return out;
    }

    /** Inserts {@code added} into the 二级 at {@code index} (clamped); its 一级/二级 are set to the group's. */
    public static List<Indicator> insert(Framework fw, List<Indicator> list, String category, String subcategory,
                                         int index, Indicator added) {
        IndicatorOutline o = of(fw, list);
        added.category = category;
        added.subcategory = subcategory;
        List<Indicator> g = o.group(category, subcategory);
        g.add(Math.max(0, Math.min(index, g.size())), added);
        return o.flatten();
    }

    public static List<Indicator> remove(List<Indicator> list, Indicator removed) {
        List<Indicator> out = new ArrayList<>(list);
        out.removeIf(i -> i.id.equals(removed.id));
        return out;
    }

    /**
     * Moves an indicator to {@code index} of the given 二级 (its index counted before the move
     * is taken out first, as a drop position between rows is counted).
     */
    public static List<Indicator> move(Framework fw, List<Indicator> list, Indicator moved, String category,
                                       String subcategory, int index) {
        IndicatorOutline o = of(fw, list);
        List<Indicator> from = o.group(moved.category, moved.subcategory);
        int old = indexOf(from, moved);
        if (old < 0) {
            return new ArrayList<>(list);
        }
        from.remove(old);
        Indicator placed = moved;
        boolean sameGroup = moved.category.equals(category) && moved.subcategory.equals(subcategory);
        if (sameGroup && old < index) {
            index--;
        }
        if (!sameGroup) {
            placed = Json.copy(moved, Indicator.class);
            placed.category = category;
            placed.subcategory = subcategory;
        }
        List<Indicator> to = o.group(category, subcategory);
        to.add(Math.max(0, Math.min(index, to.size())), placed);
        return o.flatten();
    }

    /** Moves an indicator one place up (-1) or down (+1) within its 二级; unchanged at either end. */
    public static List<Indicator> shift(Framework fw, List<Indicator> list, Indicator moved, int delta) {
        IndicatorOutline o = of(fw, list);
        List<Indicator> g = o.group(moved.category, moved.subcategory);
        int i = indexOf(g, moved);
        int j = i + delta;
        if (i < 0 || j < 0 || j >= g.size()) {
            return new ArrayList<>(list);
        }
        g.add(j, g.remove(i));
        return o.flatten();
    }

    private static int indexOf(List<Indicator> g, Indicator ind) {
        for (int k = 0; k < g.size(); k++) {
            if (g.get(k).id.equals(ind.id)) {
                return k;
            }
        }
        return -1;
    }
}
