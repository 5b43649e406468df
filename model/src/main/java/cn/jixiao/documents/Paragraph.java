package cn.jixiao.documents;

import java.util.List;

/**
 * A line of text outside tables: a title, a '填报单位（盖章）' line, a signature line, a note.
 * {@code bindings} mark the parts that hold a field's value, as a table cell's do.
 */
public record Paragraph(String text, Style style, Align align, List<Binding> bindings) implements FormDocument.Block {
    /** How the paragraph looks; writers map these to fonts (黑体/宋体/仿宋) and sizes. */
    public enum Style { TITLE, SUBTITLE, BODY, BODY_INDENT, HEADING, NOTE }

    public enum Align { LEFT, CENTER, RIGHT, JUSTIFY }

    public Paragraph {
        text = text == null ? "" : text;
        bindings = bindings == null ? List.of() : List.copyOf(bindings);
        int last = 0;
        for (Binding b : bindings) {
            if (b.start() < last || b.end() > text.length()) {
                throw new IllegalArgumentException("binding " + b + " outside '" + text + "' or out of order");
            }
            last = b.end();
        }
    }

    public Paragraph(String text, Style style, Align align) {
        this(text, style, align, List.of());
    }

    public Paragraph(FieldText text, Style style, Align align) {
        this(text.text(), style, align, text.bindings());
    }

    public static Paragraph title(String text) {
        return new Paragraph(text, Style.TITLE, Align.CENTER);
    }

    public static Paragraph title(FieldText text) {
        return new Paragraph(text, Style.TITLE, Align.CENTER);
    }

    public static Paragraph subtitle(String text) {
        return new Paragraph(text, Style.SUBTITLE, Align.CENTER);
    }

    public static Paragraph subtitle(FieldText text) {
        return new Paragraph(text, Style.SUBTITLE, Align.CENTER);
    }

    public static Paragraph body(String text) {
        return new Paragraph(text, Style.BODY, Align.LEFT);
    }

    public static Paragraph body(FieldText text) {
        return new Paragraph(text, Style.BODY, Align.LEFT);
    }

    public static Paragraph note(String text) {
        return new Paragraph(text, Style.NOTE, Align.LEFT);
    }

    public static Paragraph note(FieldText text) {
        return new Paragraph(text, Style.NOTE, Align.LEFT);
    }
}
