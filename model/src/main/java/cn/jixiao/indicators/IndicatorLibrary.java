package cn.jixiao.indicators;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.editing.CompoundEdit;
import cn.jixiao.editing.Edit;
import cn.jixiao.editing.Edits;
import cn.jixiao.editing.FieldEdit;
import cn.jixiao.sample.Samples;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * 指标库: the 三级 indicators a clerk may want again, with 指标值, 度量单位 and 指标值类型 as
 * they were written: the open unit's own (every year, projects and 部门整体) first, then the
 * built-in ones gathered from the four sample units. Typing part of a name finds them.
 */
public final class IndicatorLibrary {
    /** One remembered indicator; {@code own} when the open unit used it, {@code uses} how often. */
    public record Entry(String name, String target, String unitOfMeasure, String comparator, String subcategory,
                        String source, boolean own, int uses) {
        Entry counted() {
            return new Entry(name, target, unitOfMeasure, comparator, subcategory, source, own, uses + 1);
        }
    }

    private static volatile List<Entry> builtIn;
    private final List<Entry> entries;

    private IndicatorLibrary(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The open unit's indicators, then the built-in ones it does not already have. */
    public static IndicatorLibrary of(Unit unit) {
        Map<String, Entry> all = new LinkedHashMap<>();
        if (unit != null) {
            collect(unit, true, all);
        }
        for (Entry e : builtIn()) {
            all.putIfAbsent(key(e.name, e.target, e.unitOfMeasure, e.comparator), e);
        }
        return new IndicatorLibrary(new ArrayList<>(all.values()));
    }

    /** Gathered once from {@link Samples#NAMES}: the samples never change while the program runs. */
    static List<Entry> builtIn() {
        List<Entry> b = builtIn;
        if (b == null) {
            Map<String, Entry> all = new LinkedHashMap<>();
            for (String name : Samples.NAMES) {
                collect(Samples.load(name), false, all);
            }
            b = List.copyOf(all.values());
            builtIn = b;
        }
        return b;
    }

    private static void collect(Unit unit, boolean own, Map<String, Entry> into) {
        for (FiscalYear fy : unit.years) {
            for (Project p : fy.projects) {
                add(p.indicators, own ? fy.year + "年 " + p.name : "示例 " + unit.name, own, into);
            }
            add(fy.overall.indicators, own ? fy.year + "年 部门整体" : "示例 " + unit.name, own, into);
        }
    }

    private static void add(List<Indicator> list, String source, boolean own, Map<String, Entry> into) {
        for (Indicator i : list) {
            String name = i.name.strip();
            // '本项目不适用' rows mark an empty 二级; they are not indicators anyone picks again
            if (name.isEmpty() || name.contains("不适用") || i.target.contains("不适用")) {
                continue;
            }
            into.merge(key(name, i.target, i.unitOfMeasure, i.comparator),
                    new Entry(name, i.target.strip(), i.unitOfMeasure.strip(), i.comparator.strip(), i.subcategory, source, own, 1),
                    (old, fresh) -> old.counted());
        }
    }

    private static String key(String name, String target, String unit, String comparator) {
        return name.strip() + "\u0000" + target.strip() + "\u0000" + unit.strip() + "\u0000" + comparator.strip();
    }

    public List<Entry> entries() {
        return entries;
    }

    /**
     * What to offer for a typed name under a 二级: names starting with the text before names
     * containing it, the same 二级 (as {@link FrameworkSwitch} reads names) before others, the
     * unit's own before the samples', the more used first. Nothing for blank text.
     */
    public List<Entry> suggest(String typed, String subcategory, int limit) {
        String t = typed == null ? "" : typed.strip();
        if (t.isEmpty()) {
            return List.of();
        }
        String sub = subcategory == null ? "" : FrameworkSwitch.key(subcategory);
        record Scored(Entry e, int match, int sameSub) {
        }
        List<Scored> hits = new ArrayList<>();
        for (Entry e : entries) {
            int match = e.name.startsWith(t) ? 0 : e.name.contains(t) ? 1 : -1;
            if (match >= 0) {
                hits.add(new Scored(e, match, FrameworkSwitch.key(e.subcategory).equals(sub) ? 0 : 1));
            }
        }
        hits.sort(Comparator.comparingInt(Scored::match).thenComparingInt(Scored::sameSub)
                .thenComparing(s -> !s.e.own).thenComparing(s -> -s.e.uses).thenComparingInt(s -> s.e.name.length()));
        return hits.stream().limit(Math.max(0, limit)).map(Scored::e).toList();
    }

    /** Fills a row from an entry (name, 指标值, 度量单位, 指标值类型) as one undoable edit; null when nothing changes. */
    public static Edit fill(String owner, List<Indicator> siblings, Indicator row, Entry e) {
        List<FieldEdit<String>> parts = new ArrayList<>();
        part(parts, "三级指标", owner, siblings, row, i -> i.name, (i, v) -> i.name = v, e.name);
        part(parts, "指标值", owner, siblings, row, i -> i.target, (i, v) -> i.target = v, e.target);
        part(parts, "度量单位", owner, siblings, row, i -> i.unitOfMeasure, (i, v) -> i.unitOfMeasure = v, e.unitOfMeasure);
        part(parts, "指标值类型", owner, siblings, row, i -> i.comparator, (i, v) -> i.comparator = v, e.comparator);
        return parts.isEmpty() ? null : new CompoundEdit("从指标库填入“" + e.name + "”", parts);
    }

    private static void part(List<FieldEdit<String>> parts, String label, String owner, List<Indicator> siblings, Indicator row,
                             Function<Indicator, String> get, BiConsumer<Indicator, String> set, String value) {
        FieldEdit<String> f = Edits.indicatorField(label, owner, siblings, row, get, set, value);
        if (f.changesAnything()) {
            parts.add(f);
        }
    }
}
