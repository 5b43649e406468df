package cn.jixiao.app.export;

import cn.jixiao.app.text.Messages;
import cn.jixiao.app.export.ExportViewModel.FormChoice;
import cn.jixiao.app.export.ExportViewModel.ProjectChoice;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** The 导出表格 window: binds {@link ExportViewModel} to controls and runs its task. */
public final class ExportDialog {
    private final ExportViewModel model;
    private final Stage stage = new Stage();
    private final Consumer<Path> openFolder;
    private final GridPane formGrid = new GridPane();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final Button exportButton = new Button(Messages.text("exportDialog.button.export"));
    private final Button closeButton = new Button(Messages.text("exportDialog.button.close"));
    private final Button packageButton = new Button(Messages.text("exportDialog.package"));
    private Task<List<Path>> running;

    public ExportDialog(ExportViewModel model, Window owner, Consumer<Path> openFolder) {
        this.model = model;
        this.openFolder = openFolder;
        stage.setTitle(Messages.text("exportDialog.title.title"));
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        VBox body = new VBox(10, section(Messages.text("exportDialog.text.year"), yearChoice()), section(Messages.text("exportDialog.text.forms"), formGrid), new Separator(),
                section(Messages.text("exportDialog.text.projects"), projectChoice()), new Separator(), section(Messages.text("exportDialog.text.format"), formats()), section(Messages.text("exportDialog.text.saveTo"), folderChoice()));
        body.setPadding(new Insets(14));
        fillForms();
        model.forms().addListener((javafx.collections.ListChangeListener<FormChoice>) c -> fillForms());
        BorderPane root = new BorderPane(body);
        root.setBottom(footer());
        root.setId("exportDialog");
        Scene scene = new Scene(root, 680, 700);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
            root.setStyle(owner.getScene().getRoot().getStyle());
        }
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            if (running != null && running.isRunning()) {
                cancel();
                e.consume();
            }
        });
    }

    /**
     * Stops after the file being written: the task sees the flag at the next project. Not by
     * interrupting, which would close the file channel halfway through a write.
     */
    private void cancel() {
        running.cancel(false);
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
    }

    private static HBox section(String title, javafx.scene.Node content) {
        Label l = new Label(title + "：");
        l.setMinWidth(64);
        l.setStyle("-fx-font-weight: bold;");
        HBox.setHgrow(content, Priority.ALWAYS);
        HBox box = new HBox(8, l, content);
        box.setAlignment(Pos.TOP_LEFT);
        return box;
    }

    private ComboBox<Integer> yearChoice() {
        ComboBox<Integer> years = new ComboBox<>();
        years.setId("exportYear");
        years.getItems().setAll(model.years());
        years.setValue(model.yearProperty().get());
        years.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer y) {
                return y == null ? "" : Messages.text("exportDialog.text.yearValue", y);
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        years.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.yearProperty().set(b);
            }
        });
        return years;
    }

    /** A row per form: tick, Chinese title, style picker, and whether it is one per project. */
    private void fillForms() {
        formGrid.getChildren().clear();
        ColumnConstraints scopeColumn = new ColumnConstraints();
        scopeColumn.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        formGrid.getColumnConstraints().setAll(new ColumnConstraints(240), new ColumnConstraints(200), scopeColumn);
        formGrid.setHgap(8);
        formGrid.setVgap(4);
        int row = 0;
        for (FormChoice f : model.forms()) {
            CheckBox tick = new CheckBox(f.title());
            tick.setId("form-" + f.form());
            tick.selectedProperty().bindBidirectional(f.selectedProperty());
            ComboBox<String> style = new ComboBox<>();
            style.setId("style-" + f.form());
            style.getItems().setAll(f.styles());
            style.setValue(f.styleProperty().get());
            style.setConverter(new StringConverter<>() {
                @Override
                public String toString(String s) {
                    return StyleNames.of(s);
                }

                @Override
                public String fromString(String s) {
                    return null;
                }
            });
            Label scope = new Label();
            style.valueProperty().addListener((o, a, b) -> {
                f.styleProperty().set(b);
                tick.setText(f.title());
                scope.setText(f.perProject() ? Messages.text("exportDialog.text.perProject") : Messages.text("exportDialog.text.perYear"));
            });
            style.setMaxWidth(Double.MAX_VALUE);
            scope.setText(f.perProject() ? Messages.text("exportDialog.text.perProject") : Messages.text("exportDialog.text.perYear"));
            scope.setStyle("-fx-text-fill: #666;");
            // a form printed in one style only has nothing to choose: its style is just named
            javafx.scene.Node styleCell = f.styles().size() > 1 ? style : new Label(StyleNames.of(f.styleProperty().get()));
            formGrid.addRow(row++, tick, styleCell, scope);
        }
        if (model.forms().isEmpty()) {
            formGrid.add(new Label(Messages.text("exportDialog.label.noForms")), 0, 0, 3, 1);
        }
    }

    private VBox projectChoice() {
        ToggleGroup g = new ToggleGroup();
        RadioButton all = new RadioButton(Messages.text("exportDialog.radioButton.allProjects"));
        all.setId("allProjects");
        RadioButton some = new RadioButton(Messages.text("exportDialog.radioButton.checkedProjects"));
        some.setId("someProjects");
        all.setToggleGroup(g);
        some.setToggleGroup(g);
        all.setSelected(model.allProjectsProperty().get());
        some.setSelected(!model.allProjectsProperty().get());
        all.selectedProperty().addListener((o, a, b) -> model.allProjectsProperty().set(b));
        model.allProjectsProperty().addListener((o, a, b) -> (b ? all : some).setSelected(true));
        ListView<ProjectChoice> list = new ListView<>(model.projects());
        list.setId("exportProjects");
        list.setCellFactory(CheckBoxListCell.forListView(ProjectChoice::selectedProperty, new StringConverter<>() {
            @Override
            public String toString(ProjectChoice p) {
                return p == null ? "" : p.name().isBlank() ? Messages.text("exportDialog.text.unnamedProject") : p.name();
            }

            @Override
            public ProjectChoice fromString(String s) {
                return null;
            }
        }));
        list.setPrefHeight(150);
        CheckBox separate = new CheckBox(Messages.text("exportDialog.checkBox.filePerProject"));
        separate.setId("separateFiles");
        separate.selectedProperty().bindBidirectional(model.separateFilesProperty());
        Label note = new Label();
        note.setId("projectChoiceNote");
        note.setWrapText(true);
        note.setStyle("-fx-text-fill: #666;");
        // the choice means nothing for forms of the whole year: greyed, and the note says why
        var applies = model.projectChoiceAppliesProperty();
        for (javafx.scene.Node n : List.of(all, some, separate)) {
            n.disableProperty().bind(applies.not());
        }
        list.disableProperty().bind(model.allProjectsProperty().or(applies.not()));
        note.textProperty().bind(javafx.beans.binding.Bindings.when(applies)
                .then(Messages.text("exportDialog.label.projectChoiceScope")).otherwise(Messages.text("exportDialog.label.noProjectChoiceNeeded")));
        return new VBox(4, new HBox(16, all, some), list, separate, note);
    }

    private HBox formats() {
        CheckBox docx = new CheckBox("Word（.docx）");
        docx.setId("formatDocx");
        docx.selectedProperty().bindBidirectional(model.docxProperty());
        CheckBox xlsx = new CheckBox("Excel（.xlsx）");
        xlsx.setId("formatXlsx");
        xlsx.selectedProperty().bindBidirectional(model.xlsxProperty());
        CheckBox pdf = new CheckBox("PDF（.pdf）");
        pdf.setId("formatPdf");
        pdf.selectedProperty().bindBidirectional(model.pdfProperty());
        CheckBox comments = new CheckBox(Messages.text("exportDialog.checkBox.withComments"));
        comments.setId("withComments");
        comments.selectedProperty().bindBidirectional(model.withCommentsProperty());
        return new HBox(16, docx, xlsx, pdf, comments);
    }

    private HBox folderChoice() {
        TextField path = new TextField();
        path.setId("exportFolder");
        path.setText(model.folderProperty().get() == null ? "" : model.folderProperty().get().toString());
        model.folderProperty().addListener((o, a, b) -> {
            if (b != null && !b.toString().equals(path.getText())) {
                path.setText(b.toString());
            }
        });
        path.textProperty().addListener((o, a, b) -> model.folderProperty().set(b.isBlank() ? null : Path.of(b.strip())));
        Button browse = new Button(Messages.text("exportDialog.button.browse"));
        browse.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(Messages.text("exportDialog.title.chooseFolder"));
            Path current = model.folderProperty().get();
            if (current != null && current.toFile().isDirectory()) {
                chooser.setInitialDirectory(current.toFile());
            }
            File f = chooser.showDialog(stage);
            if (f != null) {
                model.folderProperty().set(f.toPath());
            }
        });
        HBox.setHgrow(path, Priority.ALWAYS);
        return new HBox(6, path, browse);
    }

    private VBox footer() {
        progress.setId("exportProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setVisible(false);
        status.setId("exportStatus");
        status.setWrapText(true);
        exportButton.setId("exportButton");
        exportButton.setDefaultButton(true);
        exportButton.setOnAction(e -> start());
        packageButton.setId("exportPackageButton");
        packageButton.setTooltip(new javafx.scene.control.Tooltip(Messages.text("exportDialog.package.tip")));
        packageButton.setOnAction(e -> start(true));
        closeButton.setId("exportClose");
        closeButton.setCancelButton(true);
        closeButton.setOnAction(e -> {
            if (running != null && running.isRunning()) {
                cancel();
            } else {
                stage.close();
            }
        });
        ButtonBar buttons = new ButtonBar();
        ButtonBar.setButtonData(exportButton, ButtonBar.ButtonData.OK_DONE);
        ButtonBar.setButtonData(closeButton, ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonBar.setButtonData(packageButton, ButtonBar.ButtonData.LEFT);
        buttons.getButtons().addAll(packageButton, exportButton, closeButton);
        VBox box = new VBox(6, progress, status, buttons);
        box.setPadding(new Insets(0, 14, 14, 14));
        return box;
    }

    /** Checks the choices, warns of review errors, then runs the export in the background. */
    void start() {
        start(false);
    }

    /** As {@link #start()}, for the year's package (报送包) when {@code yearPackage}. */
    void start(boolean yearPackage) {
        var problem = yearPackage ? model.packageProblem() : model.problem();
        if (problem.isPresent()) {
            status.setText(problem.get());
            status.setStyle("-fx-text-fill: #c62828;");
            return;
        }
        int errors = model.errorCount();
        if (errors > 0 && !confirmDespiteErrors(errors)) {
            return;
        }
        Task<List<Path>> task = yearPackage ? model.packageTask() : model.exportTask();
        running = task;
        progress.setVisible(true);
        progress.progressProperty().bind(task.progressProperty());
        status.setStyle("");
        status.textProperty().bind(task.messageProperty());
        exportButton.setDisable(true);
        packageButton.setDisable(true);
        closeButton.setText(Messages.text("exportDialog.text.cancel"));
        task.stateProperty().addListener((o, a, state) -> {
            if (state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED) {
                finished(task, state);
            }
        });
        Thread t = new Thread(task, "export");
        t.setDaemon(true);
        t.start();
    }

    private boolean confirmDespiteErrors(int errors) {
        ButtonType go = new ButtonType(Messages.text("exportDialog.buttonType.exportAnyway"), ButtonBar.ButtonData.OK_DONE);
        ButtonType back = new ButtonType(Messages.text("exportDialog.buttonType.back"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.WARNING, Messages.text("exportDialog.alert.errorsRemain", model.yearProperty().get(), errors), go, back);
        a.setTitle(Messages.text("exportDialog.title.title"));
        a.setHeaderText(Messages.text("exportDialog.header.errorsRemain", errors));
        a.initOwner(stage);
        return a.showAndWait().filter(b -> b == go).isPresent();
    }

    private void finished(Task<List<Path>> task, Worker.State state) {
        running = null;
        status.textProperty().unbind();
        progress.progressProperty().unbind();
        exportButton.setDisable(false);
        packageButton.setDisable(false);
        closeButton.setText(Messages.text("exportDialog.text.close"));
        if (state == Worker.State.CANCELLED) {
            progress.setProgress(0);
            status.setText(Messages.text("exportDialog.text.cancelled"));
            return;
        }
        if (state == Worker.State.FAILED) {
            status.setText(task.getException().getMessage());
            status.setStyle("-fx-text-fill: #c62828;");
            return;
        }
        List<Path> files = task.getValue();
        Path folder = model.folderProperty().get();
        status.setText(Messages.text("exportDialog.text.exportedTo", files.size(), folder));
        ButtonType open = new ButtonType(Messages.text("exportDialog.buttonType.openFolder"), ButtonBar.ButtonData.OK_DONE);
        ButtonType done = new ButtonType(Messages.text("exportDialog.buttonType.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.INFORMATION, String.join("\n", files.stream().map(p -> p.getFileName().toString()).toList()),
                open, done);
        a.setTitle(Messages.text("exportDialog.title.title"));
        a.setHeaderText(Messages.text("exportDialog.header.exported", files.size()));
        a.initOwner(stage);
        a.showAndWait().filter(b -> b == open).ifPresent(b -> openFolder.accept(folder));
        stage.close();
    }
}
