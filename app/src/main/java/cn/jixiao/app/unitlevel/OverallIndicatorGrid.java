package cn.jixiao.app.unitlevel;

import cn.jixiao.app.text.Messages;
import cn.jixiao.app.focus.Reveal;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Indicator;
import cn.jixiao.editing.Edits;
import cn.jixiao.fields.IndicatorFields;
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
import java.util.function.Function;

/**
 * 部门整体's 三级 indicators as a grid, one row each in printed order, 一级 and 二级 typed as the
 * form prints them. Each cell and each added or removed row is one saved, undoable edit.
 */
final class OverallIndicatorGrid {
    /** The editable columns, in the order the declaration forms print them: catalogue fields of the indicator. */
    enum Field {
        CATEGORY(IndicatorFields.CATEGORY),
        SUBCATEGORY(IndicatorFields.SUBCATEGORY),
        NAME(IndicatorFields.NAME),
        TARGET(IndicatorFields.TARGET),
        CONTENT(IndicatorFields.TARGET_CONTENT),
        COMPARATOR(IndicatorFields.COMPARATOR),
        UNIT(IndicatorFields.UNIT_OF_MEASURE),
        RULE(IndicatorFields.SCORING_RULE);

        /** The indicator's field as a review finding names it. */
        final String field;
        final String title;
        final Function<Indicator, String> get;
        final BiConsumer<Indicator, String> set;

        Field(cn.jixiao.fields.Field<Indicator> f) {
            this.field = f.path();
            this.title = f.label();
            this.get = f::get;
            this.set = f::set;
        }
    }

    private final EditorSupport support;
    private final FiscalYear year;
    private final TableView<Indicator> grid = new TableView<>();
    private final VBox root;
    private final Sheet sheet;

    OverallIndicatorGrid(EditorSupport support, FiscalYear year) {
        this.support = support;
        this.year = year;
        grid.setId("overallIndicators");
        grid.setEditable(true);
        grid.setPrefHeight(360);
        for (Field f : Field.values()) {
            TableColumn<Indicator, String> c = new TableColumn<>(f.title);
            c.setId(f.name());
            cn.jixiao.app.focus.FieldPath.tag(c, f.field);
            c.setPrefWidth(f == Field.NAME || f == Field.CONTENT || f == Field.RULE ? 200 : 100);
            c.setCellValueFactory(x -> new ReadOnlyStringWrapper(f.get.apply(x.getValue())));
            SheetCell.install(c, null);
            c.setOnEditCommit(e -> set(e.getRowValue(), f, e.getNewValue()));
            grid.getColumns().add(c);
        }
        sheet = Sheet.of(grid);
        Button add = new Button(Messages.text("overallIndicatorGrid.button.add"));
        add.setId("addOverallIndicator");
        add.setOnAction(e -> add());
        Button delete = new Button(Messages.text("overallIndicatorGrid.button.delete"));
        delete.setId("deleteOverallIndicator");
        delete.disableProperty().bind(grid.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> {
            List<Indicator> after = new ArrayList<>(list());
            after.remove(grid.getSelectionModel().getSelectedItem());
            support.perform(Edits.indicators(Messages.text("overallIndicatorGrid.text.deleteEdit"), owner(), list(), after));
        });
        root = new VBox(4, new HBox(6, add, delete), grid);
        support.onRefresh(this::reload);
        reload();
    }

    VBox view() {
        return root;
    }

    /** Selects and focuses an indicator's cell (the 指标名称 for a finding about the whole row) and scrolls the page to it. */
    boolean focus(String indicatorId, String field) {
        for (int i = 0; i < grid.getItems().size(); i++) {
            if (grid.getItems().get(i).id.equals(indicatorId)) {
                Field f = java.util.Arrays.stream(Field.values()).filter(x -> x.field.equals(field)).findFirst().orElse(Field.NAME);
                sheet.select(i, grid.getColumns().get(f.ordinal()));
                Reveal.row(grid, i);
                return true;
            }
        }
        return false;
    }

    private List<Indicator> list() {
        return year.overall.indicators;
    }

    private String owner() {
        return Edits.overallOwner(year);
    }

    /** A new row after the selected one, under the same 一级 and 二级. */
    private void add() {
        Indicator selected = grid.getSelectionModel().getSelectedItem();
        Indicator added = new Indicator();
        if (selected != null) {
            added.category = selected.category;
            added.subcategory = selected.subcategory;
        }
        List<Indicator> after = new ArrayList<>(list());
        int pos = selected == null ? after.size() : after.indexOf(selected) + 1;
        after.add(pos, added);
        if (support.perform(Edits.indicators(Messages.text("overallIndicatorGrid.text.addEdit"), owner(), list(), after))) {
            sheet.start(pos, grid.getColumns().get(Field.NAME.ordinal()));
        }
    }

    private void set(Indicator i, Field f, String typed) {
        String v = typed == null ? "" : typed.strip();
        if (list().contains(i) && !v.equals(f.get.apply(i))) {
            support.perform(Edits.indicatorField(f.title, owner(), list(), i, f.get, f.set, v));
        }
    }

    private void reload() {
        sheet.reloading(() -> grid.setItems(FXCollections.observableArrayList(list())));
        grid.refresh();
    }
}
