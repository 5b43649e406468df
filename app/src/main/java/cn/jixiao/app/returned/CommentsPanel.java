package cn.jixiao.app.returned;

import cn.jixiao.app.text.Messages;
import cn.jixiao.fields.FieldComment;
import javafx.geometry.Insets;
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

    public CommentsPanel(CommentsViewModel model) {
        this.model = model;
        list.setId("commentsList");
        list.setItems(model.comments());
        list.setCellFactory(l -> new CommentCell());
        Label title = new Label(Messages.text("commentsPanel.title"));
        title.setPadding(new Insets(4, 8, 4, 8));
        pane.setTop(title);
        pane.setCenter(list);
        pane.setId("commentsPanel");
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
