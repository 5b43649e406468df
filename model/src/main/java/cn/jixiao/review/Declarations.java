package cn.jixiao.review;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.MoneyText;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finding the declaration a self-evaluation answers to: the same project (lineage, else name)
 * declared in the same year as a separate record, else the previous year's. The seeds have
 * 2021 declarations and 2022 self-evaluations, so the previous year is what they offer.
 */
public final class Declarations {
    private Declarations() {
    }

    /** The declaration found, and the year it was declared in. */
    public record Declared(int year, Project project) {
    }

    public static Optional<Declared> of(Unit unit, FiscalYear y, Project p) {
        // the name's key once, not once per project compared: names can be long
        String name = p.name.isBlank() ? null : key(p.name);
        for (Project other : y.projects) {
            if (other != p && same(other, p, name) && !Rows.selfEvaluated(other)) {
                return Optional.of(new Declared(y.year, other));
            }
        }
        Optional<FiscalYear> previous = unit.year(y.year - 1);
        if (previous.isEmpty()) {
            return Optional.empty();
        }
        for (Project other : previous.get().projects) {
            if (other.lineage.equals(p.lineage)) {
                return Optional.of(new Declared(previous.get().year, other));
            }
        }
        for (Project other : previous.get().projects) {
            if (name != null && sameKey(other.name, name)) {
                return Optional.of(new Declared(previous.get().year, other));
            }
        }
        return Optional.empty();
    }

    private static boolean same(Project other, Project p, String nameKey) {
        return other.lineage.equals(p.lineage) || nameKey != null && !other.name.isBlank() && sameKey(other.name, nameKey);
    }

    /** The text's key equals {@code key}; a text far longer than the key is not folded at all. */
    private static boolean sameKey(String text, String key) {
        // a key is never longer than its text (folding maps or drops characters), so a shorter text cannot match
        return text.length() >= key.length() && key(text).equals(key);
    }

    /** Keys of long names: every project's name is compared with every other's and every 基础数据表 row's. */
    private static final LongTextMemo KEYS = new LongTextMemo(Declarations::fold);

    /** Texts compared without spaces, width or a closing full stop. */
    public static String key(String s) {
        return KEYS.apply(s == null ? "" : s);
    }

    private static String fold(String s) {
        String k = Frames.compact(MoneyText.fold(s));
        int end = k.length();
        while (end > 0 && (k.charAt(end - 1) == '。' || k.charAt(end - 1) == '.')) {
            end--;
        }
        return k.substring(0, end);
    }

    /**
     * For each row of {@code self}, the index of the declared row with the same name (each used
     * once), or -1.
     */
    public static int[] match(List<Indicator> self, List<Indicator> declared) {
        int[] m = new int[self.size()];
        boolean[] used = new boolean[declared.size()];
        for (int k = 0; k < self.size(); k++) {
            m[k] = -1;
            String name = key(self.get(k).name);
            if (name.isEmpty()) {
                continue;
            }
            for (int j = 0; j < declared.size(); j++) {
                if (!used[j] && key(declared.get(j).name).equals(name)) {
                    m[k] = j;
                    used[j] = true;
                    break;
                }
            }
        }
        return m;
    }

    /** Declared rows that carry a name, in order: the rows a self-evaluation lines up with. */
    public static List<Indicator> named(List<Indicator> rows) {
        List<Indicator> out = new ArrayList<>();
        for (Indicator i : rows) {
            if (!i.name.isBlank()) {
                out.add(i);
            }
        }
        return out;
    }
}
