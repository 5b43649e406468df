package cn.jixiao.review;

import cn.jixiao.domain.Indicator;

import java.util.ArrayList;
import java.util.List;

/**
 * The copy error of 001 (纪检派驻机构专项经费): from some row down, each 年度指标值 of the
 * self-evaluation is the declared target of the row below it. Two or more such rows in a row
 * make a run.
 */
public final class Shifts {
    private Shifts() {
    }

    /** A run of shifted rows: indexes into the self-evaluation's rows, first to last. */
    public record Run(int from, int to) {
        public int length() {
            return to - from + 1;
        }

        public boolean contains(int k) {
            return k >= from && k <= to;
        }
    }

    public static List<Run> find(List<Indicator> self, List<Indicator> declared) {
        int[] m = Declarations.match(self, declared);
        List<Run> runs = new ArrayList<>();
        int start = -1;
        for (int k = 0; k <= self.size(); k++) {
            boolean shifted = k < self.size() && shifted(self.get(k), m[k], declared)
                    && (start < 0 || m[k] == m[k - 1] + 1);
            if (shifted && start < 0) {
                start = k;
            } else if (!shifted && start >= 0) {
                if (k - start >= 2) {
                    runs.add(new Run(start, k - 1));
                }
                start = k < self.size() && shifted(self.get(k), m[k], declared) ? k : -1;
            }
        }
        return runs;
    }

    private static boolean shifted(Indicator row, int j, List<Indicator> declared) {
        if (j < 0 || j + 1 >= declared.size()) {
            return false;
        }
        String t = Declarations.key(row.target);
        return !t.isEmpty() && t.equals(Declarations.key(declared.get(j + 1).target))
                && !t.equals(Declarations.key(declared.get(j).target));
    }
}
