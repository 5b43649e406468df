package cn.jixiao.app.print;

import cn.jixiao.app.text.Messages;
import cn.jixiao.printing.PrintPages;
import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The 打印预览 window: the chosen form's pages one at a time, page n of N with previous and next,
 * zoom in, out and to fit, and 打印… (Ctrl+P) for the system print dialog.
 */
public final class PrintPreviewDialog {
    private final PrintPreviewViewModel vm;
    private final Stage stage = new Stage();
    private final ScrollPane scroll = new ScrollPane();
    private final Label status = new Label();
    private final Button print = new Button(Messages.text("printPreview.print"));
    private boolean fitted;

    public PrintPreviewDialog(PrintPreviewViewModel vm, Window owner) {
        this.vm = vm;
        stage.initOwner(owner);
        stage.setTitle(Messages.text("printPreview.title"));

        ChoiceBox<PrintPreviewViewModel.FormChoice> form = new ChoiceBox<>();
        form.setId("previewForm");
        form.getItems().setAll(vm.forms());
        form.valueProperty().bindBidirectional(vm.formProperty());
        form.valueProperty().addListener(o -> load());
        CheckBox projectOnly = new CheckBox(vm.project().map(p -> Messages.text("printPreview.projectOnly", p)).orElse(""));
        projectOnly.setId("previewProjectOnly");
        projectOnly.selectedProperty().bindBidirectional(vm.projectOnlyProperty());
        projectOnly.setVisible(vm.project().isPresent());
        projectOnly.setManaged(vm.project().isPresent());
        projectOnly.selectedProperty().addListener(o -> load());

        Button previous = button("previewPrevious", Messages.text("printPreview.previous"), vm::previous);
        Button next = button("previewNext", Messages.text("printPreview.next"), vm::next);
        previous.disableProperty().bind(vm.pageProperty().lessThanOrEqualTo(0));
        next.disableProperty().bind(vm.pageProperty().greaterThanOrEqualTo(vm.pageCountProperty().subtract(1)));
        Label pageText = new Label();
        pageText.setId("previewPageText");
        pageText.textProperty().bind(vm.pageText());
        Button zoomOut = button("previewZoomOut", Messages.text("printPreview.zoomOut"), vm::zoomOut);
        Button zoomIn = button("previewZoomIn", Messages.text("printPreview.zoomIn"), vm::zoomIn);
        Button fit = button("previewFit", Messages.text("printPreview.fit"), this::fit);
        Label zoomText = new Label();
        zoomText.setId("previewZoomText");
        zoomText.textProperty().bind(Bindings.createStringBinding(
                () -> Math.round(vm.zoomProperty().get() * 100) + "%", vm.zoomProperty()));
        print.setId("previewPrint");
        print.setDefaultButton(true);
        print.setOnAction(e -> print());
        print.disableProperty().bind(vm.pageCountProperty().isEqualTo(0));

        ToolBar bar = new ToolBar(new Label(Messages.text("printPreview.form")), form, projectOnly, new Separator(),
                previous, pageText, next, new Separator(), zoomOut, zoomText, zoomIn, fit, new Separator(), print);

        ImageView view = new ImageView();
        view.setId("previewImage");
        view.imageProperty().bind(vm.imageProperty());
        StackPane paper = new StackPane(view);
        paper.setPadding(new Insets(12));
        paper.setAlignment(Pos.CENTER);
        paper.setStyle("-fx-background-color: #808080;");
        scroll.setContent(paper);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setPannable(true);

        status.setId("previewStatus");
        status.textProperty().bind(vm.statusProperty());
        status.setPadding(new Insets(2, 8, 2, 8));
        BorderPane root = new BorderPane(scroll, bar, null, status, null);
        Scene scene = new Scene(root, 1000, 760);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), this::print);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PAGE_DOWN), vm::next);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PAGE_UP), vm::previous);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
        stage.setScene(scene);
        stage.setOnHidden(e -> vm.close());
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    public Stage stage() {
        return stage;
    }

    /** Shows the window and lays out the first form. */
    public void show() {
        stage.show();
        load();
    }

    private void load() {
        Task<PrintPages> task = vm.loadTask();
        vm.statusProperty().set(Messages.text("printPreview.loading"));
        task.setOnSucceeded(e -> {
            vm.show(task.getValue());
            if (!fitted) {
                fitted = true;
                fit();
            }
        });
        task.setOnFailed(e -> vm.statusProperty().set(Messages.text("printPreview.failed", message(task.getException()))));
        Thread t = new Thread(task, "print-preview");
        t.setDaemon(true);
        t.start();
    }

    private void fit() {
        vm.fit(scroll.getViewportBounds().getWidth() - 24, scroll.getViewportBounds().getHeight() - 24);
    }

    private void print() {
        if (print.isDisabled()) {
            return;
        }
        Task<Boolean> task = vm.printTask();
        print.disableProperty().unbind();
        print.setDisable(true);
        Runnable again = () -> print.disableProperty().bind(vm.pageCountProperty().isEqualTo(0));
        task.setOnSucceeded(e -> {
            again.run();
            if (Boolean.TRUE.equals(task.getValue())) {
                vm.statusProperty().set(Messages.text("printPreview.sent"));
            }
        });
        task.setOnFailed(e -> {
            again.run();
            Alert a = new Alert(Alert.AlertType.ERROR, message(task.getException()));
            a.setHeaderText(Messages.text("printPreview.printFailed"));
            a.initOwner(stage);
            a.show();
        });
        Thread t = new Thread(task, "print");
        t.setDaemon(true);
        t.start();
    }

    private static String message(Throwable e) {
        return PrintPreviewViewModel.failure(e);
    }
}
