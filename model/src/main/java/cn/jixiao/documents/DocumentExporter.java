package cn.jixiao.documents;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.TextInput;
import cn.jixiao.domain.Unit;
import cn.jixiao.fields.FieldComment;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Exports one form of one year as Word, Excel, PDF or JSON: the service behind `jixiao export --form`
 * and the window's export dialog. A per-project form covers the chosen projects (all of the
 * year's when none are chosen) in one file, a page or sheet each, unless separate files are asked for.
 */
public final class DocumentExporter {
    /** The file formats a form can be written in. */
    public enum Format {
        DOCX, XLSX, JSON, PDF;

        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Format parse(String text) {
            for (Format f : values()) {
                if (f.extension().equalsIgnoreCase(text == null ? "" : text.strip())) {
                    return f;
                }
            }
            throw new ChoiceException("不支持的导出格式：" + text,
                    java.util.Arrays.stream(values()).map(Format::extension).toList());
        }
    }

    /** Told after each project is laid out and once the file is written. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void update(int done, int total);

        /** A text had to be changed to fit the format (a character removed, a cell cut): say it. */
        default void warning(String message) {
        }
    }

    /**
     * What to export. {@code style} null or blank means the year's style, else the unit's;
     * {@code projects} empty means every project of the year; {@code month} is the monitoring
     * period (截至 X 月) for the monitoring forms, 0 for each project's latest.
     */
    public record Request(int year, String form, String style, List<String> projects, Format format, Path outDir,
                          boolean separateFiles, int month, List<FieldComment> comments) {
        /**
         * @param comments the year's 意见 to print in a last 意见及处理情况 sheet or section; empty for none
         */
        public Request {
            projects = projects == null ? List.of() : List.copyOf(projects);
            comments = comments == null ? List.of() : List.copyOf(comments);
            Objects.requireNonNull(form, "form");
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(outDir, "outDir");
            if (month < 0 || month > 12) {
                throw new IllegalArgumentException("监控期应为 1—12 月中的某月，而不是 " + month);
            }
        }

        public Request(int year, String form, String style, List<String> projects, Format format, Path outDir,
                       boolean separateFiles, int month) {
            this(year, form, style, projects, format, outDir, separateFiles, month, List.of());
        }

        public Request(int year, String form, String style, List<String> projects, Format format, Path outDir,
                       boolean separateFiles) {
            this(year, form, style, projects, format, outDir, separateFiles, 0);
        }

        /** The same request with the year's 意见 printed last. */
        public Request withComments(List<FieldComment> list) {
            return new Request(year, form, style, projects, format, outDir, separateFiles, month, list);
        }

        public Request(int year, String form, String style, List<String> projects, Format format, Path outDir) {
            this(year, form, style, projects, format, outDir, false);
        }
    }

    /** A choice that does not exist; the message names the valid ones, {@link #choices()} lists them. */
    public static final class ChoiceException extends IllegalArgumentException {
        private final List<String> choices;

        public ChoiceException(String problem, List<String> choices) {
            super(problem + "。" + (choices.isEmpty() ? "当前没有可选项" : "可选：" + String.join("、", choices)));
            this.choices = List.copyOf(choices);
        }

        public List<String> choices() {
            return choices;
        }
    }

    private static final int MAX_NAME = 120;

    private DocumentExporter() {
    }

    /**
     * The most projects of a per-project form in one file. A real unit has a few dozen (the seeds
     * at most 12; the benchmarks go to 300), so this splits only what no one would print in one:
     * it bounds the memory and time of an export of any size (issue 14: 10,000 projects in one
     * file took 2.7 GB as xlsx and 6.4 GB as docx), and Excel and Word open each part readily.
     */
    static final int PROJECTS_PER_FILE = 500;

    /** Writes the files and returns their paths, in the order written. */
    public static List<Path> export(Unit unit, Request request, Progress progress) throws IOException {
        return export(unit, request, progress, PROJECTS_PER_FILE);
    }

    static List<Path> export(Unit unit, Request request, Progress progress, int projectsPerFile) throws IOException {
        FiscalYear year = year(unit, request.year());
        FormLayout layout = layout(unit, year, request.form(), request.style());
        List<Project> projects = projects(year, request.projects());
        if (layout.perProject() && projects.isEmpty()) {
            throw new IllegalArgumentException(year.year + " 年度没有项目，无法生成" + layout.title());
        }
        if (layout.form().equals(FormKind.REPORT) && (year.report == null || year.report.bare())) {
            progress.warning(cn.jixiao.domain.SelfEvaluationReport.BARE_WARNING);
        }
        boolean separate = request.separateFiles() && layout.perProject() && projects.size() > 1;
        List<List<Project>> groups = separate ? projects.stream().map(List::of).toList()
                : layout.perProject() ? parts(projects, projectsPerFile) : List.of(projects);
        int total = (layout.perProject() ? projects.size() : 1) + groups.size();
        int[] done = {0};
        List<Path> written = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (List<Project> group : groups) {
            // Laid out project by project while the writer asks for them: a project's documents are
            // garbage once written, so 10,000 projects need not all be laid out in memory at once.
            Iterable<FormDocument> laidOut = layout.perProject()
                    ? () -> group.stream().flatMap(p -> {
                        List<FormDocument> one = layout.documents(unit, year, List.of(p), request.month());
                        progress.update(++done[0], total);
                        return one.stream();
                    }).iterator()
                    : rendered(layout.documents(unit, year, group, request.month()), progress, ++done[0], total);
            Iterable<FormDocument> docs = request.comments().isEmpty() || request.format() == Format.JSON ? laidOut
                    : withLast(laidOut, CommentsSheet.of(unit, year, request.comments()));
            boolean named = separate || !request.projects().isEmpty() && group.size() == 1;
            String base = fileName(year.year, layout.title(), unit.name, named ? group.get(0).name : null);
            if (!separate && groups.size() > 1) {
                base += "-第" + (written.size() + 1) + "部分（共" + groups.size() + "部分）";
            }
            Path target = request.outDir().resolve(unique(base, request.format().extension(), names));
            write(docs, target, request.format(), layout, unit, year, progress);
            written.add(target);
            progress.update(++done[0], total);
        }
        return written;
    }

    /** The documents, then one more (the 意见及处理情况 sheet), laid out as they are asked for. */
    private static Iterable<FormDocument> withLast(Iterable<FormDocument> docs, FormDocument last) {
        return () -> java.util.stream.Stream.concat(java.util.stream.StreamSupport.stream(docs.spliterator(), false),
                java.util.stream.Stream.of(last)).iterator();
    }

    /** The projects in parts of at most {@code size}, in order. */
    private static List<List<Project>> parts(List<Project> projects, int size) {
        List<List<Project>> parts = new ArrayList<>();
        for (int from = 0; from < projects.size(); from += size) {
            parts.add(projects.subList(from, Math.min(projects.size(), from + size)));
        }
        return parts.isEmpty() ? List.of(projects) : parts;
    }

    private static List<FormDocument> rendered(List<FormDocument> docs, Progress progress, int done, int total) {
        progress.update(done, total);
        return docs;
    }

    /** The documents a request would write, for a preview. */
    public static List<FormDocument> render(Unit unit, int yearNumber, String form, String style, List<String> projectNames) {
        FiscalYear year = year(unit, yearNumber);
        FormLayout layout = layout(unit, year, form, style);
        return layout.documents(unit, year, projects(year, projectNames), 0);
    }

    /** The style used when none is given: the year's, else the unit's. */
    public static String defaultStyle(Unit unit, FiscalYear year) {
        if (year.formStyle != null && !year.formStyle.isBlank()) {
            return year.formStyle.strip();
        }
        return unit.formStyle == null ? "" : unit.formStyle.strip();
    }

    /**
     * The layout a form of the year prints in when no style is asked for: the year's style, else the
     * common template (the monitoring forms); empty when the year's style has no such form.
     */
    public static java.util.Optional<FormLayout> yearLayout(Unit unit, FiscalYear year, String form) {
        try {
            return java.util.Optional.of(layout(unit, year, form, null));
        } catch (ChoiceException e) {
            return java.util.Optional.empty();
        }
    }

    static FiscalYear year(Unit unit, int y) {
        return unit.year(y).orElseThrow(() -> new ChoiceException("单位没有 " + y + " 年度",
                unit.years.stream().map(fy -> String.valueOf(fy.year)).toList()));
    }

    static FormLayout layout(Unit unit, FiscalYear year, String form, String style) {
        List<String> forms = FormLayouts.forms();
        if (!forms.contains(form)) {
            throw new ChoiceException("没有名为 " + form + " 的表单",
                    forms.stream().map(f -> f + "（" + FormLayouts.title(f).orElse("") + "）").toList());
        }
        String s = style == null || style.isBlank() ? defaultStyle(unit, year) : style.strip();
        List<String> styles = FormLayouts.styles(form);
        boolean asked = style != null && !style.isBlank();
        java.util.Optional<FormLayout> common = FormLayouts.all().stream()
                .filter(l -> l.form().id().equals(form) && l.anyStyle()).findFirst();
        if (!asked && common.isPresent() && !styles.contains(s)) {
            return common.get();
        }
        if (s.isEmpty()) {
            if (styles.size() == 1) {
                s = styles.get(0);
            } else {
                throw new ChoiceException("单位和年度都没有设定版式，请用 --style 指定", styles);
            }
        }
        String chosen = s;
        return FormLayouts.find(form, chosen).orElseThrow(() -> new ChoiceException(
                "表单 " + form + "（" + FormLayouts.title(form).orElse("") + "）没有 " + chosen + " 版式", styles));
    }

    static List<Project> projects(FiscalYear year, List<String> names) {
        if (names == null || names.isEmpty()) {
            return List.copyOf(year.projects);
        }
        List<Project> out = new ArrayList<>();
        for (String n : names) {
            Project p = year.project(n.strip()).orElseThrow(() -> new ChoiceException(
                    year.year + " 年度没有名为 " + n + " 的项目", year.projects.stream().map(q -> q.name).toList()));
            if (!out.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }

    private static void write(Iterable<FormDocument> docs, Path target, Format format, FormLayout layout, Unit unit,
                              FiscalYear year, Progress progress) throws IOException {
        switch (format) {
            case DOCX -> DocxWriter.write(docs, target, progress::warning);
            case XLSX -> XlsxWriter.write(docs, target, progress::warning);
            case PDF -> PdfWriter.write(docs, target, progress::warning);
            case JSON -> {
                ObjectMapper mapper = new ObjectMapper();
                ObjectNode root = mapper.createObjectNode();
                root.put("form", layout.form().id());
                root.put("style", layout.style().id());
                root.put("title", layout.title());
                root.put("unit", unit.name);
                root.put("year", year.year);
                ArrayNode list = root.putArray("documents");
                for (FormDocument d : docs) {
                    ObjectNode node = list.addObject();
                    node.put("name", d.name);
                    node.put("landscape", d.page.landscape());
                    ArrayNode texts = node.putArray("texts");
                    d.texts().forEach(texts::add);
                }
                FileOutput.write(target, out -> mapper.writerWithDefaultPrettyPrinter().writeValue(out, root));
            }
        }
    }

    /** '2021-项目支出绩效目标申报表-衡阳市人民政府办公室' with what Windows forbids in a name replaced. */
    static String fileName(int year, String title, String unitName, String projectName) {
        StringBuilder b = new StringBuilder().append(year).append('-').append(safe(title));
        if (unitName != null && !unitName.isBlank()) {
            b.append('-').append(safe(unitName));
        }
        if (projectName != null && !projectName.isBlank()) {
            b.append('-').append(safe(projectName));
        }
        String name = b.toString();
        if (name.length() > MAX_NAME) {
            name = name.substring(0, MAX_NAME);
        }
        return name.replaceAll("[. ]+$", "");
    }

    /** A part of a file name with what Windows forbids replaced ('/' in a project's name, say). */
    public static String safe(String part) {
        // a lone surrogate or U+FFFF cannot be a file name (the path would not even be made)
        String s = TextInput.clean(part).text().strip().chars()
                .mapToObj(ch -> ch < 0x20 || "\\/:*?\"<>|".indexOf(ch) >= 0 ? "_" : String.valueOf((char) ch))
                .collect(Collectors.joining());
        return s.replaceAll("\\s+", " ").replaceAll("[. ]+$", "");
    }

    private static String unique(String base, String extension, Set<String> used) {
        String name = base + "." + extension;
        for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + "(" + n + ")." + extension;
        }
        return name;
    }
}
