package cn.jixiao.app.unitlevel;

import cn.jixiao.documents.FormDocument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The seed-fidelity comparison of model's test helper SeedFidelity (not on this module's test
 * class path), reduced to what a test here needs: a seed segment's cells, the generated text and
 * the three figures.
 */
final class SeedSegment {
    static final double MIN_RECALL = 0.97;
    static final double MIN_ORDER = 0.90;
    static final double MAX_EXCESS = 1.35;
    private static final Pattern WHITE = Pattern.compile("[\\s\\u3000\\u00a0]+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern CELL_SPLIT = Pattern.compile("[\\t\\n]");

    private SeedSegment() {
    }

    record Score(double recall, double order, double excess) {
        boolean ok(boolean needOrder) {
            return recall >= MIN_RECALL && (!needOrder || order >= MIN_ORDER) && excess <= MAX_EXCESS;
        }

        @Override
        public String toString() {
            return String.format("recall %.3f, order %.3f, excess %.2f", recall, order, excess);
        }
    }

    static Path seeds() {
        return Path.of(System.getProperty("jixiao.seeds", "../../shared/seeds")).normalize();
    }

    static String norm(String s) {
        String t = s.replace("[bookmark: _GoBack]", "")
                .replace("<input checked=\"\" type=\"checkbox\"/>", "☑").replace("<input type=\"checkbox\"/>", "☐")
                .replace("□", "☐").replace("■", "☑").replace("√", "☑");
        return WHITE.matcher(t).replaceAll("");
    }

    /** The cells of data/SEGMENT.txt. */
    static List<String> cells(String segment) {
        try {
            String txt = Files.readString(seeds().resolve("../tools/seed-fidelity/data").resolve(segment + ".txt"), StandardCharsets.UTF_8);
            List<String> out = new ArrayList<>();
            for (String c : CELL_SPLIT.split(txt, -1)) {
                String n = norm(c);
                if (!n.isEmpty()) {
                    out.add(n);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * 004's 附件1, cut from the seed as model's XiangyinOverallDeclaration2023Test does (segment
     * 004_overall holds only '附件1'): from '附件1' to the first project form, with the vertical
     * labels typed one character per line compared as the words they spell.
     */
    static List<String> xiangyinOverallCells() {
        try {
            Path file;
            try (Stream<Path> s = Files.list(seeds())) {
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

    static String generated(List<FormDocument> docs) {
        StringBuilder b = new StringBuilder();
        for (FormDocument d : docs) {
            for (String t : d.texts()) {
                b.append(norm(t));
            }
        }
        return b.toString();
    }

    static Score score(List<String> seed, String gen) {
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
}
