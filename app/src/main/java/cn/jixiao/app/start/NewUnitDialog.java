package cn.jixiao.app.start;

import cn.jixiao.app.text.Messages;
import cn.jixiao.app.export.StyleNames;
import cn.jixiao.app.main.MainView;
import cn.jixiao.app.main.MainViewModel;
import cn.jixiao.documents.FormLayouts;
import cn.jixiao.domain.Framework;
import cn.jixiao.domain.Frameworks;
import cn.jixiao.unitinfo.NewUnit;
import cn.jixiao.unitinfo.UnitField;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

import java.io.File;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 新建本单位: the guided form. The unit's information on the left, on the right the finance
 * bureau's form style with a picture of its 申报表, the indicator framework, the first year and
 * where the file goes. Each field says next to it what is wrong; 创建 does nothing until all is right.
 */
public final class NewUnitDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final Map<UnitField, TextInputControl> fields = new EnumMap<>(UnitField.class);
    private final Map<String, Label> errors = new java.util.HashMap<>();
    private final ComboBox<String> style = new ComboBox<>();
    private final ComboBox<Framework> framework = new ComboBox<>();
    private final TextField year = new TextField(String.valueOf(NewUnit.defaultFirstYear(LocalDate.now())));
    private final TextField file = new TextField();
    private final ImageView preview = new ImageView();
    private final ButtonType createButton = new ButtonType(Messages.text("newUnit.create"), ButtonBar.ButtonData.OK_DONE);
    /** True once the clerk has typed a place of their own; until then it follows the unit's name. */
    private boolean fileChosen;

    NewUnitDialog(javafx.stage.Window owner) {
        dialog.setTitle(Messages.text("newUnit.title"));
        dialog.setHeaderText(Messages.text("newUnit.header"));
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setResizable(true);
        dialog.getDialogPane().setId("newUnitDialog");
        dialog.getDialogPane().getButtonTypes().setAll(createButton, new ButtonType(Messages.text("newUnit.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setContent(new HBox(24, unitColumn(), choicesColumn()));
        dialog.getDialogPane().setPrefSize(1080, 660);
        Button ok = (Button) dialog.getDialogPane().lookupButton(createButton);
        ok.setId("newUnitCreate");
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            if (!showProblems()) {
                e.consume();
            }
        });
        // A dialog gives its default button the focus; the clerk starts by typing the unit's name.
        dialog.setOnShown(e -> javafx.application.Platform.runLater(() -> fields.get(UnitField.values()[0]).requestFocus()));
    }

    /**
     * Shows the form; on 创建 makes the unit and opens it on its first year's 项目, ready for 新建项目.
     *
     * @return true when the unit was made and is open; false when the clerk cancelled or it could not be made (said so)
     */
    public static boolean showAndCreate(MainViewModel vm, MainView view) {
        NewUnitDialog d = new NewUnitDialog(view.stage());
        if (d.dialog.showAndWait().filter(b -> b == d.createButton).isEmpty()) {
            return false;
        }
        NewUnit.Setup setup = d.setup();
        try {
            vm.createUnit(setup);
        } catch (RuntimeException e) {
            view.showError(Messages.text("newUnit.error"), e);
            return false;
        }
        int y = NewUnit.year(setup.firstYear()).orElseThrow();
        vm.unit().year(y).ifPresent(fy -> view.select(fy, null));
        vm.statusProperty().set(Messages.text("newUnit.done", vm.unit().name, setup.file()));
        return true;
    }

    /** The dialog itself (for tests and screenshots). */
    Dialog<ButtonType> dialog() {
        return dialog;
    }

    private Node unitColumn() {
        GridPane g = grid();
        int row = 0;
        for (UnitField f : UnitField.values()) {
            TextInputControl input;
            if (f.rule() == UnitField.Rule.LONG_TEXT) {
                TextArea a = cn.jixiao.app.focus.TabLeaves.install(new TextArea());
                a.setPrefRowCount(3);
                a.setWrapText(true);
                input = a;
            } else {
                input = new TextField();
            }
            input.setId("newUnit-" + f.key());
            input.setPromptText(prompt(f));
            fields.put(f, input);
            input.focusedProperty().addListener((o, was, is) -> {
                if (!is) {
                    showProblem(f.key(), f.problem(input.getText()));
                }
            });
            // a message shown goes as soon as the box is right, so it never contradicts what is typed
            input.textProperty().addListener((o, a, b) -> {
                if (errors.get(f.key()).isVisible()) {
                    showProblem(f.key(), f.problem(b));
                }
            });
            row = addRow(g, row, f.label() + (f.rule() == UnitField.Rule.REQUIRED ? " *" : ""), input, f.key());
        }
        fields.get(UnitField.NAME).textProperty().addListener((o, a, b) -> {
            if (!fileChosen) {
                file.setText(NewUnit.defaultFile(b).toString());
            }
        });
        return g;
    }

    private static String prompt(UnitField f) {
        return switch (f.rule()) {
            case COUNT -> Messages.text("newUnit.prompt.count");
            case PHONE -> Messages.text("newUnit.prompt.phone");
            default -> "";
        };
    }

    private Node choicesColumn() {
        GridPane g = grid();
        List<String> styles = List.copyOf(new LinkedHashSet<>(FormLayouts.all().stream().map(l -> l.style().id()).toList()));
        style.getItems().setAll(styles);
        style.setId("newUnitStyle");
        style.setConverter(converter(StyleNames::of));
        style.valueProperty().addListener((o, a, b) -> {
            preview.setImage(previewOf(b));
            Frameworks.builtIn(NewUnit.frameworkFor(b)).ifPresent(f -> framework.getSelectionModel().select(byId(f.id)));
        });
        framework.getItems().setAll(Frameworks.builtIn());
        framework.setId("newUnitFramework");
        framework.setConverter(converter(f -> f.name));
        framework.setMaxWidth(Double.MAX_VALUE);
        style.setMaxWidth(Double.MAX_VALUE);
        year.setId("newUnitYear");
        year.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                showProblem(NewUnit.YEAR, yearProblem());
            }
        });
        file.setId("newUnitFile");
        file.setText(NewUnit.defaultFile("").toString());
        file.setOnKeyTyped(e -> fileChosen = true);
        Button browse = new Button(Messages.text("newUnit.browse"));
        browse.setOnAction(e -> chooseFile());
        HBox fileRow = new HBox(6, file, browse);
        HBox.setHgrow(file, Priority.ALWAYS);
        preview.setFitWidth(300);
        preview.setFitHeight(300);
        preview.setPreserveRatio(true);
        preview.setId("newUnitPreview");
        int row = 0;
        row = addRow(g, row, Messages.text("newUnit.style"), style, "style");
        g.add(preview, 1, row++);
        row = addRow(g, row, NewUnit.FRAMEWORK, framework, NewUnit.FRAMEWORK);
        row = addRow(g, row, NewUnit.YEAR, year, NewUnit.YEAR);
        addRow(g, row, NewUnit.FILE, fileRow, NewUnit.FILE);
        style.getSelectionModel().select(styles.contains("hengyang-2022") ? "hengyang-2022" : styles.get(0));
        return g;
    }

    private Framework byId(String id) {
        return framework.getItems().stream().filter(f -> f.id.equals(id)).findFirst().orElse(null);
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    /** The picture of the style's first page, shipped with the program (made from its exported form). */
    static Image previewOf(String style) {
        if (style == null) {
            return null;
        }
        InputStream in = NewUnitDialog.class.getResourceAsStream("styles/" + style + ".png");
        return in == null ? null : new Image(in);
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(8);
        // the message line under each row is the space between rows
        g.setVgap(2);
        g.setPadding(new Insets(4));
        ColumnConstraints label = new ColumnConstraints(90);
        ColumnConstraints input = new ColumnConstraints(150, 300, 400);
        input.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().addAll(label, input);
        return g;
    }

    /**
     * A labelled input with its message line under it. The line is always there, empty until a
     * message shows, so a message never pushes the fields below it down; a message longer than
     * the line ends in "…" and shows whole when the mouse rests on it.
     */
    private int addRow(GridPane g, int row, String label, Node input, String key) {
        Label l = new Label(label);
        l.setLabelFor(input);
        g.add(l, 0, row);
        g.add(input, 1, row);
        Label error = new Label();
        error.setId("error-" + key);
        error.setStyle("-fx-text-fill: #b00020; -fx-font-size: 11px; -fx-min-height: 1.4em; -fx-pref-height: 1.4em; -fx-max-height: 1.4em;");
        error.setWrapText(false);
        error.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        error.setMaxWidth(Double.MAX_VALUE);
        error.setVisible(false);
        errors.put(key, error);
        g.add(error, 1, row + 1);
        return row + 2;
    }

    private void showProblem(String key, Optional<String> problem) {
        Label l = errors.get(key);
        if (l == null) {
            return;
        }
        l.setText(problem.orElse(""));
        l.setTooltip(problem.map(javafx.scene.control.Tooltip::new).orElse(null));
        l.setVisible(problem.isPresent());
    }

    private Optional<String> yearProblem() {
        return NewUnit.year(year.getText()).isPresent() ? Optional.empty()
                : Optional.of(Messages.text("newUnit.yearProblem", NewUnit.defaultFirstYear(LocalDate.now())));
    }

    private void chooseFile() {
        FileChooser fc = new FileChooser();
        fc.setTitle(Messages.text("newUnit.chooseFile"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.text("newUnit.fileType"), "*.jixiao"));
        Path current = Path.of(file.getText().isBlank() ? NewUnit.defaultFile("").toString() : file.getText());
        File folder = current.toAbsolutePath().getParent().toFile();
        folder.mkdirs();
        fc.setInitialDirectory(folder);
        fc.setInitialFileName(current.getFileName().toString());
        File f = fc.showSaveDialog(dialog.getOwner());
        if (f != null) {
            fileChosen = true;
            file.setText(f.getName().endsWith(".jixiao") ? f.getPath() : f.getPath() + ".jixiao");
        }
    }

    /** What the form holds now. */
    NewUnit.Setup setup() {
        Map<UnitField, String> info = new EnumMap<>(UnitField.class);
        fields.forEach((f, input) -> info.put(f, input.getText() == null ? "" : input.getText().strip()));
        Framework fw = framework.getValue();
        return new NewUnit.Setup(info, style.getValue(), fw == null ? "" : fw.id, year.getText(),
                file.getText().isBlank() ? null : Path.of(file.getText().strip()));
    }

    /** Shows every problem next to its field; true when there is none. The first wrong field gets the cursor. */
    boolean showProblems() {
        errors.keySet().forEach(k -> showProblem(k, Optional.empty()));
        List<NewUnit.Problem> problems = NewUnit.check(setup());
        for (NewUnit.Problem p : problems) {
            showProblem(p.field() != null ? p.field().key() : p.what(), Optional.of(p.message()));
        }
        if (!problems.isEmpty()) {
            NewUnit.Problem first = problems.get(0);
            Node target = first.field() != null ? fields.get(first.field())
                    : NewUnit.YEAR.equals(first.what()) ? year : NewUnit.FILE.equals(first.what()) ? file : framework;
            target.requestFocus();
        }
        return problems.isEmpty();
    }
}
