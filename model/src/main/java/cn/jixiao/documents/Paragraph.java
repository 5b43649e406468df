package cn.jixiao.documents;

/** A line of text outside tables: a title, a '填报单位（盖章）' line, a signature line, a note. */
public record Paragraph(String text, Style style, Align align) implements FormDocument.Block {
    /** How the paragraph looks; writers map these to fonts (黑体/宋体/仿宋) and sizes. */
    public enum Style { TITLE, SUBTITLE, BODY, BODY_INDENT, HEADING, NOTE }

    public enum Align { LEFT, CENTER, RIGHT, JUSTIFY }

    public static Paragraph title(String text) {
        return new Paragraph(text, Style.TITLE, Align.CENTER);
    }

    public static Paragraph subtitle(String text) {
        return new Paragraph(text, Style.SUBTITLE, Align.CENTER);
    }

    public static Paragraph body(String text) {
        return new Paragraph(text, Style.BODY, Align.LEFT);
    }

    public static Paragraph note(String text) {
        return new Paragraph(text, Style.NOTE, Align.LEFT);
    }
}
