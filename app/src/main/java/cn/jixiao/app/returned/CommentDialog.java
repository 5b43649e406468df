package cn.jixiao.app.returned;

import cn.jixiao.app.text.Messages;
import cn.jixiao.fields.FieldComment;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import java.util.Optional;

/** 添加意见: who made a remark (财政局 unless the clerk says otherwise) and what it says, typed from an email. */
final class CommentDialog {
    /** What the clerk typed. */
    record Remark(String author, String text) {
    }

    private CommentDialog() {
    }

    /** Asks for a remark on the field described; empty when cancelled or left blank. */
    static Optional<Remark> ask(Window owner, String where) {
        Dialog<Remark> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(Messages.text("commentDialog.title"));
        d.setHeaderText(Messages.text("commentDialog.header", where));
        TextField author = new TextField(FieldComment.BUREAU);
        author.setId("commentAuthor");
        TextArea text = new TextArea();
        text.setId("commentText");
        text.setWrapText(true);
        text.setPrefRowCount(4);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(Messages.text("commentDialog.label.author")), author);
        grid.addRow(1, new Label(Messages.text("commentDialog.label.text")), text);
        d.getDialogPane().setContent(grid);
        d.getDialogPane().setId("commentDialog");
        ButtonType ok = new ButtonType(Messages.text("commentDialog.button.add"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(Messages.text("commentDialog.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        d.getDialogPane().lookupButton(ok).disableProperty().bind(text.textProperty().isEmpty());
        d.setResultConverter(b -> b == ok && !text.getText().isBlank() ? new Remark(author.getText(), text.getText()) : null);
        javafx.application.Platform.runLater(text::requestFocus);
        return d.showAndWait();
    }
}
