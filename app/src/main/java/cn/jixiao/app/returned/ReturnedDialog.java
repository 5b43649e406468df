package cn.jixiao.app.returned;

import cn.jixiao.app.text.Messages;
import cn.jixiao.bureau.ReturnedForms;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;
import java.util.Map;

/**
 * The comparison of a returned workbook: per project, each change (field: old → new) with a box
 * to accept it, the rows the bureau added or deleted, its remarks; 全部接受 / 全部不接受 / 导入.
 */
public final class ReturnedDialog {
    private final ReturnedViewModel model;
    private final Stage stage = new Stage();

    public ReturnedDialog(ReturnedViewModel model, Window owner) {
        this.model = model;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(Messages.text("returnedDialog.title"));
        VBox list = new VBox(6);
        list.setPadding(new Insets(8));
        for (Map.Entry<String, List<ReturnedViewModel.Choice>> group : model.byProject().entrySet()) {
            VBox items = new VBox(4);
            for (ReturnedViewModel.Choice c : group.getValue()) {
                ReturnedForms.Difference d = c.difference();
                CheckBox box = new CheckBox(Messages.text("returnedDialog.change", d.label(), shown(d.old()), shown(d.returned())));
                box.setId("change-" + d.at().encode());
                box.getStyleClass().add("returned-change");
                box.setWrapText(true);
                box.selectedProperty().bindBidirectional(c.acceptedProperty());
                items.getChildren().add(box);
            }
            String title = group.getKey().isEmpty() ? Messages.text("returnedDialog.unitFields") : group.getKey();
            list.getChildren().add(new TitledPane(title, items));
        }
        if (model.choices().isEmpty()) {
            list.getChildren().add(new Label(Messages.text("returnedDialog.noChanges")));
        }
        VBox others = new VBox(4);
        for (ReturnedForms.RowChange r : model.rows()) {
            others.getChildren().add(new Label(Messages.text("returnedDialog.row", r.kind().chinese(),
                    r.project().isEmpty() ? r.what() : r.project() + " · " + r.what(), shown(r.text()))));
        }
        for (ReturnedForms.Remark r : model.remarks()) {
            Label l = new Label(Messages.text("returnedDialog.remark", r.where().isEmpty() ? Messages.text("returnedDialog.nowhere")
                    : r.where(), r.text()));
            l.getStyleClass().add("returned-remark");
            l.setWrapText(true);
            others.getChildren().add(l);
        }
        if (!others.getChildren().isEmpty()) {
            list.getChildren().add(new TitledPane(Messages.text("returnedDialog.rowsAndRemarks"), others));
        }
        Button all = new Button(Messages.text("returnedDialog.acceptAll"));
        all.setId("acceptAllButton");
        all.setOnAction(e -> model.acceptAll());
        Button none = new Button(Messages.text("returnedDialog.acceptNone"));
        none.setId("acceptNoneButton");
        none.setOnAction(e -> model.acceptNone());
        Button ok = new Button(Messages.text("returnedDialog.import"));
        ok.setId("importReturnedButton");
        ok.setDefaultButton(true);
        ok.setOnAction(e -> {
            model.importChosen();
            stage.close();
        });
        Button cancel = new Button(Messages.text("returnedDialog.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        HBox buttons = new HBox(8, all, none, new javafx.scene.layout.Region(), ok, cancel);
        HBox.setHgrow(buttons.getChildren().get(2), javafx.scene.layout.Priority.ALWAYS);
        buttons.setPadding(new Insets(8));
        BorderPane root = new BorderPane(new ScrollPane(list));
        ((ScrollPane) root.getCenter()).setFitToWidth(true);
        Label heading = new Label(model.heading());
        heading.setPadding(new Insets(8));
        heading.setWrapText(true);
        root.setTop(heading);
        root.setBottom(buttons);
        stage.setScene(new Scene(root, 760, 560));
    }

    private static String shown(String text) {
        return text.isEmpty() ? Messages.text("returnedDialog.empty") : text.replace("\n", " ⏎ ");
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }
}
