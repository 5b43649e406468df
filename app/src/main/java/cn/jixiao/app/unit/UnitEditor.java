package cn.jixiao.app.unit;

import cn.jixiao.app.text.Messages;
import cn.jixiao.app.export.StyleNames;
import cn.jixiao.app.main.FieldFocus;
import cn.jixiao.app.main.MainViewModel;
import cn.jixiao.app.main.UnitNode;
import cn.jixiao.documents.FormLayouts;
import cn.jixiao.domain.Unit;
import cn.jixiao.editing.Edits;
import cn.jixiao.editing.FieldEdit;
import cn.jixiao.review.FieldRef;
import cn.jixiao.unitinfo.UnitField;
import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 单位信息: the unit node's editor. Every field of {@link UnitField} and the unit's form style;
 * a field is checked and saved when the cursor leaves it or on Enter (one undoable edit each),
 * a wrong value stays in the box with the reason beside it and is not saved. Review findings
 * about the unit (请在单位信息中填写…) put the cursor on their field.
 */
public final class UnitEditor {
    private final MainViewModel vm;
    private final Unit unit;
    private final Map<UnitField, TextInputControl> inputs = new EnumMap<>(UnitField.class);
    private final Map<UnitField, Label> errors = new EnumMap<>(UnitField.class);
    private final ComboBox<String> style = new ComboBox<>();
    private final VBox root = new VBox(10);

    private UnitEditor(MainViewModel vm) {
        this.vm = vm;
        this.unit = vm.unit();
        build();
    }

    /** The editor for the unit node (registered in the window's editors). */
    public static Node create(MainViewModel vm, UnitNode node) {
        return new UnitEditor(vm).root;
    }

    private void build() {
        root.setPadding(new Insets(12));
        root.setId("unitEditor");
        Label heading = new Label(Messages.text("unitEditor.heading"));
        heading.setStyle("-fx-font-size: 17px; -fx-font-weight: bold;");
        Label hint = new Label(Messages.text("unitEditor.hint"));
        hint.setStyle("-fx-text-fill: #555;");
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(4);
        g.getColumnConstraints().addAll(new ColumnConstraints(100), grow());
        int row = 0;
        for (UnitField f : UnitField.values()) {
            TextInputControl input = f.rule() == UnitField.Rule.LONG_TEXT ? area() : new TextField();
            input.setId("unit-" + f.key());
            input.setText(f.get(unit));
            inputs.put(f, cn.jixiao.app.focus.FieldPath.tag(input, f.key()));
            input.focusedProperty().addListener((o, was, is) -> {
                if (!is) {
                    commit(f);
                }
            });
            input.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER && input instanceof TextField) {
                    commit(f);
                } else if (e.getCode() == KeyCode.ESCAPE) {
                    input.setText(f.get(unit));
                    showError(f, Optional.empty());
                }
            });
            Label l = new Label(f.label());
            l.setLabelFor(input);
            Label error = new Label();
            error.setId("unitError-" + f.key());
            error.setStyle("-fx-text-fill: #b00020;");
            error.setWrapText(true);
            error.setVisible(false);
            error.setManaged(false);
            errors.put(f, error);
            g.add(l, 0, row);
            g.add(input, 1, row++);
            g.add(error, 1, row++);
        }
        style.setId("unit-formStyle");
        style.getItems().setAll(List.copyOf(new LinkedHashSet<>(FormLayouts.all().stream().map(l -> l.style().id()).toList())));
        style.setConverter(new StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null ? "" : StyleNames.of(s);
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        style.setValue(unit.formStyle.isEmpty() ? null : unit.formStyle);
        style.valueProperty().addListener((o, a, b) -> {
            if (b != null && !b.equals(unit.formStyle)) {
                perform(Edits.unitField(Messages.text("unitEditor.style"), unit, u -> u.formStyle, (u, v) -> u.formStyle = v, b));
            }
        });
        g.add(new Label(Messages.text("unitEditor.style")), 0, row);
        g.add(style, 1, row);
        root.getChildren().addAll(heading, hint, g);
        // an undo or redo shows in the boxes the clerk is not typing in; weakly held, so a closed editor goes
        InvalidationListener refresh = o -> refresh();
        vm.historyChangedProperty().addListener(new javafx.beans.WeakInvalidationListener(refresh));
        root.getProperties().put(InvalidationListener.class, refresh);
        root.getProperties().put(FieldFocus.class, (FieldFocus) this::focus);
    }

    private static ColumnConstraints grow() {
        ColumnConstraints c = new ColumnConstraints(200, 480, 720);
        c.setHgrow(Priority.ALWAYS);
        return c;
    }

    private static TextArea area() {
        TextArea a = cn.jixiao.app.focus.TabLeaves.install(new TextArea());
        a.setWrapText(true);
        a.setPrefRowCount(5);
        return a;
    }

    /** Checks the box and saves it as one undoable edit; a wrong value is explained and not saved. */
    void commit(UnitField f) {
        String text = inputs.get(f).getText() == null ? "" : inputs.get(f).getText().strip();
        Optional<String> problem = f.problem(text);
        showError(f, problem);
        if (problem.isPresent() || text.equals(f.get(unit))) {
            return;
        }
        perform(Edits.unitField(f.label(), unit, f::get, f::set, text));
    }

    private void perform(FieldEdit<String> edit) {
        try {
            vm.perform(edit);
            vm.statusProperty().set(Messages.text("unitEditor.saved", edit.description()));
        } catch (RuntimeException e) {
            vm.statusProperty().set(e.getMessage());
        }
    }

    private void showError(UnitField f, Optional<String> problem) {
        Label l = errors.get(f);
        l.setText(problem.orElse(""));
        l.setVisible(problem.isPresent());
        l.setManaged(problem.isPresent());
    }

    private void refresh() {
        inputs.forEach((f, input) -> {
            if (!input.isFocused() && !errors.get(f).isVisible() && !f.get(unit).equals(input.getText())) {
                input.setText(f.get(unit));
            }
        });
        if (!java.util.Objects.equals(style.getValue(), unit.formStyle) && !unit.formStyle.isEmpty()) {
            style.setValue(unit.formStyle);
        }
    }

    /** A finding about a unit field: the box is scrolled into view and gets the cursor, its text selected. */
    private boolean focus(FieldRef ref) {
        if (ref.kind() != FieldRef.Kind.UNIT_FIELD) {
            return false;
        }
        return UnitField.byKey(ref.field()).map(inputs::get).map(cn.jixiao.app.focus.Reveal::field).orElse(false);
    }
}
