package cn.jixiao.app.returned;

import cn.jixiao.app.text.Messages;
import cn.jixiao.fields.FieldComment;
import cn.jixiao.app.main.MainView;
import cn.jixiao.app.main.MainViewModel;
import cn.jixiao.app.review.FindingsPanel;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** 意见: the year's remarks on fields, each with 已处理 and a note on how it was handled. */
public final class CommentsPanel {
    private final CommentsViewModel model;
    private final ListView<FieldComment> list = new ListView<>();
    private final BorderPane pane = new BorderPane();
    private final HBox top = new HBox(8);

    public CommentsPanel(CommentsViewModel model) {
        this.model = model;
        list.setId("commentsList");
        list.setItems(model.comments());
        list.setCellFactory(l -> new CommentCell());
        Label title = new Label(Messages.text("commentsPanel.title"));
        title.setPadding(new Insets(4, 8, 4, 8));
        top.getChildren().add(title);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        pane.setTop(top);
        pane.setCenter(list);
        pane.setId("commentsPanel");
    }

    /**
     * Puts the 意见 list beside 审核结果 in the main window: double-click (or Enter) on a remark opens
     * its field as a finding does; the fields with open remarks are marked in the editors, and a
     * remark can be typed onto the field the clerk was last in.
     */
    public static CommentsPanel install(MainViewModel vm, MainView view, FindingsPanel findings, Window owner) {
        CommentsViewModel model = new CommentsViewModel(vm);
        CommentsPanel panel = new CommentsPanel(model);
        CommentMarks marks = new CommentMarks(vm, view, model, owner);
        panel.list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                panel.openSelected(findings);
            }
        });
        panel.list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                panel.openSelected(findings);
                e.consume();
            }
        });
        Button add = new Button(Messages.text("commentsPanel.button.addForField"));
        add.setId("addCommentButton");
        add.setFocusTraversable(false);
        add.disableProperty().bind(vm.workspaceProperty().isNull());
        add.setOnAction(e -> {
            if (!marks.addForLastField()) {
                vm.statusProperty().set(Messages.text("commentsPanel.status.noField"));
            }
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        panel.top.getChildren().addAll(gap, add);
        findings.beside(panel.node());
        return panel;
    }

    private void openSelected(FindingsPanel findings) {
        FieldComment c = list.getSelectionModel().getSelectedItem();
        if (c != null) {
            model.place(c).ifPresent(ref -> findings.open(c.year, ref));
        }
    }

    public Node node() {
        return pane;
    }

    private final class CommentCell extends ListCell<FieldComment> {
        @Override
        protected void updateItem(FieldComment c, boolean empty) {
            super.updateItem(c, empty);
            if (empty || c == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label where = new Label(model.where(c));
            where.setStyle("-fx-font-weight: bold");
            Label text = new Label(Messages.text("commentsPanel.remark", c.author, c.date == null ? "" : c.date.toString(), c.text));
            text.setWrapText(true);
            CheckBox handled = new CheckBox(Messages.text("commentsPanel.handled"));
            handled.getStyleClass().add("comment-handled");
            handled.setSelected(c.handled);
            TextField note = new TextField(c.note);
            note.setPromptText(Messages.text("commentsPanel.notePrompt"));
            note.getStyleClass().add("comment-note");
            HBox.setHgrow(note, Priority.ALWAYS);
            handled.setOnAction(e -> model.setHandled(c, handled.isSelected(), note.getText()));
            note.setOnAction(e -> model.setHandled(c, handled.isSelected(), note.getText()));
            setText(null);
            setGraphic(new VBox(2, where, text, new HBox(8, handled, note)));
        }
    }
}
