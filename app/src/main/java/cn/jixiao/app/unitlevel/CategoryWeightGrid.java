package cn.jixiao.app.unitlevel;

import cn.jixiao.app.Messages;
import cn.jixiao.domain.CategoryWeight;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Json;
import cn.jixiao.editing.FieldEdit;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import cn.jixiao.app.table.Sheet;
import cn.jixiao.app.table.SheetCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The 分值 the 部门整体自评表 writes beside an 一级 label ('产出指标（50分）'): one row per 一级.
 * The list is replaced as a whole on every change, so each change is one saved, undoable edit.
 */
final class CategoryWeightGrid {
    private final EditorSupport support;
    private final FiscalYear year;
    private final TableView<CategoryWeight> grid = new TableView<>();
    private final VBox root;
    private final Sheet sheet;

    CategoryWeightGrid(EditorSupport support, FiscalYear year) {
        this.support = support;
        this.year = year;
        grid.setId("categoryWeights");
        grid.setEditable(true);
        grid.setPrefHeight(120);
        grid.getColumns().add(column("category", Messages.text("categoryWeightGrid.text.category"), 200, w -> w.category, (w, v) -> w.category = v));
        grid.getColumns().add(column("weight", Messages.text("categoryWeightGrid.text.weight"), 80, w -> w.weight, (w, v) -> w.weight = v));
        sheet = Sheet.of(grid);
        Button add = new Button(Messages.text("categoryWeightGrid.button.add"));
        add.setId("addCategoryWeight");
        add.setOnAction(e -> {
            List<CategoryWeight> after = copy();
            after.add(new CategoryWeight());
            if (save(Messages.text("categoryWeightGrid.text.addEdit"), after)) {
                sheet.start(after.size() - 1, grid.getColumns().get(0));
            }
        });
        Button delete = new Button(Messages.text("categoryWeightGrid.button.delete"));
        delete.setId("deleteCategoryWeight");
        delete.disableProperty().bind(grid.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> {
            List<CategoryWeight> after = copy();
            after.remove(grid.getSelectionModel().getSelectedIndex());
            save(Messages.text("categoryWeightGrid.text.deleteEdit"), after);
        });
        root = new VBox(4, grid, new HBox(6, add, delete));
        support.onRefresh(this::reload);
        reload();
    }

    VBox view() {
        return root;
    }

    private TableColumn<CategoryWeight, String> column(String id, String title, double width,
                                                       java.util.function.Function<CategoryWeight, String> get,
                                                       BiConsumer<CategoryWeight, String> set) {
        TableColumn<CategoryWeight, String> c = new TableColumn<>(title);
        c.setId(id);
        c.setPrefWidth(width);
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(get.apply(x.getValue())));
        SheetCell.install(c, null);
        c.setOnEditCommit(e -> {
            int row = e.getTablePosition().getRow();
            String v = e.getNewValue() == null ? "" : e.getNewValue().strip();
            if (!v.equals(get.apply(year.overall.categoryWeights.get(row)))) {
                List<CategoryWeight> after = copy();
                set.accept(after.get(row), v);
                save(Messages.text("categoryWeightGrid.text.changeEdit", title), after);
            }
        });
        return c;
    }

    private List<CategoryWeight> copy() {
        List<CategoryWeight> out = new ArrayList<>();
        year.overall.categoryWeights.forEach(w -> out.add(Json.copy(w, CategoryWeight.class)));
        return out;
    }

    private boolean save(String description, List<CategoryWeight> after) {
        return support.perform(new FieldEdit<>(description, copy(), after,
                v -> year.overall.categoryWeights = new ArrayList<>(v), (file, v) -> file.saveYear(year)));
    }

    private void reload() {
        sheet.reloading(() -> grid.setItems(FXCollections.observableArrayList(year.overall.categoryWeights)));
        grid.refresh();
    }
}
