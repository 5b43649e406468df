package cn.jixiao.review;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.UnaryOperator;

/**
 * A text function (folding, removing spaces) whose results for long texts are remembered while
 * the text itself is in use. The checks compare every 二级 of the framework with every row, every
 * project's name with every other's: a long text would be folded once per comparison, which
 * made a review of megabyte fields take seconds each. Short texts are simply computed.
 */
final class LongTextMemo {
    private static final int FROM_LENGTH = 1_000;
    /** Stands for "the result is the text itself", which must not be held as a value (it would keep its weak key alive). */
    private static final String SAME = new String("");
    private final Map<String, String> memo = Collections.synchronizedMap(new WeakHashMap<>());
    private final UnaryOperator<String> function;

    LongTextMemo(UnaryOperator<String> function) {
        this.function = function;
    }

    String apply(String text) {
        if (text.length() < FROM_LENGTH) {
            return function.apply(text);
        }
        String r = memo.computeIfAbsent(text, t -> {
            String v = function.apply(t);
            return v == t ? SAME : v;
        });
        return r == SAME ? text : r;
    }
}
