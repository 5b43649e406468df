package cn.jixiao.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * One column grid shared by several tables. A form's tables may divide the page differently (a
 * funds table of 6 columns above an indicator table of 5); a sheet has only one set of columns,
 * and Word draws tables that follow each other best as one table, so the shared grid takes the
 * union of every table's column edges, and each cell spans the shared columns between its edges.
 */
final class SharedGrid {
    private final double[] edges;

    private SharedGrid(double[] edges) {
        this.edges = edges;
    }

    /** The grid of all the document's tables (a sheet). */
    static SharedGrid of(FormDocument doc) {
        List<Table> tables = new ArrayList<>();
        for (FormDocument.Block b : doc.blocks) {
            if (b instanceof Table t) {
                tables.add(t);
            }
        }
        if (tables.isEmpty()) {
            // A sheet of prose still wants a few columns, so a line's tab-separated parts can spread.
            tables.add(new Table(1, 1, 1, 1));
        }
        return of(tables, doc.page.contentWidthMm());
    }

    static SharedGrid of(List<Table> tables, double width) {
        List<double[]> tableEdges = new ArrayList<>();
        double narrowest = width;
        for (Table t : tables) {
            double[] e = edges(t, width);
            tableEdges.add(e);
            for (int i = 1; i < e.length; i++) {
                narrowest = Math.min(narrowest, e[i] - e[i - 1]);
            }
        }
        // Edges closer than this are one edge: slivers of a millimetre only make the sheet awkward to edit.
        double snap = Math.min(1.0, narrowest / 2);
        TreeSet<Double> all = new TreeSet<>();
        all.add(0.0);
        all.add(width);
        for (double[] e : tableEdges) {
            for (double x : e) {
                all.add(x);
            }
        }
        List<Double> kept = new ArrayList<>();
        for (double x : all) {
            if (kept.isEmpty() || x - kept.get(kept.size() - 1) >= snap) {
                kept.add(x);
            } else if (x == width) {
                kept.set(kept.size() - 1, width);
            }
        }
        return new SharedGrid(kept.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** A table's column edges in millimetres from the left margin, first 0, last the content width. */
    static double[] edges(Table t, double width) {
        double[] w = t.columnWeights();
        double total = 0;
        for (double x : w) {
            total += x;
        }
        double[] e = new double[w.length + 1];
        for (int i = 0; i < w.length; i++) {
            e[i + 1] = i == w.length - 1 ? width : e[i] + width * w[i] / total;
        }
        return e;
    }

    /** The position of an edge in millimetres from the left margin: 0 for the first, the width for the last. */
    double edge(int i) {
        return edges[i];
    }

    int count() {
        return edges.length - 1;
    }

    double widthMm(int col) {
        return edges[col + 1] - edges[col];
    }

    double widthMm(int first, int last) {
        return edges[last + 1] - edges[first];
    }

    /** For each edge of the table (0..columns), the shared column that starts there. */
    int[] map(Table t, double width) {
        double[] e = edges(t, width);
        int[] out = new int[e.length];
        for (int i = 0; i < e.length; i++) {
            out[i] = at(e[i]);
        }
        return out;
    }

    /** The shared column whose left edge is nearest this position. */
    int at(double mm) {
        int best = 0;
        for (int i = 1; i < edges.length; i++) {
            if (Math.abs(edges[i] - mm) < Math.abs(edges[best] - mm)) {
                best = i;
            }
        }
        return best;
    }
}
