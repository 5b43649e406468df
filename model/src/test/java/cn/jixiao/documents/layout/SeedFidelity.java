package cn.jixiao.documents.layout;

import cn.jixiao.documents.FormDocument;
import cn.jixiao.documents.FormLayout;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.sample.Samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The comparison shared/tools/seed-fidelity/fidelity.py makes, done on a {@link FormDocument}'s
 * texts instead of an exported file: white space removed, checkbox markup mapped to ☑/☐; recall
 * is the share of the seed's cell characters whose cell text appears in the generated text,
 * order the share found in the seed's order, excess generated characters / seed characters.
 */
public final class SeedFidelity {
    public static final double MIN_RECALL = 0.97;
    public static final double MIN_ORDER = 0.90;
    public static final double MAX_EXCESS = 1.35;

    private static final Pattern WHITE = Pattern.compile("[\\s\\u3000\\u00a0]+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern CELL_SPLIT = Pattern.compile("[\\t\\n]");

    private SeedFidelity() {
    }

    /** One line of data/manifest.tsv. */
    public record Entry(String key, String sample, int year, String form, String style, String project, String segment) {
        @Override
        public String toString() {
            return key + " " + (project.isEmpty() ? form : project);
        }
    }

    /** The three figures of one comparison. */
    public record Score(double recall, double order, double excess) {
        public boolean ok(boolean needOrder) {
            return recall >= MIN_RECALL && (!needOrder || order >= MIN_ORDER) && excess <= MAX_EXCESS;
        }

        @Override
        public String toString() {
            return String.format("recall %.3f, order %.3f, excess %.2f", recall, order, excess);
        }
    }

    public static Path dataDir() {
        String seeds = System.getProperty("jixiao.seeds", "../../shared/seeds");
        return Path.of(seeds).resolve("../tools/seed-fidelity/data").normalize();
    }

    public static List<Entry> manifest() {
        try {
            List<String> lines = Files.readAllLines(dataDir().resolve("manifest.tsv"), StandardCharsets.UTF_8);
            List<Entry> out = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                out.add(new Entry(f[0], f[1], Integer.parseInt(f[2]), f[3], f[4], f[5], f[6]));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The manifest entries of one form in one style. */
    public static List<Entry> entries(String form, String style) {
        return manifest().stream().filter(e -> e.form.equals(form) && e.style.equals(style)).toList();
    }

    public static String norm(String s) {
        String t = s.replace("[bookmark: _GoBack]", "")
                .replace("<input checked=\"\" type=\"checkbox\"/>", "☑").replace("<input type=\"checkbox\"/>", "☐")
                .replace("□", "☐").replace("■", "☑").replace("√", "☑");
        return WHITE.matcher(t).replaceAll("");
    }

    public static List<String> seedCells(Entry e) {
        return seedCells(e.segment);
    }

    /** The cells of one segment file of the data folder (e.g. '001_report.txt'), normalised. */
    public static List<String> seedCells(String segmentFile) {
        try {
            String txt = Files.readString(dataDir().resolve(segmentFile), StandardCharsets.UTF_8);
            List<String> out = new ArrayList<>();
            for (String c : CELL_SPLIT.split(txt, -1)) {
                String n = norm(c);
                if (!n.isEmpty()) {
                    out.add(n);
                }
            }
            return out;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * The 附件1 as seed 004 prints it. Segment 004_overall holds only the line '附件1' (the
     * splitter drops the part under the form's title), so the form is cut from the seed here:
     * from '附件1' up to the next project form. Three vertical labels were typed into narrow
     * cells one character per line and come out of the seed interleaved ('部 年 门 度 整 体 效
     * 支 指 出 标'); they are compared as the words they spell.
     */
    public static List<String> xiangyinOverallCells() {
        try {
            Path seeds = Path.of(System.getProperty("jixiao.seeds", "../../shared/seeds"));
            Path file;
            try (Stream<Path> s = Files.list(seeds)) {
                file = s.filter(p -> p.getFileName().toString().startsWith("004_")).findFirst().orElseThrow();
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            int from = lines.indexOf("附件1");
            int to = from + 1;
            while (to < lines.size() && !(lines.get(to).contains("项目支出") && lines.get(to).contains("绩效目标申报表"))) {
                to++;
            }
            List<String> cells = new ArrayList<>();
            for (String line : lines.subList(from, to)) {
                for (String c : line.split("\t", -1)) {
                    String n = norm(c);
                    n = switch (n) {
                        case "部年门度整体效支指出标", "年度绩效指标部门整体支出" -> "部门整体支出年度绩效指标";
                        case "财政核审部门意见" -> "财政部门审核意见";
                        default -> n;
                    };
                    if (!n.isEmpty()) {
                        cells.add(n);
                    }
                }
            }
            return cells;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All texts of the documents, normalised and joined as fidelity.py joins a file's cells. */
    public static String generated(List<FormDocument> docs) {
        StringBuilder b = new StringBuilder();
        for (FormDocument d : docs) {
            for (String t : d.texts()) {
                b.append(norm(t));
            }
        }
        return b.toString();
    }

    public static Score score(List<String> seed, String gen) {
        long total = 0;
        long found = 0;
        long ordered = 0;
        int pos = 0;
        for (String c : seed) {
            int len = c.codePointCount(0, c.length());
            total += len;
            if (gen.contains(c)) {
                found += len;
                int i = gen.indexOf(c, pos);
                if (i >= 0) {
                    ordered += len;
                    pos = i + c.length();
                }
            }
        }
        double t = total;
        return new Score(found / t, ordered / t, gen.codePointCount(0, gen.length()) / t);
    }

    /** Seed cells found in the generated text, but not after the cells before them. */
    public static List<String> outOfOrder(List<String> seed, String gen) {
        List<String> out = new ArrayList<>();
        int pos = 0;
        for (String c : seed) {
            if (gen.contains(c)) {
                int i = gen.indexOf(c, pos);
                if (i >= 0) {
                    pos = i + c.length();
                } else {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** The registered layout for a form and style. */
    public static FormLayout layout(String form, String style) {
        for (FormLayout l : ServiceLoader.load(FormLayout.class)) {
            if (l.form().id().equals(form) && l.style().id().equals(style)) {
                return l;
            }
        }
        throw new AssertionError("no layout registered for " + form + " / " + style);
    }

    /** Renders the entry's form from its sample unit, as the CLI export would. */
    public static List<FormDocument> render(Entry e) {
        Unit unit = Samples.load(e.sample);
        FiscalYear year = unit.year(e.year).orElseThrow(() -> new AssertionError(e.sample + " has no year " + e.year));
        FormLayout layout = layout(e.form, e.style);
        List<Project> projects;
        if (e.project.isEmpty()) {
            projects = year.projects;
        } else {
            projects = List.of(year.project(e.project)
                    .orElseThrow(() -> new AssertionError(e.sample + " " + e.year + " has no project " + e.project)));
        }
        return layout.render(unit, year, projects);
    }

    public static Score score(Entry e) {
        return score(seedCells(e), generated(render(e)));
    }

    /** Fails with the figures and the seed cells that are missing when the entry is not reproduced. */
    public static void assertFaithful(Entry e) {
        List<String> seed = seedCells(e);
        String gen = generated(render(e));
        Score s = score(seed, gen);
        boolean needOrder = !e.key.startsWith("002");
        List<String> missing = seed.stream().filter(c -> !gen.contains(c)).toList();
        System.out.println("seed-fidelity " + e.key + ": " + s + (missing.isEmpty() ? "" : " missing " + missing));
        assertTrue(s.ok(needOrder), e + ": " + s + "; missing " + missing
                + (needOrder ? "; out of order " + outOfOrder(seed, gen) : ""));
    }
}
