package cn.jixiao.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * One column grid for a whole sheet. A document's tables may divide the page differently (a
 * funds table of 6 columns above an indicator table of 5); a sheet has only one set of columns,
 * so it takes the union of every table's column edges, and each table cell becomes a merge of
 * the sheet columns between its edges.
 */
final class SheetColumns {
    private final double[] edges;

    private SheetColumns(double[] edges) {
        this.edges = edges;
    }

    static SheetColumns of(FormDocument doc) {
        double width = doc.page.contentWidthMm();
        List<double[]> tableEdges = new ArrayList<>();
        double narrowest = width;
        for (FormDocument.Block b : doc.blocks) {
            if (b instanceof Table t) {
                double[] e = edges(t, width);
                tableEdges.add(e);
                for (int i = 1; i < e.length; i++) {
                    narrowest = Math.min(narrowest, e[i] - e[i - 1]);
                }
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
        return new SheetColumns(kept.stream().mapToDouble(Double::doubleValue).toArray());
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

    int count() {
        return edges.length - 1;
    }

    double widthMm(int col) {
        return edges[col + 1] - edges[col];
    }

    double widthMm(int first, int last) {
        return edges[last + 1] - edges[first];
    }

    /** The sheet column whose left edge is nearest this position. */
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
