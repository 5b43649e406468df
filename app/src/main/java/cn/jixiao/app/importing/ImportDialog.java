package cn.jixiao.app.importing;

import cn.jixiao.app.importing.ImportViewModel.DocumentItem;
import cn.jixiao.app.importing.ImportViewModel.FormItem;
import cn.jixiao.app.importing.ImportViewModel.Target;
import cn.jixiao.app.main.IndicatorTreeTable;
import cn.jixiao.app.text.Messages;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * The 导入 Word/Excel 表格 window: the documents read, per document the forms found (or why it was
 * refused), and for the selected form what will come in, what was guessed and what could not be
 * placed, and whether it becomes a new project or is merged into one. Binds {@link ImportViewModel}.
 */
public final class ImportDialog {
    private final ImportViewModel model;
    private final Stage stage = new Stage();
    private final Supplier<List<Path>> chooseMore;
    private final TreeView<Object> documents = new TreeView<>(new TreeItem<>());
    private final VBox details = new VBox(10);
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final Button importButton = new Button(Messages.text("importDialog.button.import"));
    private final Button closeButton = new Button(Messages.text("importDialog.button.close"));
    private final Button addButton = new Button(Messages.text("importDialog.button.addFiles"));
    private Task<?> reading;
    /** Takes off what the shown form's controls listen to, so a form shown before no longer updates hidden controls. */
    private final List<Runnable> detach = new java.util.ArrayList<>();

    public ImportDialog(ImportViewModel model, Window owner, Supplier<List<Path>> chooseMore) {
        this.model = model;
        this.chooseMore = chooseMore;
        stage.setTitle(Messages.text("importDialog.title"));
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        documents.setId("importDocuments");
        documents.setShowRoot(false);
        documents.setCellFactory(t -> new PreviewCell());
        // the tree keeps Enter and Esc for itself (editing a row): here Enter imports and Esc closes, as in the rest of the dialog
        documents.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            boolean plain = !e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown();
            if (plain && e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                e.consume();
                if (!importButton.isDisabled()) {
                    importButton.fire();
                }
            } else if (plain && e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                e.consume();
                closeButton.fire();
            }
        });
        documents.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> showDetails(b == null ? null : b.getValue()));
        model.documents().addListener((ListChangeListener<DocumentItem>) c -> fillTree());
        details.setId("importDetails");
        details.setPadding(new Insets(10));
        ScrollPane detailsScroll = new ScrollPane(details);
        detailsScroll.setFitToWidth(true);
        SplitPane split = new SplitPane(documents, detailsScroll);
        split.setDividerPositions(0.34);
        BorderPane root = new BorderPane(split);
        root.setTop(header());
        root.setBottom(footer());
        root.setId("importDialog");
        Scene scene = new Scene(root, 1060, 720);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
            root.setStyle(owner.getScene().getRoot().getStyle());
        }
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            if (reading != null && reading.isRunning()) {
                reading.cancel(false);
                e.consume();
            }
        });
        showDetails(null);
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
        documents.requestFocus();
    }

    private Node header() {
        Label hint = new Label(Messages.text("importDialog.label.hint"));
        hint.setWrapText(true);
        hint.setStyle("-fx-text-fill: #555;");
        addButton.setId("importAddFiles");
        addButton.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        addButton.setOnAction(e -> add(chooseMore.get()));
        HBox.setHgrow(hint, Priority.ALWAYS);
        hint.setMaxWidth(Double.MAX_VALUE);
        HBox box = new HBox(10, hint, addButton);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(10, 14, 6, 14));
        return box;
    }

    private Node footer() {
        progress.setId("importProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setVisible(false);
        status.setId("importStatus");
        status.setWrapText(true);
        importButton.setId("importButton");
        importButton.setDefaultButton(true);
        importButton.setOnAction(e -> importChosen());
        importButton.disableProperty().bind(model.readingProperty().or(model.anythingChosenProperty().not()));
        closeButton.setId("importClose");
        closeButton.setCancelButton(true);
        closeButton.setOnAction(e -> {
            if (reading != null && reading.isRunning()) {
                reading.cancel(false);
            } else {
                stage.close();
            }
        });
        addButton.disableProperty().bind(model.readingProperty());
        ButtonBar buttons = new ButtonBar();
        ButtonBar.setButtonData(importButton, ButtonBar.ButtonData.OK_DONE);
        ButtonBar.setButtonData(closeButton, ButtonBar.ButtonData.CANCEL_CLOSE);
        buttons.getButtons().addAll(importButton, closeButton);
        VBox box = new VBox(6, progress, status, buttons);
        box.setPadding(new Insets(0, 14, 14, 14));
        return box;
    }

    /** Reads the files in the background; the preview fills as each document is read. */
    public void add(List<Path> files) {
        if (files.isEmpty() || model.readingProperty().get()) {
            return;
        }
        Task<?> task = model.readTask(files);
        reading = task;
        progress.setVisible(true);
        progress.progressProperty().bind(task.progressProperty());
        status.setStyle("");
        status.textProperty().bind(task.messageProperty());
        closeButton.setText(Messages.text("importDialog.button.cancelReading"));
        task.stateProperty().addListener((o, a, state) -> {
            if (state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED) {
                readingDone(task, state);
            }
        });
        Thread t = new Thread(task, "import-read");
        t.setDaemon(true);
        t.start();
    }

    private void readingDone(Task<?> task, Worker.State state) {
        reading = null;
        status.textProperty().unbind();
        progress.progressProperty().unbind();
        progress.setVisible(false);
        closeButton.setText(Messages.text("importDialog.button.close"));
        if (state == Worker.State.FAILED) {
            status.setText(model.failureText(task.getException()));
            status.setStyle("-fx-text-fill: #c62828;");
        } else {
            status.setText(model.summary(state == Worker.State.CANCELLED));
        }
        if (documents.getSelectionModel().getSelectedItem() == null) {
            selectFirstForm();
        }
        documents.requestFocus();
    }

    private void importChosen() {
        var problem = model.problem();
        if (problem.isPresent()) {
            status.setText(problem.get());
            status.setStyle("-fx-text-fill: #c62828;");
            return;
        }
        try {
            model.apply();
            stage.close();
        } catch (RuntimeException e) {
            status.setText(model.failureText(e));
            status.setStyle("-fx-text-fill: #c62828;");
        }
    }

    /** One node per document, its forms under it; the selection survives a new document being added. */
    private void fillTree() {
        Object selected = documents.getSelectionModel().getSelectedItem() == null ? null
                : documents.getSelectionModel().getSelectedItem().getValue();
        TreeItem<Object> root = documents.getRoot();
        root.getChildren().clear();
        TreeItem<Object> again = null;
        for (DocumentItem d : model.documents()) {
            TreeItem<Object> doc = new TreeItem<>(d);
            doc.setExpanded(true);
            for (FormItem f : d.forms()) {
                TreeItem<Object> form = new TreeItem<>(f);
                doc.getChildren().add(form);
                if (f == selected) {
                    again = form;
                }
            }
            if (d == selected) {
                again = doc;
            }
            root.getChildren().add(doc);
        }
        if (again != null) {
            documents.getSelectionModel().select(again);
        } else {
            selectFirstForm();
        }
    }

    private void selectFirstForm() {
        for (TreeItem<Object> doc : documents.getRoot().getChildren()) {
            TreeItem<Object> first = doc.getChildren().isEmpty() ? doc : doc.getChildren().get(0);
            documents.getSelectionModel().select(first);
            return;
        }
    }

    /** A document says its file and how many forms were found (or that it was refused); a form, its kind, year and name. */
    private final class PreviewCell extends TreeCell<Object> {
        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setStyle("");
                return;
            }
            setText(model.label(item));
            boolean warn = item instanceof DocumentItem d ? d.refused() : ((FormItem) item).needsLook();
            setStyle(warn ? "-fx-text-fill: #b71c1c;" : "");
        }
    }

    private void showDetails(Object item) {
        detach.forEach(Runnable::run);
        detach.clear();
        details.getChildren().clear();
        if (item instanceof DocumentItem d) {
            showDocument(d);
        } else if (item instanceof FormItem f) {
            showForm(f);
        } else {
            Label none = new Label(model.documents().isEmpty() ? Messages.text("importDialog.label.nothingRead") : Messages.text("importDialog.label.chooseForm"));
            none.setStyle("-fx-text-fill: #666;");
            details.getChildren().add(none);
        }
    }

    private void showDocument(DocumentItem d) {
        Label file = new Label(d.file().toString());
        file.setWrapText(true);
        file.setStyle("-fx-font-weight: bold;");
        details.getChildren().add(file);
        Label what = new Label(model.documentText(d));
        what.setId("importDocumentText");
        what.setWrapText(true);
        if (d.refused()) {
            what.setStyle("-fx-text-fill: #c62828;");
        }
        details.getChildren().add(what);
    }

    private void showForm(FormItem f) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        int row = 0;
        grid.addRow(row++, bold(Messages.text("importDialog.label.form")), new Label(model.formText(f)));
        TextField year = new TextField();
        year.setId("importYear");
        year.setPromptText(Messages.text("importDialog.prompt.year"));
        year.setPrefColumnCount(5);
        year.textProperty().bindBidirectional(f.yearProperty());
        detach.add(() -> year.textProperty().unbindBidirectional(f.yearProperty()));
        watch(f.yearProperty(), (o, a, b) -> documents.refresh());
        Label yearNote = new Label(model.yearNote(f));
        yearNote.setStyle(model.yearStated(f) ? "-fx-text-fill: #666;" : "-fx-text-fill: #c62828;");
        HBox yearBox = new HBox(8, year, yearNote);
        yearBox.setAlignment(Pos.CENTER_LEFT);
        grid.addRow(row++, bold(Messages.text("importDialog.label.year")), yearBox);
        if (model.isProjectForm(f)) {
            Label name = new Label(model.projectName(f));
            name.setId("importProjectName");
            name.setWrapText(true);
            grid.addRow(row++, bold(Messages.text("importDialog.label.projectName")), name);
            Label amount = new Label(model.amountText(f));
            amount.setId("importAmount");
            grid.addRow(row++, bold(Messages.text("importDialog.label.amount")), amount);
        }
        grid.addRow(row++, bold(Messages.text("importDialog.label.target")), targetChoice(f));
        details.getChildren().add(grid);

        TableView<ImportViewModel.Change> changes = changeTable(f);
        details.getChildren().add(changes);

        model.indicators(f).ifPresent(list -> {
            Label indicators = bold(Messages.text("importDialog.label.indicators", list.size()));
            var tree = IndicatorTreeTable.create(list);
            // tall enough for a typical form's tree without a scroll bar inside the scrolling details
            tree.setPrefHeight(Math.min(480, 40 + 25.0 * (list.size() + 10)));
            details.getChildren().addAll(indicators, tree);
        });

        List<String> guesses = model.guessTexts(f);
        Label guessTitle = bold(Messages.text("importDialog.label.guesses", guesses.size()));
        details.getChildren().add(guessTitle);
        if (guesses.isEmpty()) {
            details.getChildren().add(grey(Messages.text("importDialog.label.noGuesses")));
        } else {
            details.getChildren().add(list("importGuesses", guesses, "-fx-text-fill: #8a5a00;"));
        }
        List<String> unplaced = model.unplacedTexts(f);
        Label unplacedTitle = bold(Messages.text("importDialog.label.unplaced", unplaced.size()));
        details.getChildren().add(unplacedTitle);
        if (unplaced.isEmpty()) {
            details.getChildren().add(grey(Messages.text("importDialog.label.allPlaced")));
        } else {
            details.getChildren().add(grey(Messages.text("importDialog.label.unplacedHint")));
            details.getChildren().add(list("importUnplaced", unplaced, "-fx-text-fill: #b71c1c;"));
        }
    }

    /** 新建项目 / 合并到 … / 不导入, as the service offers for the form's year; a unit-level form goes into its year or is left out. */
    private Node targetChoice(FormItem f) {
        ComboBox<Target> choice = new ComboBox<>(f.targets());
        choice.setId("importTarget");
        choice.valueProperty().bindBidirectional(f.targetProperty());
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Target t) {
                return t == null ? "" : t.label();
            }

            @Override
            public Target fromString(String s) {
                return null;
            }
        });
        watch(f.targetProperty(), (o, a, b) -> documents.refresh());
        Label note = grey("");
        Runnable noteText = () -> note.setText(f.targetProperty().get() != null && f.targetProperty().get().skips()
                ? Messages.text("importDialog.label.skipped")
                : !model.isProjectForm(f) ? Messages.text("importDialog.label.unitLevel")
                : f.targets().stream().anyMatch(Target::merges)
                ? Messages.text("importDialog.label.mergeOffered") : Messages.text("importDialog.label.noMergeOffered"));
        note.setId("importTargetNote");
        watch(f.targetProperty(), (o, a, b) -> noteText.run());
        ListChangeListener<Target> targetsChanged = c -> noteText.run();
        f.targets().addListener(targetsChanged);
        detach.add(() -> f.targets().removeListener(targetsChanged));
        detach.add(() -> choice.valueProperty().unbindBidirectional(f.targetProperty()));
        noteText.run();
        return new VBox(4, choice, note);
    }

    /** Merging: old → new per field, refreshed when another project or year is chosen. */
    private TableView<ImportViewModel.Change> changeTable(FormItem f) {
        TableView<ImportViewModel.Change> table = new TableView<>();
        table.setId("importChanges");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(Messages.text("importDialog.column.field"), ImportViewModel.Change::field, 150));
        table.getColumns().add(column(Messages.text("importDialog.column.old"), ImportViewModel.Change::before, 220));
        table.getColumns().add(column(Messages.text("importDialog.column.new"), ImportViewModel.Change::after, 220));
        table.setPlaceholder(new Label(Messages.text("importDialog.label.noChanges")));
        table.setPrefHeight(220);
        Runnable refresh = () -> {
            // a unit-level form always goes into its year's forms: what it changes there is always shown
            // (nothing at all for a form left out)
            Target chosen = f.targetProperty().get();
            boolean merging = chosen != null && !chosen.skips() && (!model.isProjectForm(f) || chosen.merges());
            table.setVisible(merging);
            table.setManaged(merging);
            table.getItems().setAll(merging ? model.changes(f) : List.of());
        };
        watch(f.targetProperty(), (o, a, b) -> refresh.run());
        refresh.run();
        return table;
    }

    private <T> void watch(javafx.beans.value.ObservableValue<T> value, javafx.beans.value.ChangeListener<? super T> listener) {
        value.addListener(listener);
        detach.add(() -> value.removeListener(listener));
    }

    private static TableColumn<ImportViewModel.Change, String> column(String title,
            java.util.function.Function<ImportViewModel.Change, String> value, double width) {
        TableColumn<ImportViewModel.Change, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(v -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(v.getValue())));
        return c;
    }

    private static ListView<String> list(String id, List<String> items, String style) {
        ListView<String> list = new ListView<>();
        list.setId(id);
        list.getItems().setAll(items);
        list.setPrefHeight(Math.min(240, 10 + 26.0 * items.size()));
        list.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setStyle(empty ? "" : style);
            }
        });
        return list;
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold;");
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    private static Label grey(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-text-fill: #666;");
        l.setWrapText(true);
        return l;
    }
}
