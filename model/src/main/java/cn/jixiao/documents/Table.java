package cn.jixiao.documents;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table as a grid, declared like HTML: each row lists its cells left to right; a cell may span
 * columns and rows, and the grid positions it covers are simply not listed in the rows below.
 * Column widths are relative weights, scaled by the writers to the page's content width.
 */
public final class Table implements FormDocument.Block {
    private final double[] columnWeights;
    private final List<Row> rows = new ArrayList<>();
    /** Rows at the top repeated on each new page. */
    private int headerRows;

    public Table(double... columnWeights) {
        this.columnWeights = columnWeights.clone();
    }

    public int columns() {
        return columnWeights.length;
    }

    public double[] columnWeights() {
        return columnWeights.clone();
    }

    public List<Row> rows() {
        return rows;
    }

    public int headerRows() {
        return headerRows;
    }

    public Table headerRows(int n) {
        this.headerRows = n;
        return this;
    }

    /** Adds a row of cells and returns it. */
    public Row row(Cell... cells) {
        Row r = new Row(new ArrayList<>(Arrays.asList(cells)));
        rows.add(r);
        return r;
    }

    /** One table row; rows never split across pages. */
    public static final class Row {
        private final List<Cell> cells;
        /** Minimum height in millimetres; 0 lets the writer size it. */
        private double minHeightMm;

        Row(List<Cell> cells) {
            this.cells = cells;
        }

        public List<Cell> cells() {
            return cells;
        }

        public double minHeightMm() {
            return minHeightMm;
        }

        public Row minHeightMm(double mm) {
            this.minHeightMm = mm;
            return this;
        }
    }

    /** Horizontal alignment of a cell's text. */
    public enum Align { LEFT, CENTER, RIGHT }

    /**
     * One cell. {@code amount} right-aligns a money figure; {@code vertical} stacks the text top
     * to bottom (the '绩效指标' label); {@code header} prints bold. {@code bindings} mark the
     * parts of the text that hold a field's value.
     */
    public record Cell(String text, int colSpan, int rowSpan, Align align, boolean header, boolean vertical,
                       List<Binding> bindings) {
        public Cell {
            text = text == null ? "" : text;
            bindings = bindings == null ? List.of() : List.copyOf(bindings);
            if (colSpan < 1 || rowSpan < 1) {
                throw new IllegalArgumentException("span must be at least 1");
            }
            int last = 0;
            for (Binding b : bindings) {
                if (b.start() < last || b.end() > text.length()) {
                    throw new IllegalArgumentException("binding " + b + " outside '" + text + "' or out of order");
                }
                last = b.end();
            }
        }

        public Cell(String text, int colSpan, int rowSpan, Align align, boolean header, boolean vertical) {
            this(text, colSpan, rowSpan, align, header, vertical, List.of());
        }

        public static Cell of(String text) {
            return new Cell(text, 1, 1, Align.LEFT, false, false);
        }

        /** A cell holding field values among its labels. */
        public static Cell of(FieldText text) {
            return new Cell(text.text(), 1, 1, Align.LEFT, false, false, text.bindings());
        }

        public static Cell label(String text) {
            return new Cell(text, 1, 1, Align.CENTER, true, false);
        }

        public static Cell center(String text) {
            return new Cell(text, 1, 1, Align.CENTER, false, false);
        }

        public static Cell center(FieldText text) {
            return of(text).align(Align.CENTER);
        }

        public static Cell amount(String text) {
            return new Cell(text, 1, 1, Align.RIGHT, false, false);
        }

        public static Cell amount(FieldText text) {
            return of(text).align(Align.RIGHT);
        }

        public Cell span(int cols) {
            return new Cell(text, cols, rowSpan, align, header, vertical, bindings);
        }

        public Cell rows(int n) {
            return new Cell(text, colSpan, n, align, header, vertical, bindings);
        }

        public Cell asVertical() {
            return new Cell(text, colSpan, rowSpan, align, header, true, bindings);
        }

        public Cell align(Align a) {
            return new Cell(text, colSpan, rowSpan, a, header, vertical, bindings);
        }

        public Cell bold() {
            return new Cell(text, colSpan, rowSpan, align, true, vertical, bindings);
        }
    }
}
