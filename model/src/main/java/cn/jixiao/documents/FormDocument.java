package cn.jixiao.documents;

import java.util.ArrayList;
import java.util.List;

/**
 * A form as the layouts declare it and the writers render it: page setup plus a sequence of
 * paragraphs, tables and page breaks. Layouts build this from domain objects; the docx and
 * xlsx writers (and later PDF) render the same object, so no form is assembled twice.
 */
public final class FormDocument {
    /** Used for the file name and the sheet name: e.g. '项目支出绩效目标申报表-机要工作经费'. */
    public final String name;
    public final PageSetup page;
    public final List<Block> blocks = new ArrayList<>();
    /** Whose form this is; the writers put it into the file's document properties. */
    private Origin origin;
    private final List<Carried> carried = new ArrayList<>();

    /**
     * 随表字段: a field's value the form implies without printing it as text of its own (the kind of a
     * 基础数据表 line, printed only as its label; the 一级 a weight belongs to). The writers keep it in
     * the file, hidden, and {@link FormReader} gives it back with the bound values, so our own export
     * comes back whole.
     */
    public record Carried(cn.jixiao.fields.FieldAddress at, String text) {
    }

    public FormDocument(String name, PageSetup page) {
        this.name = name;
        this.page = page;
    }

    public FormDocument add(Block block) {
        blocks.add(block);
        return this;
    }

    /**
     * 表单来源: the unit, year, form and style a document was laid out for, so that a file read
     * back says what it holds without a parser per layout.
     */
    public record Origin(String unitId, String unitName, int year, String form, String style, String framework) {
        /** @param framework the id of the year's 指标体系 (the 一级/二级 the form prints empty ones of); "" when not known */
        public Origin {
            unitId = unitId == null ? "" : unitId;
            unitName = unitName == null ? "" : unitName;
            form = form == null ? "" : form;
            style = style == null ? "" : style;
            framework = framework == null ? "" : framework;
        }

        public Origin(String unitId, String unitName, int year, String form, String style) {
            this(unitId, unitName, year, form, style, "");
        }
    }

    public java.util.Optional<Origin> origin() {
        return java.util.Optional.ofNullable(origin);
    }

    public FormDocument origin(Origin origin) {
        this.origin = origin;
        return this;
    }

    /** Keeps a value the form does not print as text in the file ({@link Carried}). */
    public FormDocument carry(cn.jixiao.fields.FieldAddress at, String text) {
        carried.add(new Carried(at, text == null ? "" : text));
        return this;
    }

    public List<Carried> carried() {
        return List.copyOf(carried);
    }

    /** All cell and paragraph texts in reading order (tests, search, seed comparison). */
    public List<String> texts() {
        List<String> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Paragraph p) {
                out.add(p.text());
            } else if (b instanceof Table t) {
                for (Table.Row r : t.rows()) {
                    for (Table.Cell c : r.cells()) {
                        out.add(c.text());
                    }
                }
            }
        }
        return out;
    }

    /** A part of the document. */
    public sealed interface Block permits Paragraph, Table, PageBreak {
    }

    /** A page break (between the projects of a per-project form, for example). */
    public record PageBreak() implements Block {
    }
}
