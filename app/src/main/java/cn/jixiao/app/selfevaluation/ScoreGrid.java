package cn.jixiao.app.selfevaluation;

import cn.jixiao.app.Messages;
import cn.jixiao.app.focus.Reveal;
import cn.jixiao.selfevaluation.ScoreSheet.Row;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import cn.jixiao.app.table.Sheet;
import cn.jixiao.app.table.SheetCell;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.util.Duration;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The score grid: one row per 三级, the 一级/二级 printed on the first row of each group as the
 * form does; 实际完成值, 分值, 得分 and 偏差原因 edited in place. A row that lost points without
 * a 偏差原因 is tinted (red when it scored nothing) and says why on hover.
 */
final class ScoreGrid {
    static final String AUTO_TIER = Messages.text("scoreGrid.text.tierFromActual");
    private static final double ROW_HEIGHT = 28;
    private final SelfEvaluationViewModel vm;
    private final TableView<Row> table = new TableView<>();
    private final ScoreCommit scoreCommit;
    private final Sheet sheet;

    /** What to do when the clerk types a score that differs from the shown one. */
    interface ScoreCommit {
        void typed(Row row, String text);
    }

    ScoreGrid(SelfEvaluationViewModel vm, ScoreCommit scoreCommit, BiConsumer<String, String> problem) {
        this.vm = vm;
        this.scoreCommit = scoreCommit;
        table.setId("scoreGrid");
        table.setEditable(true);
        table.setFixedCellSize(ROW_HEIGHT);
        table.setPlaceholder(new javafx.scene.control.Label(vm.isOverall()
                ? Messages.text("scoreGrid.text.noOverallIndicators") : Messages.text("scoreGrid.text.noProjectIndicators")));
        table.getColumns().addAll(List.of(
                column(Messages.text("scoreGrid.text.category"), "category", 80, r -> r.showCategory() ? r.indicator().category : "", r -> r.indicator().category, null, r -> false),
                column(Messages.text("scoreGrid.text.subcategory"), "subcategory", 96, r -> r.showSubcategory() ? r.indicator().subcategory : "", r -> r.indicator().subcategory, null, r -> false),
                column(Messages.text("scoreGrid.text.name"), "name", 170, r -> r.indicator().name, r -> r.indicator().name, null, r -> false),
                column(Messages.text("scoreGrid.text.target"), "target", 120, r -> r.indicator().target, ScoreGrid::targetTip, null, r -> false),
                tierColumn(),
                column(Messages.text("scoreGrid.text.actual"), "actual", 90, r -> r.indicator().actual, r -> r.indicator().actual,
                        (r, v) -> vm.setActual(r.indicator(), v), r -> true),
                column(Messages.text("scoreGrid.text.weight"), "weight", 52, r -> r.indicator().weight, r -> Messages.text("scoreGrid.text.weightTip"),
                        (r, v) -> vm.setWeight(r.indicator(), v).ifPresent(p -> problem.accept(Messages.text("scoreGrid.text.weight"), p)), r -> true),
                column(Messages.text("scoreGrid.text.score"), "score", 74, r -> SelfEvaluationViewModel.scoreText(r.result()), ScoreGrid::scoreTip,
                        this::scoreTyped, r -> true),
                column(Messages.text("scoreGrid.text.deviationCause"), "cause", 170, r -> r.indicator().deviationCause,
                        r -> r.missingCause() ? r.missingCauseMessage() : r.indicator().deviationCause,
                        (r, v) -> vm.setCause(r.indicator(), v), r -> true)));
        if (vm.monitoring().isPresent()) {
            // the mid-year 全年预计 beside the 实际完成值 the clerk now fills
            int at = table.getColumns().indexOf(table.getColumns().stream().filter(c -> "actual".equals(c.getId())).findFirst().orElseThrow());
            table.getColumns().add(at + 1, column(Messages.text("selfEvaluation.monitoringExpected"), "monitoringExpected", 90,
                    r -> vm.monitoringExpected(r.indicator()), r -> vm.monitoringExpected(r.indicator()), null, r -> false));
        }
        table.setRowFactory(t -> new MarkedRow());
        sheet = Sheet.of(table);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    /** Selects and focuses an indicator's cell (实际完成值 unless the finding names another) and scrolls the page to it. */
    boolean focus(String indicatorId, String field) {
        String columnId = switch (field) {
            case "actual", "weight", "score" -> field;
            case "deviationCause" -> "cause";
            default -> "actual";
        };
        TableColumn<Row, ?> column = table.getColumns().stream().filter(c -> columnId.equals(c.getId())).findFirst().orElse(null);
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).indicator().id.equals(indicatorId)) {
                table.getSelectionModel().clearAndSelect(i, column);
                table.getFocusModel().focus(i, column);
                table.requestFocus();
                Reveal.row(table, i);
                return true;
            }
        }
        return false;
    }

    TableView<Row> node() {
        return table;
    }

    void show(List<Row> rows) {
        sheet.reloading(() -> table.getItems().setAll(rows));
        double height = ROW_HEIGHT * (rows.isEmpty() ? 3 : rows.size()) + 32;
        table.setPrefHeight(height);
        table.setMinHeight(height);
    }

    private void scoreTyped(Row r, String text) {
        if (!SelfEvaluationViewModel.sameScore(r.result(), text)) {
            scoreCommit.typed(r, text.replace("✎", "").strip());
        }
    }

    private static String scoreTip(Row r) {
        String tip = r.result().summary();
        return r.result().differsFromStated()
                ? Messages.text("scoreGrid.text.statedScoreDiffers", r.result().stated().toPlainString(),
                r.result().score().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(), tip)
                : tip;
    }

    private static String targetTip(Row r) {
        StringBuilder b = new StringBuilder(Messages.text("scoreGrid.text.targetTip")).append(r.indicator().target.isBlank() ? Messages.text("scoreGrid.text.emptyTip") : r.indicator().target)
                .append(Messages.text("scoreGrid.text.readAsTip")).append(r.targetReading());
        if (r.qualitative()) {
            b.append(Messages.text("scoreGrid.text.qualitativeTip"));
        }
        if (!r.indicator().scoringRule.isBlank()) {
            b.append(Messages.text("scoreGrid.text.scoringRuleTip")).append(r.indicator().scoringRule);
        }
        return b.toString();
    }

    /** 评价档次: a choice shown on the qualitative rows only, taking effect as soon as it is picked. */
    private TableColumn<Row, String> tierColumn() {
        TableColumn<Row, String> c = new TableColumn<>(Messages.text("scoreGrid.tableColumn.tier"));
        c.setId("tier");
        c.setPrefWidth(106);
        c.setSortable(false);
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(x.getValue().indicator().tier));
        c.setCellFactory(col -> new TierCell());
        return c;
    }

    private final class TierCell extends TableCell<Row, String> {
        private final ComboBox<String> choice = new ComboBox<>(FXCollections.observableArrayList(AUTO_TIER, Messages.text("scoreGrid.text.tierMet"), Messages.text("scoreGrid.text.tierPartlyMet"), Messages.text("scoreGrid.text.tierNotMet")));
        private boolean updating;

        TierCell() {
            choice.getStyleClass().add("tier-choice");
            choice.setMaxWidth(Double.MAX_VALUE);
            choice.setTooltip(tip(Messages.text("scoreGrid.tooltip.tiers")));
            choice.valueProperty().addListener((o, a, b) -> {
                Row r = rowOf(this);
                if (!updating && r != null && b != null) {
                    vm.setTier(r.indicator(), AUTO_TIER.equals(b) ? "" : b);
                }
            });
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            Row r = rowOf(this);
            setText(null);
            if (empty || r == null || !r.qualitative()) {
                setGraphic(null);
                return;
            }
            updating = true;
            choice.setValue(item == null || item.isBlank() ? AUTO_TIER : item);
            updating = false;
            setGraphic(choice);
        }
    }

    private TableColumn<Row, String> column(String title, String id, double width, Function<Row, String> value,
                                            Function<Row, String> tooltip, BiConsumer<Row, String> commit, Predicate<Row> editable) {
        TableColumn<Row, String> c = new TableColumn<>(title);
        c.setId(id);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(value.apply(x.getValue())));
        c.setCellFactory(col -> new SheetCell<>() {
            @Override
            public void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                Row r = rowOf(this);
                String t = r == null || empty ? "" : withRowWarning(r, tooltip.apply(r));
                setTooltip(t.isBlank() ? null : tip(t));
                setEditable(r != null && commit != null && editable.test(r));
                if ("score".equals(id)) {
                    getStyleClass().removeAll("score-manual", "score-none", "score", "score-differs");
                    if (r != null && !empty) {
                        getStyleClass().add(r.result().manual() ? "score-manual" : r.result().awarded().isEmpty() ? "score-none" : "score");
                        if (r.result().differsFromStated()) {
                            getStyleClass().add("score-differs");
                        }
                    }
                }
            }
        });
        if (commit != null) {
            SheetCell.installed(c, editable);
            c.setOnEditCommit(e -> commit.accept(e.getRowValue(), e.getNewValue() == null ? "" : e.getNewValue()));
        }
        return c;
    }

    /**
     * A row's own tooltip would hide its cells' ones (the row's handler runs last), so the
     * missing-cause warning is added to each cell's tooltip instead.
     */
    private static String withRowWarning(Row r, String cellTip) {
        String tip = cellTip == null ? "" : cellTip;
        if (!r.missingCause() || tip.equals(r.missingCauseMessage())) {
            return tip;
        }
        return tip.isBlank() ? r.missingCauseMessage() : r.missingCauseMessage() + "\n\n" + tip;
    }

    private static Row rowOf(TableCell<Row, ?> cell) {
        TableView<Row> t = cell.getTableView();
        int i = cell.getIndex();
        return t == null || i < 0 || i >= t.getItems().size() ? null : t.getItems().get(i);
    }

    static Tooltip tip(String text) {
        Tooltip t = new Tooltip(text);
        t.setShowDelay(Duration.millis(250));
        t.setShowDuration(Duration.seconds(30));
        t.setWrapText(true);
        t.setMaxWidth(460);
        return t;
    }

    /** Tints the row that lost points without a 偏差原因, offers 手工评分 and 恢复自动计分. */
    private final class MarkedRow extends TableRow<Row> {
        @Override
        protected void updateItem(Row r, boolean empty) {
            super.updateItem(r, empty);
            getStyleClass().removeAll("missing-cause", "missing-cause-zero");
            if (empty || r == null) {
                setContextMenu(null);
                return;
            }
            if (r.missingCause()) {
                boolean zero = r.result().awarded().map(a -> a.signum() == 0).orElse(false);
                getStyleClass().add(zero ? "missing-cause-zero" : "missing-cause");
            }
            MenuItem manual = new MenuItem(Messages.text("scoreGrid.menuItem.manualScore"));
            manual.setOnAction(e -> scoreCommit.typed(r, r.result().awarded().map(BigDecimal::toPlainString).orElse("")));
            MenuItem auto = new MenuItem(Messages.text("scoreGrid.menuItem.restoreAutomatic"));
                        auto.setDisable(!SelfEvaluationViewModel.hasOwnScore(r.indicator()));
            auto.setOnAction(e -> vm.restoreAutomatic(r.indicator()));
            setContextMenu(new ContextMenu(manual, auto));
        }
    }
}
