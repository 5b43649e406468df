package cn.jixiao.app.project;

import cn.jixiao.app.Messages;
import cn.jixiao.app.main.MainViewModel;
import cn.jixiao.domain.MoneyText;
import cn.jixiao.editing.FieldEdit;
import cn.jixiao.editing.ListEdit;
import cn.jixiao.store.UnitFile;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import cn.jixiao.app.table.Sheet;
import cn.jixiao.app.table.SheetCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A small editable table over one of the project's lists (支出明细, 实施进度计划): double-click or
 * F2 edits a cell, Enter saves it; rows are added and deleted with the buttons (or Insert and
 * Delete). Every change is one undoable edit; an amount that is not one is refused with a
 * message naming the row and column, and nothing is saved.
 */
final class RowTable<T> {
    /** A column: its id, title, width, how to read and write the text, and whether it is an amount in 万元. */
    record Col<T>(String id, String title, double width, Function<T, String> get, BiConsumer<T, String> set, boolean amount) {
    }

    private static final double ROW = 28;
    private final MainViewModel vm;
    private final String what;
    private final List<T> rows;
    private final Supplier<T> factory;
    private final List<Col<T>> cols;
    private final Consumer<UnitFile> save;
    private final TableView<T> table = new TableView<>();
    private final Label error = new Label();
    private final Label summary = new Label();
    private final Function<List<T>, String> summarize;
    private final InvalidationListener onHistory = o -> reload();
    private final VBox root;
    private final Sheet sheet;

    RowTable(MainViewModel vm, String id, String what, List<T> rows, Supplier<T> factory, List<Col<T>> cols,
             Consumer<UnitFile> save, Function<List<T>, String> summarize) {
        this.vm = vm;
        this.what = what;
        this.rows = rows;
        this.factory = factory;
        this.cols = cols;
        this.save = save;
        this.summarize = summarize;
        table.setId(id);
        table.setEditable(true);
        table.setFixedCellSize(ROW);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Messages.text("rowTable.label.empty", what)));
        for (Col<T> c : cols) {
            table.getColumns().add(column(c));
        }
        sheet = Sheet.of(table);
        table.setOnKeyPressed(e -> {
            if (table.getEditingCell() != null) {
                return;
            }
            if (e.getCode() == KeyCode.INSERT) {
                add();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                deleteSelected();
                e.consume();
            }
        });
        error.setId(id + "Error");
        error.setWrapText(true);
        error.setStyle("-fx-text-fill: #c00000;");
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        summary.setId(id + "Summary");
        summary.setStyle("-fx-text-fill: #444;");
        Button add = new Button(Messages.text("rowTable.button.add"));
        add.setId(id + "Add");
        add.setTooltip(new Tooltip(Messages.text("rowTable.tooltip.add", what)));
        add.setOnAction(e -> add());
        Button delete = new Button(Messages.text("rowTable.button.delete"));
        delete.setId(id + "Delete");
        delete.setTooltip(new Tooltip(Messages.text("rowTable.tooltip.delete")));
        delete.setOnAction(e -> deleteSelected());
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        HBox bar = new HBox(6, add, delete, summary);
        bar.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(6, table, error, bar);
        vm.historyChangedProperty().addListener(new WeakInvalidationListener(onHistory));
        reload();
    }

    Node node() {
        return root;
    }

    private TableColumn<T, String> column(Col<T> c) {
        TableColumn<T, String> col = new TableColumn<>(c.title());
        col.setId(c.id());
        col.setPrefWidth(c.width());
        col.setSortable(false);
        col.setCellValueFactory(f -> new ReadOnlyStringWrapper(c.get().apply(f.getValue())));
        SheetCell.install(col, null);
        if (c.amount()) {
            col.setStyle("-fx-alignment: CENTER-RIGHT;");
        }
        col.setOnEditCommit(e -> set(e.getRowValue(), c, e.getNewValue()));
        return col;
    }

    /** Saves one cell as one edit; an invalid amount is refused with the row and column named. */
    void set(T row, Col<T> c, String typed) {
        String value = typed == null ? "" : typed.strip();
        if (c.amount()) {
            MoneyText.Result r = MoneyText.parseInput(Messages.text("rowTable.text.rowName", what, rows.indexOf(row) + 1, c.title()), typed);
            if (!r.ok()) {
                error.setText(r.error());
                vm.statusProperty().set(r.error());
                table.refresh();
                return;
            }
            value = r.amount().text();
        }
        error.setText("");
        String old = c.get().apply(row);
        if (!Objects.equals(old, value) && rows.contains(row)) {
            vm.perform(new FieldEdit<>(Messages.text("rowTable.text.changeEdit", what, c.title()), old, value, v -> c.set().accept(row, v), (file, v) -> save.accept(file)));
        }
    }

    void add() {
        T added = factory.get();
        List<T> after = new ArrayList<>(rows);
        after.add(added);
        vm.perform(ListEdit.replacing(Messages.text("rowTable.text.addEdit", what), rows, after, save));
        Platform.runLater(() -> {
            int i = table.getItems().indexOf(added);
            sheet.start(i, table.getColumns().get(0));
        });
    }

    private void deleteSelected() {
        T selected = table.getSelectionModel().getSelectedItem();
        if (selected == null) {
            return;
        }
        int at = table.getSelectionModel().getSelectedIndex();
        List<T> after = new ArrayList<>(rows);
        after.remove(selected);
        vm.perform(ListEdit.replacing(Messages.text("rowTable.text.deleteEdit", what), rows, after, save));
        if (!table.getItems().isEmpty()) {
            table.getSelectionModel().clearAndSelect(Math.min(at, table.getItems().size() - 1));
        }
    }

    private void reload() {
        sheet.reloading(() -> table.setItems(FXCollections.observableArrayList(rows)));
        table.refresh();
        table.setPrefHeight(Math.max(3, rows.size() + 1) * ROW + 32);
        table.setMinHeight(table.getPrefHeight());
        summary.setText(summarize == null ? "" : summarize.apply(rows));
    }
}
