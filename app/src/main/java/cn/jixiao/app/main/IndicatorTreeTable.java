package cn.jixiao.app.main;

import cn.jixiao.app.text.Messages;
import cn.jixiao.domain.Indicator;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** 一级 → 二级 → 三级 as a read-only tree table: one row per level, indicator columns on the 三级 rows. */
public final class IndicatorTreeTable {
    /** A row: a 一级 or 二级 heading (indicator null) or a 三级 indicator. */
    public record Row(String label, Indicator indicator) {
    }

    private IndicatorTreeTable() {
    }

    public static TreeTableView<Row> create(List<Indicator> indicators) {
        TreeTableView<Row> table = new TreeTableView<>();
        table.setId("indicatorTree");
        table.setShowRoot(false);
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TreeTableColumn<Row, String> name = column(Messages.text("indicatorTreeTable.text.indicator"), r -> r.label(), 260);
        table.getColumns().add(name);
        table.getColumns().add(column(Messages.text("indicatorTreeTable.text.target"), r -> r.indicator() == null ? "" : r.indicator().target, 150));
        // the other columns only where some indicator fills them: a 申报表 has no 实际完成值 or 得分,
        // and a column nobody filled only narrows the ones that are
        optional(table, indicators, Messages.text("indicatorTreeTable.text.comparator"), i -> i.comparator, 70);
        optional(table, indicators, Messages.text("indicatorTreeTable.text.unitOfMeasure"), i -> i.unitOfMeasure, 60);
        optional(table, indicators, Messages.text("indicatorTreeTable.text.weight"), i -> i.weight, 45);
        optional(table, indicators, Messages.text("indicatorTreeTable.text.actual"), i -> i.selfEvaluation.actual, 100);
        optional(table, indicators, Messages.text("indicatorTreeTable.text.score"), i -> i.selfEvaluation.score, 45);
        optional(table, indicators, Messages.text("indicatorTreeTable.text.deviationCause"), i -> i.selfEvaluation.deviationCause, 120);
        table.setRoot(tree(indicators));
        return table;
    }

    private static void optional(TreeTableView<Row> table, List<Indicator> indicators, String title,
                                 java.util.function.Function<Indicator, String> value, double width) {
        boolean filled = indicators.stream().anyMatch(i -> i != null && i.selfEvaluation != null
                && value.apply(i) != null && !value.apply(i).isBlank());
        if (filled) {
            table.getColumns().add(column(title, r -> r.indicator() == null || r.indicator().selfEvaluation == null ? ""
                    : value.apply(r.indicator()), width));
        }
    }

    static TreeItem<Row> tree(List<Indicator> indicators) {
        TreeItem<Row> root = new TreeItem<>(new Row("", null));
        Map<String, TreeItem<Row>> categories = new LinkedHashMap<>();
        Map<String, TreeItem<Row>> subcategories = new LinkedHashMap<>();
        for (Indicator ind : indicators) {
            TreeItem<Row> cat = categories.computeIfAbsent(ind.category, c -> {
                TreeItem<Row> t = new TreeItem<>(new Row(c.isBlank() ? Messages.text("indicatorTreeTable.text.uncategorised") : c, null));
                t.setExpanded(true);
                root.getChildren().add(t);
                return t;
            });
            TreeItem<Row> sub = subcategories.computeIfAbsent(ind.category + "\u0000" + ind.subcategory, k -> {
                TreeItem<Row> t = new TreeItem<>(new Row(ind.subcategory.isBlank() ? Messages.text("indicatorTreeTable.text.uncategorised") : ind.subcategory, null));
                t.setExpanded(true);
                cat.getChildren().add(t);
                return t;
            });
            sub.getChildren().add(new TreeItem<>(new Row(ind.name, ind)));
        }
        return root;
    }

    private static TreeTableColumn<Row, String> column(String title, Function<Row, String> value, double width) {
        TreeTableColumn<Row, String> c = new TreeTableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(f.getValue().getValue() == null ? "" : value.apply(f.getValue().getValue())));
        return c;
    }
}
