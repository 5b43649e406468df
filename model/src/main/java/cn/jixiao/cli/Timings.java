package cn.jixiao.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The arithmetic the benchmark commands share: nanoseconds as milliseconds, and medians. */
final class Timings {
    private Timings() {
    }

    static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    /** The upper median: the middle one of an odd count, the higher middle one of an even count. */
    static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }
}
