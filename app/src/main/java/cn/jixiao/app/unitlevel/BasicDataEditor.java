package cn.jixiao.app.unitlevel;

import cn.jixiao.app.text.Messages;
import cn.jixiao.app.focus.FieldPath;
import cn.jixiao.app.focus.Reveal;
import cn.jixiao.review.FieldRef;
import cn.jixiao.domain.Amount;
import cn.jixiao.domain.BasicDataColumn;
import cn.jixiao.domain.BasicDataRow;
import cn.jixiao.domain.BasicDataRowKind;
import cn.jixiao.domain.BasicDataTable;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.MoneyText;
import cn.jixiao.domain.Percent;
import cn.jixiao.editing.Edits;
import cn.jixiao.editing.ListEdit;
import cn.jixiao.unitlevel.BasicDataGenerator;
import cn.jixiao.unitlevel.BasicDataSums;
import cn.jixiao.unitlevel.Check;
import cn.jixiao.unitlevel.Figures;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.ChoiceBoxTableCell;
import cn.jixiao.app.table.Sheet;
import cn.jixiao.app.table.SheetCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * 基础数据表 as a grid: one row per line, three money columns. Subtotals are added up and shown;
 * a stated subtotal that differs is flagged. Figures come from the projects ("从项目生成") or are
 * typed by the clerk, and the cell says which.
 */
public final class BasicDataEditor {
    private static final String COMPUTED_STYLE = "-fx-font-style: italic; -fx-text-fill: #1f5fa8;";
    private static final String TYPED_STYLE = "-fx-background-color: #fff8dc;";
    private static final String WRONG_STYLE = "-fx-background-color: #fde2e2; -fx-text-fill: #b00020;";
    private final EditorSupport support;
    private final FiscalYear year;
    private final BasicDataTable table;
    private final BasicDataSums sums;
    private final TableView<BasicDataRow> grid = new TableView<>();
    private final VBox checks = new VBox(2);
    private final Label controlRate = new Label();
    private Sheet sheet;

    public BasicDataEditor(UnitLevelContext ctx) {
        this.support = new EditorSupport(ctx);
        this.year = ctx.year();
        this.table = year.basicData;
        this.sums = new BasicDataSums(ctx.unit(), year);
        VBox root = new VBox(6);
        root.setId("basicDataEditor");
        root.setPadding(new Insets(12));
        root.getChildren().addAll(EditorSupport.heading(Messages.text("basicDataEditor.text.title", year.year)), support.messageArea(new VBox()));
        root.getChildren().addAll(EditorSupport.section(Messages.text("basicDataEditor.text.staffSection")), staff());
        root.getChildren().addAll(EditorSupport.section(Messages.text("basicDataEditor.text.fundsSection")), buttons(), grid(), legend(), checks);
        root.getChildren().addAll(EditorSupport.section(Messages.text("basicDataEditor.text.savingMeasures")),
                FieldPath.tag(support.textField(new TextArea(), "savingMeasures", () -> table.savingMeasures,
                        v -> support.perform(Edits.yearField(Messages.text("basicDataEditor.text.savingMeasures"), year, y -> y.basicData.savingMeasures, (y, x) -> y.basicData.savingMeasures = x, v))), "savingMeasures"));
        root.getChildren().addAll(EditorSupport.section(Messages.text("basicDataEditor.text.notePrompt")),
                FieldPath.tag(support.textField(new TextArea(), "basicDataNote", () -> table.note,
                        v -> support.perform(Edits.yearField(Messages.text("basicDataEditor.text.note"), year, y -> y.basicData.note, (y, x) -> y.basicData.note = x, v.strip()))), "note"));
        root.getChildren().addAll(EditorSupport.section(Messages.text("basicData.section.signature")), signature());
        this.root = root;
        support.onRefresh(this::reload);
        reload();
    }

    private final VBox root;

    public Node view() {
        return root;
    }

    /**
     * 定位到字段: a finding's cell ("rows[12].thisYearBudget"), row ("rows[12]": its 项目 cell) or
     * field of the table (控制率, 编制数, 厉行节约保障措施), scrolled to, focused and selected.
     */
    public boolean focus(FieldRef ref) {
        if (ref.kind() != FieldRef.Kind.BASIC_DATA_ROW) {
            return false;
        }
        var cell = Reveal.Cell.of(ref.field());
        if (cell.isEmpty()) {
            return FieldPath.reveal(root, ref.field());
        }
        int row = cell.get().row();
        if (row >= grid.getItems().size()) {
            return false;
        }
        String path = "rows[]." + (cell.get().column().isEmpty() ? "label" : cell.get().column());
        TableColumn<BasicDataRow, ?> column = grid.getColumns().stream().filter(c -> FieldPath.of(c).orElse("").equals(path))
                .findFirst().orElse(grid.getColumns().get(0));
        Reveal.inView(grid);
        sheet.select(row, column);
        Reveal.row(grid, row);
        return true;
    }

    /** The signature line printed under the table: 填表人, 填报日期, 联系电话, 单位负责人. */
    private HBox signature() {
        HBox box = new HBox(8);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        addSignatureField(box, "preparer", Messages.text("signature.preparer"), s -> s.preparer, (s, v) -> s.preparer = v);
        addSignatureField(box, "date", Messages.text("signature.date"), s -> s.date, (s, v) -> s.date = v);
        addSignatureField(box, "phone", Messages.text("signature.phone"), s -> s.phone, (s, v) -> s.phone = v);
        addSignatureField(box, "head", Messages.text("signature.head"), s -> s.head, (s, v) -> s.head = v);
        return box;
    }

    private void addSignatureField(HBox box, String part, String label, java.util.function.Function<cn.jixiao.domain.Signature, String> get,
                                   java.util.function.BiConsumer<cn.jixiao.domain.Signature, String> set) {
        TextField t = support.textField(new TextField(), "basicDataSignature-" + part, () -> get.apply(table.signature),
                v -> support.perform(Edits.yearField(label, year, y -> get.apply(y.basicData.signature),
                        (y, x) -> set.accept(y.basicData.signature, x), v.strip())));
        t.setPrefColumnCount(8);
        box.getChildren().addAll(new Label(label), FieldPath.tag(t, "signature." + part));
    }

    private HBox staff() {
        TextField authorized = support.textField(new TextField(), "basicAuthorizedStaff", () -> table.authorizedStaff,
                v -> support.perform(Edits.yearField(Messages.text("basicDataEditor.text.authorizedStaffField"), year, y -> y.basicData.authorizedStaff, (y, x) -> y.basicData.authorizedStaff = x, v.strip())));
        TextField actual = support.textField(new TextField(), "basicActualStaff", () -> table.actualStaff,
                v -> support.perform(Edits.yearField(Messages.text("basicDataEditor.text.actualStaffField"), year, y -> y.basicData.actualStaff, (y, x) -> y.basicData.actualStaff = x, v.strip())));
        TextField statedRate = support.textField(new TextField(), "statedControlRate", () -> table.statedControlRate,
                v -> support.perform(Edits.yearField(Messages.text("basicDataEditor.text.controlRateField"), year, y -> y.basicData.statedControlRate, (y, x) -> y.basicData.statedControlRate = x, v.strip())));
        FieldPath.tag(authorized, "authorizedStaff");
        FieldPath.tag(actual, "actualStaff");
        FieldPath.tag(statedRate, "statedControlRate");
        authorized.setPrefColumnCount(5);
        actual.setPrefColumnCount(5);
        statedRate.setPrefColumnCount(6);
        controlRate.setId("controlRate");
        HBox box = new HBox(8, new Label(Messages.text("basicDataEditor.label.authorizedStaff")), authorized, new Label(Messages.text("basicDataEditor.label.actualStaff")), actual, new Label(Messages.text("basicDataEditor.label.controlRate")), controlRate,
                new Label(Messages.text("basicDataEditor.label.statedControlRate")), statedRate);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    private HBox buttons() {
        Button generate = new Button(Messages.text("basicDataEditor.button.generateFromProjects"));
        generate.setId("generateFromProjects");
        generate.setTooltip(new Tooltip(Messages.text("basicDataEditor.tooltip.generateFromProjects")));
        generate.setOnAction(e -> {
            BasicDataGenerator.Result r = BasicDataGenerator.generate(support.ctx.unit(), year);
            if (support.perform(rowsEdit(Messages.text("basicDataEditor.text.generateEdit"), r.rows()))) {
                support.message.setStyle("-fx-text-fill: #225522;");
                support.message.setText(String.join(" ", r.messages()));
            }
        });
        Button add = new Button(Messages.text("basicDataEditor.button.insertRow"));
        add.setId("addRow");
        add.setOnAction(e -> {
            int at = grid.getSelectionModel().getSelectedIndex();
            List<BasicDataRow> after = new ArrayList<>(table.rows);
            BasicDataRow selected = at < 0 ? null : table.rows.get(at);
            BasicDataRowKind kind = selected != null && (selected.is(BasicDataRowKind.PROJECT) || selected.is(BasicDataRowKind.CATEGORY))
                    ? BasicDataRowKind.PROJECT : selected != null && selected.is(BasicDataRowKind.PUBLIC_PART)
                    ? BasicDataRowKind.PUBLIC_PART : BasicDataRowKind.OTHER;
            BasicDataRow row = new BasicDataRow(kind, "……");
            int pos = at < 0 ? after.size() : at + 1;
            after.add(pos, row);
            if (support.perform(rowsEdit(Messages.text("basicDataEditor.text.insertRowEdit"), after))) {
                sheet.start(pos, grid.getColumns().get(0));
            }
        });
        Button delete = new Button(Messages.text("basicDataEditor.button.deleteRow"));
        delete.setId("deleteRow");
        delete.disableProperty().bind(grid.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> {
            List<BasicDataRow> after = new ArrayList<>(table.rows);
            after.remove(grid.getSelectionModel().getSelectedItem());
            support.perform(rowsEdit(Messages.text("basicDataEditor.text.deleteRowEdit"), after));
        });
        return new HBox(6, generate, add, delete);
    }

    private ListEdit<BasicDataRow> rowsEdit(String description, List<BasicDataRow> after) {
        return Edits.yearRows(description, year, table.rows, after);
    }

    private TableView<BasicDataRow> grid() {
        grid.setId("basicDataGrid");
        grid.setEditable(true);
        grid.setPrefHeight(640);
        grid.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<BasicDataRow, String> label = new TableColumn<>(Messages.text("basicDataEditor.tableColumn.label"));
        label.setPrefWidth(300);
        label.setCellValueFactory(f -> new ReadOnlyStringWrapper(f.getValue().label));
        label.setId("label");
        FieldPath.tag(label, "rows[].label");
        SheetCell.install(label, null);
        label.setOnEditCommit(e -> {
            BasicDataRow r = e.getRowValue();
            support.perform(Edits.yearChange(Messages.text("basicDataEditor.text.renameRowEdit"), year, r.label, e.getNewValue(), v -> r.label = v));
        });
        TableColumn<BasicDataRow, String> kind = new TableColumn<>(Messages.text("basicDataEditor.tableColumn.kind"));
        kind.setPrefWidth(100);
        FieldPath.tag(kind, "rows[].kind");
        kind.setCellValueFactory(f -> new ReadOnlyStringWrapper(f.getValue().kind));
        kind.setCellFactory(ChoiceBoxTableCell.forTableColumn(new StringConverter<>() {
            @Override
            public String toString(String k) {
                return k == null ? "" : BasicDataRowKind.of(k).title;
            }

            @Override
            public String fromString(String s) {
                return Arrays.stream(BasicDataRowKind.values()).filter(k -> k.title.equals(s)).findFirst()
                        .orElse(BasicDataRowKind.OTHER).code;
            }
        }, FXCollections.observableArrayList(Arrays.stream(BasicDataRowKind.values()).map(k -> k.code).toList())));
        kind.setOnEditCommit(e -> {
            BasicDataRow r = e.getRowValue();
            support.perform(Edits.yearChange(Messages.text("basicDataEditor.text.changeKindEdit"), year, r.kind, e.getNewValue(), v -> r.kind = v));
        });
        grid.getColumns().add(label);
        grid.getColumns().add(kind);
        for (BasicDataColumn c : BasicDataColumn.values()) {
            grid.getColumns().add(money(c));
        }
        sheet = Sheet.of(grid);
        return grid;
    }

    private TableColumn<BasicDataRow, String> money(BasicDataColumn column) {
        TableColumn<BasicDataRow, String> col = new TableColumn<>(column.title);
        col.setId(column.name());
        FieldPath.tag(col, "rows[]." + column.field);
        col.setPrefWidth(110);
        col.setCellValueFactory(f -> new ReadOnlyStringWrapper(column.get(f.getValue()).text()));
        col.setCellFactory(c -> new MoneyCell(column));
        SheetCell.installed(col, null);
        col.setOnEditCommit(e -> {
            BasicDataRow r = e.getRowValue();
            MoneyText.Result parsed = MoneyText.parseInput(r.label.strip() + " " + column.title, e.getNewValue());
            if (!parsed.ok()) {
                support.message.setStyle("-fx-text-fill: #b00020;");
                support.message.setText(parsed.error());
                grid.refresh();
                return;
            }
            Amount old = column.get(r);
            support.perform(Edits.yearChange(Messages.text("basicDataEditor.text.changeCellEdit", r.label.strip(), column.title), year, old, parsed.amount(),
                    v -> column.set(r, v)));
        });
        return col;
    }

    /** Shows the stated figure, else the computed one; says where it came from and flags a wrong subtotal. */
    private final class MoneyCell extends SheetCell<BasicDataRow> {
        private final BasicDataColumn column;

        MoneyCell(BasicDataColumn column) {
            this.column = column;
            setStyle("-fx-alignment: CENTER-RIGHT;");
        }

        @Override
        public void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            BasicDataRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
            if (row == null || isEditing()) {
                setTooltip(null);
                return;
            }
            String base = "-fx-alignment: CENTER-RIGHT;";
            Optional<BigDecimal> computed = sums.computed(row, column);
            BasicDataSums.Source source = sums.source(row, column);
            Optional<Check> wrong = sums.check(row, column);
            if (wrong.isPresent()) {
                setText(item + " ≠ " + Figures.format(computed.orElseThrow()));
                setStyle(base + WRONG_STYLE);
                setTooltip(new Tooltip(Messages.text("basicDataEditor.tooltip.statedDiffersFromSum", item, Figures.format(computed.get()))));
            } else if (source == BasicDataSums.Source.COMPUTED) {
                setText(item.isEmpty() ? "= " + Figures.format(computed.orElseThrow()) : item);
                setStyle(base + COMPUTED_STYLE);
                setTooltip(new Tooltip(Messages.text("basicDataEditor.tooltip.computedFrom", String.join(" + ", row.kind().parts().stream().map(k -> k.title).toList()))));
            } else if (source == BasicDataSums.Source.TYPED) {
                setStyle(base + TYPED_STYLE);
                setTooltip(new Tooltip(Messages.text("basicDataEditor.tooltip.typed")));
            } else if (source == BasicDataSums.Source.PROJECT) {
                setStyle(base);
                setTooltip(new Tooltip(Messages.text("basicDataEditor.tooltip.fromProject")));
            } else {
                setStyle(base);
                setTooltip(null);
            }
        }
    }

    private HBox legend() {
        Label computed = new Label(Messages.text("basicDataEditor.label.legendComputed"));
        computed.setStyle(COMPUTED_STYLE);
        Label typed = new Label(Messages.text("basicDataEditor.label.legendTyped"));
        typed.setStyle(TYPED_STYLE);
        Label wrong = new Label(Messages.text("basicDataEditor.label.legendMismatch"));
        wrong.setStyle(WRONG_STYLE);
        Label plain = new Label(Messages.text("basicDataEditor.label.legendFromProjects"));
        plain.setStyle("-fx-text-fill: #666;");
        return new HBox(10, computed, typed, wrong, plain);
    }

    private void reload() {
        sheet.reloading(() -> grid.setItems(FXCollections.observableArrayList(table.rows)));
        grid.refresh();
        controlRate.setText(table.controlRate(support.ctx.unit()).map(Percent::of).orElse("—")
                + (table.statedControlRate.isBlank() ? "" : Messages.text("basicDataEditor.text.statedAside", table.statedControlRate)));
        checks.getChildren().clear();
        for (Check c : sums.checks()) {
            Label l = new Label("⚠ " + c.message());
            l.setStyle("-fx-text-fill: #b00020;");
            checks.getChildren().add(l);
        }
    }
}
