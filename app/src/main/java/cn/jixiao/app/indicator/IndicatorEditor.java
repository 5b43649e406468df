package cn.jixiao.app.indicator;

import cn.jixiao.app.Messages;
import cn.jixiao.app.indicator.IndicatorEditorModel.Column;
import cn.jixiao.app.main.MainViewModel;
import cn.jixiao.app.focus.Reveal;
import cn.jixiao.app.table.Sheet;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Framework;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.indicators.IndicatorLibrary;
import cn.jixiao.indicators.IndicatorOutline;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The project's indicators as a tree table: 一级 and 二级 rows from the framework, 三级 rows to
 * edit in place. Insert adds, Delete removes, Alt+↑/↓ moves, a row can be dragged to another
 * place or 二级; every change is one edit on the window's undo stack.
 */
public final class IndicatorEditor {
    /** A tree row: a 一级 or 二级 heading (indicator null) or a 三级 indicator. */
    public record Row(Kind kind, String category, String subcategory, Indicator indicator) {
        public enum Kind { CATEGORY, SUBCATEGORY, INDICATOR }
    }

    private static final double ROW_HEIGHT = 28;
    private static final java.util.concurrent.atomic.AtomicBoolean LIBRARY_LOADING = new java.util.concurrent.atomic.AtomicBoolean();
    private final IndicatorEditorModel model;
    private final TreeTableView<Row> table = new TreeTableView<>();
    private final Map<Column, TreeTableColumn<Row, String>> columns = new EnumMap<>(Column.class);
    private final ComboBox<Framework> framework = new ComboBox<>();
    private final VBox root;
    private List<Object> shape = List.of();
    /** The cells' texts, one per row and column: an edit changes the text of its own cells only. */
    private final Map<Row, Map<Column, ReadOnlyStringWrapper>> texts = new java.util.IdentityHashMap<>();
    private Indicator dragged;
    private final Sheet sheet;
    private final InvalidationListener onHistory = o -> refresh();
    private final InvalidationListener onReveal;

    public IndicatorEditor(MainViewModel vm, FiscalYear year, Project project) {
        model = new IndicatorEditorModel(vm, year, project);
        table.setId("indicatorTree");
        table.setShowRoot(false);
        table.setEditable(true);
        table.setTableMenuButtonVisible(true);
        table.setFixedCellSize(ROW_HEIGHT);
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        addColumns(project);
        table.setRowFactory(t -> row());
        sheet = Sheet.of(table, (row, column) -> row != null && row.indicator() != null && columns.containsValue(column));
        table.setOnKeyPressed(this::keys);
        table.setContextMenu(contextMenu());
        table.setPlaceholder(new Label(Messages.text("indicatorEditor.label.noIndicators")));
        root = new VBox(6, toolbar(), table);
        root.setId("indicatorEditor");
        preloadLibrary();
        rebuild();
        vm.historyChangedProperty().addListener(new WeakInvalidationListener(onHistory));
        onReveal = o -> reveal(vm.revealIndicatorProperty().get());
        vm.revealIndicatorProperty().addListener(new WeakInvalidationListener(onReveal));
        // the editor is built after a find selected its project: show the indicator once shown
        String pending = vm.revealIndicatorProperty().get();
        if (pending != null) {
            Platform.runLater(() -> reveal(pending));
        }
    }

    /** The samples' part of the 指标库 is read once, off the FX thread, before the first name is typed. */
    private static void preloadLibrary() {
        if (LIBRARY_LOADING.getAndSet(true)) {
            return;
        }
        Thread t = new Thread(() -> IndicatorLibrary.of(null), "indicator-library");
        t.setDaemon(true);
        t.start();
    }

    public Node node() {
        return root;
    }

    public TreeTableView<Row> table() {
        return table;
    }

    private Node toolbar() {
        framework.setId("frameworkChoice");
        framework.getItems().setAll(model.frameworks());
        framework.setConverter(new StringConverter<>() {
            @Override
            public String toString(Framework f) {
                return f == null ? "" : f.name;
            }

            @Override
            public Framework fromString(String s) {
                return null;
            }
        });
        framework.setOnAction(e -> {
            Framework chosen = framework.getValue();
            Framework now = model.framework();
            if (chosen != null && (now == null || !chosen.id.equals(now.id))) {
                model.switchFramework(chosen);
            }
        });
        Label fwLabel = new Label(Messages.text("indicatorEditor.label.framework"));
        fwLabel.setLabelFor(framework);
        Button add = button(Messages.text("indicatorEditor.text.add"), Messages.text("indicatorEditor.text.addTip"), this::insert);
        add.setId("addIndicator");
        Button delete = button(Messages.text("indicatorEditor.text.delete"), Messages.text("indicatorEditor.text.deleteTip"), this::deleteSelected);
        Button up = button(Messages.text("indicatorEditor.text.moveUp"), Messages.text("indicatorEditor.text.moveUpTip"), () -> shiftSelected(-1));
        Button down = button(Messages.text("indicatorEditor.text.moveDown"), Messages.text("indicatorEditor.text.moveDownTip"), () -> shiftSelected(1));
        Button na = button(Messages.text("indicatorEditor.text.notApplicable"), Messages.text("indicatorEditor.text.notApplicableTip"), this::toggleNotApplicable);
        Button copy = button(Messages.text("indicatorEditor.text.copy"), Messages.text("indicatorEditor.text.copyTip"), this::copyFromOther);
        copy.setId("copyIndicators");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(6, fwLabel, framework, gap, add, delete, up, down, na, copy);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    private void addColumns(Project project) {
        double[] widths = {260, 150, 80, 80, 55, 180, 220};
        for (Column c : Column.values()) {
            TreeTableColumn<Row, String> col = new TreeTableColumn<>(c == Column.NAME ? Messages.text("indicatorEditor.treeTableColumn.name") : c.title());
            col.setId(c.name());
            col.setPrefWidth(widths[c.ordinal()]);
            col.setSortable(false);
            col.setCellValueFactory(f -> cellText(f.getValue().getValue(), c));
            col.setCellFactory(t -> new IndicatorCell(this, c));
            col.setEditable(true);
            columns.put(c, col);
            table.getColumns().add(col);
        }
        boolean wide = project.indicators.stream().anyMatch(i -> !i.targetContent.isBlank() || !i.scoringRule.isBlank());
        columns.get(Column.CONTENT).setVisible(wide);
        columns.get(Column.RULE).setVisible(wide);
        table.setTreeColumn(columns.get(Column.NAME));
    }

    private String text(Row r, Column c) {
        if (r == null) {
            return "";
        }
        if (r.indicator() != null) {
            return c.of(r.indicator());
        }
        if (c == Column.NAME) {
            return r.kind() == Row.Kind.CATEGORY ? r.category() : r.subcategory();
        }
        if (c == Column.TARGET && r.kind() == Row.Kind.SUBCATEGORY && model.isNotApplicable(r.category(), r.subcategory())) {
            return Messages.text("indicatorEditor.text.notApplicable");
        }
        return "";
    }

    // ---- building and refreshing

    /**
     * After an edit, undo or redo: a changed shape builds the tree again; otherwise only the texts
     * that changed are set, so the table lays out those cells instead of recreating every row
     * (the tree shows all its rows at once, and recreating them cost a visible frame per edit).
     */
    private void refresh() {
        if (!model.shape().equals(shape)) {
            rebuild();
            return;
        }
        texts.forEach((row, byColumn) -> byColumn.forEach((column, text) -> {
            String now = text(row, column);
            if (!now.equals(text.get())) {
                text.set(now);
            }
        }));
    }

    private javafx.beans.value.ObservableValue<String> cellText(Row r, Column c) {
        if (r == null) {
            return new ReadOnlyStringWrapper("");
        }
        return texts.computeIfAbsent(r, k -> new EnumMap<>(Column.class))
                .computeIfAbsent(c, k -> new ReadOnlyStringWrapper(text(r, c))).getReadOnlyProperty();
    }

    private void rebuild() {
        Row selected = selectedRow();
        shape = model.shape();
        texts.clear();
        Framework f = model.framework();
        framework.setValue(f == null ? null : framework.getItems().stream().filter(x -> x.id.equals(f.id)).findFirst().orElse(f));
        TreeItem<Row> rootItem = new TreeItem<>(new Row(Row.Kind.CATEGORY, "", "", null));
        IndicatorOutline outline = model.outline();
        int rows = 0;
        for (String cat : outline.categories()) {
            TreeItem<Row> c = new TreeItem<>(new Row(Row.Kind.CATEGORY, cat, "", null));
            c.setExpanded(true);
            rows++;
            for (IndicatorOutline.Group g : outline.groups(cat)) {
                TreeItem<Row> s = new TreeItem<>(new Row(Row.Kind.SUBCATEGORY, cat, g.subcategory(), null));
                s.setExpanded(true);
                rows++;
                for (Indicator i : g.indicators()) {
                    s.getChildren().add(new TreeItem<>(new Row(Row.Kind.INDICATOR, cat, g.subcategory(), i)));
                    rows++;
                }
                c.getChildren().add(s);
            }
            rootItem.getChildren().add(c);
        }
        table.setRoot(rootItem);
        table.setPrefHeight(Math.max(8, rows + 1) * ROW_HEIGHT + 34);
        table.setMinHeight(table.getPrefHeight());
        if (selected != null) {
            select(selected);
        }
    }

    private Row selectedRow() {
        TreeItem<Row> s = table.getSelectionModel().getSelectedItem();
        return s == null ? null : s.getValue();
    }

    /** Selects the same indicator (by id) or the same heading again. */
    private int select(Row r) {
        for (int i = 0; i < table.getExpandedItemCount(); i++) {
            Row x = table.getTreeItem(i).getValue();
            boolean same = r.indicator() != null ? x.indicator() != null && x.indicator().id.equals(r.indicator().id)
                    : x.indicator() == null && x.kind() == r.kind() && x.category().equals(r.category()) && x.subcategory().equals(r.subcategory());
            if (same) {
                table.getSelectionModel().clearAndSelect(i);
                return i;
            }
        }
        return -1;
    }

    private int rowOf(String indicatorId) {
        for (int i = 0; i < table.getExpandedItemCount(); i++) {
            Indicator x = table.getTreeItem(i).getValue().indicator();
            if (x != null && x.id.equals(indicatorId)) {
                return i;
            }
        }
        return -1;
    }

    private void reveal(String indicatorId) {
        if (indicatorId != null) {
            focus(indicatorId, Column.NAME.field);
        }
    }

    /**
     * Puts the keyboard on an indicator's cell (a finding's field, a 查找 hit): the row selected
     * and scrolled into the page's view, the cell focused so that typing replaces it.
     */
    public boolean focus(String indicatorId, String field) {
        int i = rowOf(indicatorId);
        if (i < 0) {
            return false;
        }
        TreeTableColumn<Row, String> c = columns.get(Column.ofField(field));
        sheet.select(i, c.isVisible() ? c : columns.get(Column.NAME));
        Reveal.row(table, i);
        return true;
    }

    // ---- actions

    private void keys(javafx.scene.input.KeyEvent e) {
        if (table.getEditingCell() != null) {
            return;
        }
        if (e.getCode() == KeyCode.INSERT) {
            insert();
        } else if (e.getCode() == KeyCode.DELETE) {
            deleteSelected();
        } else if (e.isAltDown() && e.getCode() == KeyCode.UP) {
            shiftSelected(-1);
        } else if (e.isAltDown() && e.getCode() == KeyCode.DOWN) {
            shiftSelected(1);
        } else {
            return;
        }
        e.consume();
    }

    private ContextMenu contextMenu() {
        ContextMenu m = new ContextMenu();
        MenuItem add = new MenuItem(Messages.text("indicatorEditor.menuItem.add"));
        add.setAccelerator(KeyCombination.keyCombination("Insert"));
        add.setOnAction(e -> insert());
        MenuItem delete = new MenuItem(Messages.text("indicatorEditor.menuItem.delete"));
        delete.setAccelerator(KeyCombination.keyCombination("Delete"));
        delete.setOnAction(e -> deleteSelected());
        MenuItem up = new MenuItem(Messages.text("indicatorEditor.menuItem.moveUp"));
        up.setOnAction(e -> shiftSelected(-1));
        MenuItem down = new MenuItem(Messages.text("indicatorEditor.menuItem.moveDown"));
        down.setOnAction(e -> shiftSelected(1));
        MenuItem na = new MenuItem();
        na.setOnAction(e -> toggleNotApplicable());
        m.getItems().addAll(add, delete, up, down, new SeparatorMenuItem(), na);
        m.setOnShowing(e -> {
            Row r = selectedRow();
            boolean ind = r != null && r.indicator() != null;
            delete.setDisable(!ind);
            up.setDisable(!ind);
            down.setDisable(!ind);
            na.setDisable(r == null || r.kind() == Row.Kind.CATEGORY);
            na.setText(r != null && r.kind() != Row.Kind.CATEGORY && model.isNotApplicable(r.category(), r.subcategory())
                    ? Messages.text("indicatorEditor.text.unmarkNotApplicable") : Messages.text("indicatorEditor.text.markNotApplicable"));
        });
        return m;
    }

    /** Inserts a 三级 after the selected one, or at the end of the selected 二级, and starts typing its name. */
    void insert() {
        Row r = selectedRow();
        IndicatorOutline outline = model.outline();
        String cat;
        String sub;
        int index;
        if (r == null || r.kind() == Row.Kind.CATEGORY) {
            cat = r != null ? r.category() : outline.categories().isEmpty() ? Messages.text("indicatorEditor.text.outputCategory") : outline.categories().get(0);
            List<IndicatorOutline.Group> groups = outline.groups(cat);
            sub = groups.isEmpty() ? "" : groups.get(0).subcategory();
            index = groups.isEmpty() ? 0 : groups.get(0).indicators().size();
        } else {
            cat = r.category();
            sub = r.subcategory();
            List<Indicator> g = group(outline, cat, sub);
            index = r.indicator() == null ? g.size() : indexById(g, r.indicator()) + 1;
        }
        Indicator added = model.insert(cat, sub, index);
        Platform.runLater(() -> edit(added, Column.NAME));
    }

    private static List<Indicator> group(IndicatorOutline outline, String cat, String sub) {
        return outline.groups(cat).stream().filter(g -> g.subcategory().equals(sub)).findFirst()
                .map(IndicatorOutline.Group::indicators).orElse(List.of());
    }

    private static int indexById(List<Indicator> g, Indicator i) {
        for (int k = 0; k < g.size(); k++) {
            if (g.get(k).id.equals(i.id)) {
                return k;
            }
        }
        return g.size() - 1;
    }

    private void deleteSelected() {
        Row r = selectedRow();
        if (r != null && r.indicator() != null) {
            int at = table.getSelectionModel().getSelectedIndex();
            model.delete(r.indicator());
            table.getSelectionModel().clearAndSelect(Math.min(at, table.getExpandedItemCount() - 1));
        }
    }

    private void shiftSelected(int delta) {
        Row r = selectedRow();
        if (r != null && r.indicator() != null) {
            model.shift(r.indicator(), delta);
            select(r);
        }
    }

    private void copyFromOther() {
        CopyIndicatorsDialog dialog = new CopyIndicatorsDialog(model);
        if (root.getScene() != null) {
            dialog.initOwner(root.getScene().getWindow());
        }
        dialog.showAndWait().ifPresent(chosen -> {
            int added = model.copy(chosen);
            model.main().statusProperty().set(added == 0 ? Messages.text("indicatorEditor.text.nothingChosen") : Messages.text("indicatorEditor.text.copied", added));
        });
    }

    private void toggleNotApplicable() {
        Row r = selectedRow();
        if (r != null && r.kind() != Row.Kind.CATEGORY) {
            model.toggleNotApplicable(r.category(), r.subcategory());
        }
    }

    /** Starts editing a cell of an indicator's row. */
    void edit(Indicator indicator, Column column) {
        sheet.start(rowOf(indicator.id), columns.get(column));
    }

    /** The 指标库 as of now: the unit's indicators change as the clerk types. */
    IndicatorLibrary library() {
        return IndicatorLibrary.of(model.main().unit());
    }

    /** A 指标库 entry fills the row as one edit; the row stays selected for the next key. */
    void filled(Indicator indicator, IndicatorLibrary.Entry entry) {
        model.fill(indicator, entry);
        Platform.runLater(() -> {
            int i = rowOf(indicator.id);
            if (i >= 0) {
                table.getSelectionModel().clearAndSelect(i);
                table.requestFocus();
            }
        });
    }

    /** A cell's text was committed (null: left unchanged): saves it, then the keyboard goes on as the table's {@link Sheet} does. */
    void committed(Indicator indicator, Column column, String value, Sheet.Move move) {
        if (value != null) {
            model.set(indicator, column, value);
        }
        sheet.after(rowOf(indicator.id), columns.get(column), move);
    }

    // ---- rows: style and drag and drop

    private TreeTableRow<Row> row() {
        TreeTableRow<Row> r = new TreeTableRow<>() {
            @Override
            protected void updateItem(Row item, boolean empty) {
                super.updateItem(item, empty);
                restyle(this);
            }
        };
        r.setOnDragDetected(e -> {
            if (r.getItem() != null && r.getItem().indicator() != null && table.getEditingCell() == null) {
                dragged = r.getItem().indicator();
                r.startFullDrag();
                e.consume();
            }
        });
        r.setOnMouseDragEntered(e -> {
            if (dragged != null && r.getItem() != null && r.getItem().kind() != Row.Kind.CATEGORY) {
                r.setStyle(r.getItem().indicator() == null ? "-fx-background-color: #cfe0fb;"
                        : "-fx-border-color: #2a6fdb; -fx-border-width: 2 0 0 0;");
            }
        });
        r.setOnMouseDragExited(e -> restyle(r));
        r.setOnMouseDragReleased(e -> {
            Indicator moving = dragged;
            dragged = null;
            restyle(r);
            Row target = r.getItem();
            if (moving == null || target == null || target.kind() == Row.Kind.CATEGORY) {
                return;
            }
            List<Indicator> g = group(model.outline(), target.category(), target.subcategory());
            int index = target.indicator() == null ? g.size()
                    : indexById(g, target.indicator()) + (e.getY() > r.getHeight() / 2 ? 1 : 0);
            model.move(moving, target.category(), target.subcategory(), index);
            select(new Row(Row.Kind.INDICATOR, target.category(), target.subcategory(), moving));
        });
        r.setOnMouseReleased(e -> dragged = null);
        return r;
    }

    private void restyle(TreeTableRow<Row> r) {
        Row item = r.getItem();
        if (item == null || r.isEmpty()) {
            r.setStyle("");
        } else if (item.kind() == Row.Kind.CATEGORY) {
            r.setStyle("-fx-font-weight: bold; -fx-background-color: #e8eef7;");
        } else if (item.kind() == Row.Kind.SUBCATEGORY) {
            r.setStyle(model.isNotApplicable(item.category(), item.subcategory())
                    ? "-fx-font-weight: bold; -fx-text-background-color: #888; -fx-background-color: #f4f4f4;"
                    : "-fx-font-weight: bold; -fx-background-color: #f6f8fb;");
        } else {
            r.setStyle("");
        }
    }
}
