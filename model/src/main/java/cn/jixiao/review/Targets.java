package cn.jixiao.review;

import cn.jixiao.domain.Indicator;
import cn.jixiao.target.TargetParser;
import cn.jixiao.target.TargetValue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Reading a row's 指标值 with the scoring helper's parser, and telling which rows measure output. */
public final class Targets {
    private static final List<String> MEASURED = List.of("数量", "质量", "时效", "成本", "经济成本", "社会成本", "生态环境成本", "生态成本");

    /** Parsed values are immutable and depend only on the two texts; a review reads each row several times. */
    private static final Map<String, TargetValue> CACHE = new ConcurrentHashMap<>();

    private Targets() {
    }

    /** The row's target, read with its 指标值类型 column where the layout has one. */
    public static TargetValue of(Indicator i) {
        String key = i.comparator + "\u0000" + i.target;
        TargetValue t = CACHE.get(key);
        if (t == null) {
            if (CACHE.size() > 20_000) {
                CACHE.clear();
            }
            t = TargetParser.parse(i.target, i.comparator);
            CACHE.put(key, t);
        }
        return t;
    }

    /** A row that review reads: named, with a target, and not a '不适用' placeholder. */
    public static boolean readable(Indicator i) {
        return !i.name.isBlank() && !i.target.isBlank() && !Frames.notApplicableRow(i);
    }

    /** Under 数量/质量/时效/成本 (or the 成本 一级): rows a bureau expects in numbers. */
    public static boolean measured(Indicator i) {
        return MEASURED.contains(Frames.subKey(i.subcategory)) || Frames.categoryKey(i.category).equals(Frames.COST);
    }

    public static boolean cost(Indicator i) {
        return Frames.compact(i.subcategory).contains(Frames.COST) || Frames.categoryKey(i.category).equals(Frames.COST);
    }
}
