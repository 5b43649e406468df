package cn.jixiao.documents;

/**
 * The type a government form uses, shared by the docx and xlsx writers so both print alike:
 * 黑体 for titles and headings, 宋体 for tables and form lines, 仿宋 for running prose.
 * Sizes follow the Chinese names: 小二 18pt, 四号 14pt, 小四 12pt, 五号 10.5pt, 小五 9pt.
 */
final class FormFonts {
    static final String SONG = "宋体";
    static final String HEI = "黑体";
    static final String FANGSONG = "仿宋";

    /** Tables with more columns than this are wide tables and use 小五 (9pt). */
    static final int DENSE_COLUMNS = 8;

    record Font(String family, double sizePt, boolean bold) {
        /** Size in half-points, as OOXML wordprocessing writes it. */
        int halfPoints() {
            return (int) Math.round(sizePt * 2);
        }
    }

    private FormFonts() {
    }

    static Font paragraph(Paragraph.Style style) {
        return switch (style) {
            case TITLE -> new Font(HEI, 18, false);
            case SUBTITLE -> new Font(SONG, 12, false);
            case HEADING -> new Font(HEI, 14, false);
            case BODY -> new Font(SONG, 12, false);
            case BODY_INDENT -> new Font(FANGSONG, 14, false);
            case NOTE -> new Font(SONG, 10.5, false);
        };
    }

    /**
     * The font of one line of a paragraph. A title that would wrap at 小二 steps down by half
     * points to 四号 at the least: a form's title reads as one line.
     */
    static Font paragraph(Paragraph.Style style, String line, double widthMm) {
        Font f = paragraph(style);
        if (style != Paragraph.Style.TITLE) {
            return f;
        }
        double widthPt = widthMm * 72 / 25.4 * 0.96;
        double size = f.sizePt();
        while (size > 14 && ems(line) * size > widthPt) {
            size -= 0.5;
        }
        return new Font(f.family(), size, f.bold());
    }

    /** Width of a line in ems: a Chinese character is one, a Latin letter or digit about half. */
    static double ems(String line) {
        double ems = 0;
        for (int i = 0; i < line.length(); i++) {
            ems += line.charAt(i) < 0x2E80 ? 0.55 : 1.0;
        }
        return ems;
    }

    /** The least size a figure is stepped down to; below it a figure may wrap rather than vanish. */
    static final double MIN_FIGURE_PT = 5;
    /** A figure: digits with point, thousands commas, sign, comparator or percent ('2677.71', '≥95%'). */
    private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile("[≥≤<>=+\\-]?[0-9][0-9.,]*%?");

    /**
     * The font stepped down by half points until the widest figure in {@code text} fits
     * {@code innerPt} on one line: no figure wraps inside itself ('2677.7' over '1') in a narrow
     * column. {@code ems} measures a figure at 1pt: the PDF's embedded font, or
     * {@link #figureEms} where the office program picks the font.
     */
    static Font fitFigures(Font f, String text, double innerPt, java.util.function.ToDoubleFunction<String> ems) {
        double widest = 0;
        var m = FIGURE.matcher(text == null ? "" : text);
        while (m.find()) {
            widest = Math.max(widest, ems.applyAsDouble(m.group()));
        }
        double size = f.sizePt();
        while (size > MIN_FIGURE_PT && widest * size > innerPt) {
            size -= 0.5;
        }
        return size == f.sizePt() ? f : new Font(f.family(), size, f.bold());
    }

    /** A figure's width in ems as Word, WPS or LibreOffice may set it: 0.6 a character, for a substituted CJK font's digits. */
    static double figureEms(String figure) {
        return figure.length() * 0.6;
    }

    static Font cell(Table table, Table.Cell cell) {
        return new Font(SONG, dense(table) ? 9 : 10.5, cell.header());
    }

    static boolean dense(Table table) {
        return table.columns() > DENSE_COLUMNS;
    }
}
