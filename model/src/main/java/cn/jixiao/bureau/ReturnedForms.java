package cn.jixiao.bureau;

import cn.jixiao.documents.Binding;
import cn.jixiao.documents.FormDocument;
import cn.jixiao.documents.FormLayout;
import cn.jixiao.documents.FormLayouts;
import cn.jixiao.documents.FormReader;
import cn.jixiao.documents.Paragraph;
import cn.jixiao.documents.Table;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.editing.CompoundEdit;
import cn.jixiao.editing.Edit;
import cn.jixiao.editing.Edits;
import cn.jixiao.editing.FieldEdit;
import cn.jixiao.fields.FieldAddress;
import cn.jixiao.fields.FieldCatalogue;
import cn.jixiao.fields.FieldComment;
import cn.jixiao.fields.Owner;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 财政局退回的表格: matches a returned workbook or document to the unit, year, projects and
 * indicators it was exported for (through the bindings and document properties the export left
 * in it), compares it field by field with the unit's data, and turns the clerk's choice into one
 * edit (one undo step). Comparing changes nothing.
 */
public final class ReturnedForms {
    private static final Pattern LIST_ITEM = Pattern.compile("^([A-Za-z]+)\\[(\\d+)]\\.");
    private static final Pattern MONTH = Pattern.compile("monitoring\\[(\\d+)]");

    private ReturnedForms() {
    }

    /** A returned file that cannot be compared with this unit; the message says why, in Chinese, naming the file. */
    public static final class Refused extends Exception {
        public Refused(String message) {
            super(message);
        }

        public Refused(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** One field the bureau changed: where, its name, the unit's value and the bureau's. */
    public record Difference(FieldAddress at, String project, String label, String old, String returned) {
    }

    /** 新增 or 删除: what the bureau did to a row of a bound table. */
    public enum RowKind {
        ADDED("新增行"), DELETED("删除行");

        private final String chinese;

        RowKind(String chinese) {
            this.chinese = chinese;
        }

        public String chinese() {
            return chinese;
        }
    }

    /** A row the bureau added (its text) or deleted (what it held), shown as such; never applied by itself. */
    public record RowChange(RowKind kind, String project, String what, String text) {
    }

    /** A remark of the bureau, on a field ({@code at}) where the file or its wording says which. */
    public record Remark(Optional<FieldAddress> at, String project, String where, String kind, String text) {
    }

    /** What the returned file holds against the unit. */
    public record Comparison(String fileName, int year, String form, LocalDate date, List<Difference> differences,
                             List<RowChange> rows, List<Remark> remarks) {
        /** The differences by project ('' for the unit's and the year's own fields), in the file's order. */
        public Map<String, List<Difference>> byProject() {
            Map<String, List<Difference>> out = new LinkedHashMap<>();
            differences.forEach(d -> out.computeIfAbsent(d.project(), k -> new ArrayList<>()).add(d));
            return out;
        }

        /** The remarks that sit on a field, as 意见 of 财政局 dated the file's date. */
        public List<FieldComment> comments() {
            return remarks.stream().filter(r -> r.at().isPresent())
                    .map(r -> FieldComment.of(year, r.at().get(), FieldComment.BUREAU, date, r.text(), fileName)).toList();
        }

        /** Every line of a report, as the CLI prints it. */
        public List<String> lines() {
            List<String> out = new ArrayList<>();
            out.add("“" + fileName + "”：" + year + "年度" + form + "，文件日期 " + date);
            if (differences.isEmpty()) {
                out.add("没有改动的字段。");
            }
            byProject().forEach((project, list) -> {
                out.add(project.isEmpty() ? "【单位及年度】" : "【" + project + "】");
                for (Difference d : list) {
                    out.add("  改动  " + d.label() + "：" + oneLine(d.old()) + " → " + oneLine(d.returned()));
                }
            });
            for (RowChange r : rows) {
                out.add("  " + r.kind().chinese() + "  " + r.what() + (r.text().isEmpty() ? "" : "：" + oneLine(r.text())));
            }
            for (Remark r : remarks) {
                out.add("  意见  " + (r.where().isEmpty() ? "（未对应到字段）" : r.where()) + "：" + oneLine(r.text()));
            }
            out.add("共 " + differences.size() + " 处改动，" + rows.size() + " 处增删行，" + remarks.size() + " 条意见。");
            return out;
        }

        /** The comparison as plain maps and lists, for `jixiao compare --json`. */
        public Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", fileName);
            m.put("year", year);
            m.put("form", form);
            m.put("date", String.valueOf(date));
            m.put("differences", differences.stream().map(d -> {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("project", d.project());
                x.put("field", d.label());
                x.put("address", d.at().encode());
                x.put("old", d.old());
                x.put("new", d.returned());
                return x;
            }).toList());
            m.put("rows", rows.stream().map(r -> {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("kind", r.kind().chinese());
                x.put("project", r.project());
                x.put("what", r.what());
                x.put("text", r.text());
                return x;
            }).toList());
            m.put("remarks", remarks.stream().map(r -> {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("project", r.project());
                x.put("field", r.where());
                x.put("address", r.at().map(FieldAddress::encode).orElse(""));
                x.put("kind", r.kind());
                x.put("text", r.text());
                return x;
            }).toList());
            return m;
        }

        private static String oneLine(String s) {
            String t = s.replace("\n", "⏎");
            return t.isEmpty() ? "（空）" : t;
        }
    }

    /** Reads and compares in one step. */
    public static Comparison compare(Unit unit, Path returned) throws Refused {
        ReturnedForm form;
        try {
            form = ReturnedForm.read(returned);
        } catch (IOException e) {
            String m = e.getMessage() == null ? "" : e.getMessage();
            throw new Refused(m.contains(returned.getFileName().toString()) ? m
                    : "无法读取“" + returned.getFileName() + "”：" + (m.isEmpty() ? "文件不是 Word 或 Excel 文件" : m), e);
        }
        return compare(unit, form);
    }

    /** The comparison of a file read with the unit: refused when it is not ours, not this unit's, or its bindings are lost. */
    public static Comparison compare(Unit unit, ReturnedForm returned) throws Refused {
        String name = returned.fileName();
        FormDocument.Origin origin = returned.origin().orElseThrow(() -> new Refused(
                "“" + name + "”不是本程序导出的表格（文件中没有本程序留下的单位、年度和表单标记），无法比对。"
                        + "请让财政局在本程序导出的文件上修改后退回。"));
        boolean otherUnit = !origin.unitId().isEmpty() ? !origin.unitId().equals(unit.id)
                : !origin.unitName().isEmpty() && !origin.unitName().equals(unit.name);
        if (otherUnit) {
            throw new Refused("“" + name + "”是为“" + (origin.unitName().isEmpty() ? "其他单位" : origin.unitName())
                    + "”导出的表格，不是本单位（" + unit.name + "）的，不能导入。");
        }
        FiscalYear year = unit.year(origin.year()).orElseThrow(() -> new Refused(
                "“" + name + "”是 " + origin.year() + " 年度的表格，本单位没有这个年度，无法比对。"));
        if (returned.values().isEmpty()) {
            throw new Refused("“" + name + "”中本程序留下的字段标记已经丢失（表格可能被复制到了新文件或另存为其他格式），"
                    + "无法逐项对应到项目和指标。请用本程序重新导出后请财政局在该文件上修改，或手工核对。");
        }
        String formTitle = FormLayouts.title(origin.form()).orElse(origin.form());

        List<Difference> differences = new ArrayList<>();
        Set<FieldAddress> seen = new LinkedHashSet<>();
        for (FormReader.Value v : returned.values()) {
            if (seen.contains(v.at())) {
                continue;
            }
            Optional<String> current = FieldCatalogue.read(unit, year, v.at());
            if (current.isEmpty()) {
                continue;
            }
            String now = normal(current.get());
            // a field printed twice counts once: changed where the bureau changed either copy
            Optional<String> changed = returned.values().stream().filter(x -> x.at().equals(v.at()))
                    .map(x -> normal(x.text())).filter(t -> !t.equals(now)).findFirst();
            seen.add(v.at());
            changed.ifPresent(t -> differences.add(new Difference(v.at(), projectName(year, v.at()),
                    label(unit, year, v.at()), current.get().strip(), t)));
        }

        List<FormDocument> exported = render(unit, year, origin, returned);
        List<RowChange> rows = new ArrayList<>(added(year, returned, printedTexts(exported)));
        rows.addAll(deleted(unit, year, exported, returned));

        List<Remark> remarks = new ArrayList<>();
        for (ReturnedForm.Remark r : returned.remarks()) {
            Optional<FieldAddress> at = r.at().or(() -> byHint(unit, year, returned, r.hint()));
            remarks.add(new Remark(at, at.map(a -> projectName(year, a)).orElse(""),
                    at.map(a -> FieldCatalogue.describe(unit, year, a)).orElse(r.hint()), r.kind(), r.text()));
        }
        return new Comparison(name, year.year, formTitle, returned.date(), differences, rows, remarks);
    }

    /**
     * 导入: the chosen differences set to the bureau's values and, when asked, the remarks on
     * fields added as 意见 to {@code comments} (the year's list the caller shows), as one edit.
     */
    public static Edit accept(Unit unit, Comparison comparison, Collection<Difference> chosen, boolean withRemarks,
                              List<FieldComment> comments) {
        FiscalYear year = unit.year(comparison.year()).orElseThrow(() -> new IllegalArgumentException(
                "单位没有 " + comparison.year() + " 年度"));
        List<Edit> parts = new ArrayList<>();
        for (Difference d : comparison.differences()) {
            if (chosen.contains(d)) {
                Optional<FieldEdit<String>> edit = Edits.atAddress(unit, year, d.at(), d.returned());
                edit.filter(FieldEdit::changesAnything).ifPresent(parts::add);
            }
        }
        if (withRemarks && !comparison.comments().isEmpty()) {
            parts.add(Edits.addComments(comments, comparison.comments()));
        }
        return new CompoundEdit("导入财政局退回的表格“" + comparison.fileName() + "”", parts);
    }

    /** Text as compared: line ends and the spaces an office program may add around lines do not count. */
    static String normal(String text) {
        String t = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder b = new StringBuilder();
        for (String line : t.split("\n", -1)) {
            b.append(b.isEmpty() ? "" : "\n").append(line.strip());
        }
        return b.toString().strip();
    }

    private static String projectName(FiscalYear year, FieldAddress at) {
        return at.projectId().isEmpty() ? "" : year.projects.stream().filter(p -> p.id.equals(at.projectId()))
                .findFirst().map(p -> p.name).orElse("");
    }

    /** The field's place without its project's name (the comparison groups by project). */
    private static String label(Unit unit, FiscalYear year, FieldAddress at) {
        String d = FieldCatalogue.describe(unit, year, at);
        String p = projectName(year, at);
        return !p.isEmpty() && d.startsWith(p + " · ") ? d.substring(p.length() + 3) : d;
    }

    /** A remark from a 审核意见 sheet: the bound field whose name (or value) its first column gives. */
    private static Optional<FieldAddress> byHint(Unit unit, FiscalYear year, ReturnedForm returned, String hint) {
        String h = hint.replace(" ", "").replace("\u3000", "");
        if (h.isEmpty()) {
            return Optional.empty();
        }
        for (FormReader.Value v : returned.values()) {
            String d = FieldCatalogue.describe(unit, year, v.at()).replace(" ", "");
            if (d.equals(h) || d.endsWith("·" + h)) {
                return Optional.of(v.at());
            }
        }
        for (FormReader.Value v : returned.values()) {
            if (normal(v.text()).equals(hint.strip())) {
                return Optional.of(v.at());
            }
        }
        return Optional.empty();
    }

    /** The list a field's row belongs to (a project's indicators, the 基础数据表's rows…), or empty for a field of no row. */
    private static Optional<String> list(FieldAddress at) {
        if (at.root() == Owner.INDICATOR) {
            return Optional.of("I|" + at.projectId());
        }
        Matcher m = LIST_ITEM.matcher(at.path());
        if (m.find() && !m.group(1).equals("monitoring")) {
            return Optional.of(at.root() + "|" + at.projectId() + "|" + at.indicatorId() + "|" + m.group(1));
        }
        return Optional.empty();
    }

    /** The row a field belongs to: its indicator, or its list and index. */
    private static Optional<String> item(FieldAddress at) {
        if (at.root() == Owner.INDICATOR) {
            return Optional.of("I|" + at.projectId() + "|" + at.indicatorId());
        }
        Matcher m = LIST_ITEM.matcher(at.path());
        if (m.find() && !m.group(1).equals("monitoring")) {
            return Optional.of(at.root() + "|" + at.projectId() + "|" + at.indicatorId() + "|" + m.group(1) + "[" + m.group(2) + "]");
        }
        return Optional.empty();
    }

    /** The list all of a row's fields belong to, if they all belong to one. */
    private static Optional<String> rowList(ReturnedForm.GridRow row) {
        Set<String> lists = new LinkedHashSet<>();
        for (FieldAddress a : row.bound()) {
            lists.add(list(a).orElse(""));
        }
        return lists.size() == 1 && !lists.contains("") ? Optional.of(lists.iterator().next()) : Optional.empty();
    }

    /**
     * Unbound rows with text between two rows of the same bound list, whose texts the export did not
     * print outside a field (a 二级 heading row is the export's own): rows the bureau inserted.
     */
    private static List<RowChange> added(FiscalYear year, ReturnedForm returned, Set<String> printed) {
        List<RowChange> out = new ArrayList<>();
        for (List<ReturnedForm.GridRow> grid : returned.rows()) {
            int lastBound = -1;
            for (int r = 0; r < grid.size(); r++) {
                if (grid.get(r).bound().isEmpty()) {
                    continue;
                }
                if (lastBound >= 0 && r - lastBound > 1) {
                    Optional<String> before = rowList(grid.get(lastBound));
                    if (before.isPresent() && before.equals(rowList(grid.get(r)))) {
                        FieldAddress sample = grid.get(r).bound().get(0);
                        for (int k = lastBound + 1; k < r; k++) {
                            String text = grid.get(k).text();
                            boolean own = java.util.Arrays.stream(text.split(" \\| ")).map(ReturnedForms::normal)
                                    .allMatch(printed::contains);
                            if (!text.isBlank() && !own) {
                                out.add(new RowChange(RowKind.ADDED, projectName(year, sample), listName(sample), text));
                            }
                        }
                    }
                }
                lastBound = r;
            }
        }
        return out;
    }

    /**
     * The texts the export prints, cell by cell and line by line: a row holding only these is the
     * export's own (a heading, a sentence the report composes), not one the bureau typed.
     */
    private static Set<String> printedTexts(List<FormDocument> docs) {
        Set<String> out = new java.util.HashSet<>();
        for (FormDocument d : docs) {
            d.texts().forEach(t -> addLines(out, t));
        }
        return out;
    }

    private static void addLines(Set<String> out, String text) {
        out.add(normal(text));
        for (String line : text.split("\n")) {
            out.add(normal(line));
        }
    }

    /** What the export prints today for the projects the file holds; empty when that cannot be laid out. */
    private static List<FormDocument> render(Unit unit, FiscalYear year, FormDocument.Origin origin, ReturnedForm returned) {
        Optional<FormLayout> layout = FormLayouts.find(origin.form(), origin.style())
                .or(() -> FormLayouts.all().stream().filter(l -> l.form().id().equals(origin.form()) && l.anyStyle()).findFirst());
        if (layout.isEmpty()) {
            return List.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        int month = 0;
        for (FormReader.Value v : returned.values()) {
            ids.add(v.at().projectId());
            Matcher m = MONTH.matcher(v.at().path());
            if (m.find()) {
                month = Integer.parseInt(m.group(1));
            }
        }
        List<Project> projects = layout.get().perProject()
                ? year.projects.stream().filter(p -> ids.contains(p.id)).toList() : year.projects;
        if (layout.get().perProject() && projects.isEmpty()) {
            return List.of();
        }
        try {
            return layout.get().documents(unit, year, projects, month);
        } catch (RuntimeException e) {
            // what the export would print today cannot be laid out: no rows can be told added or deleted
            return List.of();
        }
    }

    private static String listName(FieldAddress at) {
        if (at.root() == Owner.INDICATOR) {
            return at.projectId().isEmpty() ? "部门整体三级指标" : "三级指标";
        }
        Matcher m = LIST_ITEM.matcher(at.path());
        return m.find() ? FieldCatalogue.rows(at.root(), m.group(1)).map(r -> r.label()).orElse(m.group(1)) : "";
    }

    /** Rows the export printed whose every field is missing from the returned file: rows the bureau deleted. */
    private static List<RowChange> deleted(Unit unit, FiscalYear year, List<FormDocument> docs, ReturnedForm returned) {
        Map<String, FieldAddress> expected = new LinkedHashMap<>();
        for (FormDocument d : docs) {
            for (FormDocument.Block b : d.blocks) {
                List<Binding> bs = new ArrayList<>();
                if (b instanceof Table t) {
                    t.rows().forEach(r -> r.cells().forEach(c -> bs.addAll(c.bindings())));
                } else if (b instanceof Paragraph p) {
                    bs.addAll(p.bindings());
                }
                for (Binding x : bs) {
                    for (FieldAddress at : x.at().each()) {
                        item(at).ifPresent(i -> expected.putIfAbsent(i, at));
                    }
                }
            }
        }
        Set<String> present = new LinkedHashSet<>();
        returned.values().forEach(v -> item(v.at()).ifPresent(present::add));
        List<RowChange> out = new ArrayList<>();
        expected.forEach((i, at) -> {
            if (!present.contains(i)) {
                String what = label(unit, year, at);
                int dot = what.lastIndexOf(" · ");
                out.add(new RowChange(RowKind.DELETED, projectName(year, at), dot > 0 ? what.substring(0, dot) : what,
                        FieldCatalogue.read(unit, year, at).orElse("")));
            }
        });
        return out;
    }
}
