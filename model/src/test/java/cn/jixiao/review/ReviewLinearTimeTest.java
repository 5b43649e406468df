package cn.jixiao.review;

import cn.jixiao.domain.Amount;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.ReportSection;
import cn.jixiao.domain.Unit;
import cn.jixiao.sample.Samples;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Review stays linear in the text it reads (issue 14 item 10: a 300,000-character project name
 * took 51 s, 10 MB more than 14 minutes). Each text the review reads is filled with a megabyte of
 * text made to trip a backtracking pattern or a rescanning loop; a linear review of a unit that
 * size takes well under a second, so a bound of several seconds cannot fail by chance and the old
 * code (minutes) cannot pass it.
 */
class ReviewLinearTimeTest {
    private static final Duration BOUND = Duration.ofSeconds(8);
    private static final int MEGABYTE = 1 << 20;

    /**
     * Runs of what the review's patterns look for, each long and without the piece that would end
     * the pattern: digits, digits between spaces and dots, '得分=' without a multiplier,
     * dates without an end, '分值为' without a '分', line breaks after a date, full stops, commas,
     * full-width and no-break spaces.
     */
    static String hostile(int size) {
        String[] blocks = {"\n", "1", " 1", "1.", "1..", "得分=", "2023年1月", "2023.", "12", "分值为1", "计 1",
                " ", "\t", "。", ",", "\u3000", "\u00a0", "≥1", "万元1", "%1", "-", "—", "（", "、1", "a"};
        StringBuilder b = new StringBuilder(size).append("2023.1");
        int each = size / blocks.length;
        for (String s : blocks) {
            int end = b.length() + each;
            while (b.length() < end) {
                b.append(s);
            }
        }
        return b.toString();
    }

    static Unit sample() {
        Unit u = Samples.load(Samples.DEFAULT);
        FiscalYear last = u.years.get(u.years.size() - 1);
        u.years.removeIf(y -> y != last);
        return u;
    }

    @Test
    void aProjectNameOf300000CharactersAndMegabyteTextsReviewInSeconds() {
        Unit u = sample();
        FiscalYear y = u.years.get(0);
        Project p = y.projects.get(0);
        String name = "机要工作经费".repeat(50_000);
        p.name = name;
        String text = hostile(MEGABYTE);
        p.annualGoal = text;
        p.overview = text;
        ReportSection s = new ReportSection();
        s.title = "项目支出情况";
        // the name over and over, each time almost followed by an amount: the old pattern search
        // started again at every copy and compared the whole name each time
        s.text = (name.substring(0, 6) + "为 1").repeat(MEGABYTE / 9) + name + "为1";
        y.report.sections.add(s);
        List<Finding> found = assertTimeoutPreemptively(BOUND, () -> Review.run(u));
        assertFalse(found.isEmpty(), "the review still ran its checks");
    }

    @Test
    void aScoringRuleOfFormulasWithoutAFactorReviewsInSeconds() {
        Unit u = sample();
        var row = u.years.get(0).projects.get(0).indicators.get(0);
        row.weight = "10";
        // each '得分=' once started a search to the end of the line for a '×' that never comes
        row.scoringRule = "得分=".repeat(MEGABYTE / 3) + "×10";
        assertTimeoutPreemptively(BOUND, () -> Review.run(u));
        row.scoringRule = "得分=完成率" + " ".repeat(MEGABYTE) + "×1" + "1".repeat(MEGABYTE) + "%";
        assertTimeoutPreemptively(BOUND, () -> Review.run(u));
    }

    @Test
    void anAmountOfAMillionDigitsIsNotReadForMinutes() {
        Unit u = sample();
        Project p = u.years.get(0).projects.get(0);
        // BigDecimal reads a million digits in about two minutes; no amount in 万元 is that long
        p.funds.statedTotal = Amount.of("1".repeat(MEGABYTE));
        p.selfEvaluation.funds.statedExecutionRate = "9".repeat(MEGABYTE) + "%";
        List<Finding> found = assertTimeoutPreemptively(BOUND, () -> Review.run(u));
        assertFalse(found.stream().noneMatch(f -> f.where().field().equals("funds.statedTotal")),
                "the amount is reported as not a number");
    }

    /** One test per text field the review reads: that field (in the sample's newest year) holds a megabyte. */
    @TestFactory
    Stream<DynamicTest> everyTextFieldReviewsInSeconds() {
        Map<String, Consumer<Unit>> fields = new LinkedHashMap<>();
        String text = hostile(MEGABYTE);
        collect(sample(), "unit", fields, text, new IdentityHashMap<>());
        return fields.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            Unit u = sample();
            e.getValue().accept(u);
            assertTimeoutPreemptively(BOUND, () -> Review.run(u));
        }));
    }

    /**
     * Every String, Amount and list-of-String field reachable from the unit, once per class and
     * field name (the first project's, the first indicator's…), as a change to apply to a fresh copy.
     */
    private static void collect(Object o, String path, Map<String, Consumer<Unit>> out, String text, Map<Object, Boolean> seen) {
        if (o == null || seen.put(o, true) != null || !o.getClass().getPackageName().equals("cn.jixiao.domain")) {
            return;
        }
        for (Field f : o.getClass().getFields()) {
            if (Modifier.isStatic(f.getModifiers()) || Modifier.isFinal(f.getModifiers())) {
                continue;
            }
            String key = o.getClass().getSimpleName() + "." + f.getName();
            String at = path + "." + f.getName();
            Object v = get(f, o);
            if (f.getType() == String.class && !f.getName().equals("id") && !f.getName().equals("lineage")) {
                out.putIfAbsent(key, u -> set(f, resolve(u, path), text));
            } else if (f.getType() == Amount.class) {
                out.putIfAbsent(key, u -> set(f, resolve(u, path), Amount.of(text)));
            } else if (v instanceof List<?> list) {
                if (!list.isEmpty() && list.get(0) instanceof String) {
                    out.putIfAbsent(key, u -> {
                        @SuppressWarnings("unchecked")
                        List<String> l = (List<String>) get(f, resolve(u, path));
                        l.set(0, text);
                    });
                }
                if (!list.isEmpty()) {
                    collect(list.get(0), at + "[0]", out, text, seen);
                }
            } else {
                collect(v, at, out, text, seen);
            }
        }
    }

    /** The object at a path like 'unit.years[0].projects[0]' in another copy of the unit. */
    private static Object resolve(Unit u, String path) {
        Object o = u;
        for (String part : path.split("\\.")) {
            if (part.equals("unit")) {
                continue;
            }
            boolean indexed = part.endsWith("[0]");
            String name = indexed ? part.substring(0, part.length() - 3) : part;
            try {
                o = o.getClass().getField(name).get(o);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(path, e);
            }
            if (indexed) {
                o = ((List<?>) o).get(0);
            }
        }
        return o;
    }

    private static Object get(Field f, Object o) {
        try {
            return f.get(o);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void set(Field f, Object o, Object v) {
        try {
            f.set(o, v);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
