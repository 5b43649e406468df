package cn.jixiao.app.selfevaluation;

import cn.jixiao.app.Messages;
import cn.jixiao.domain.Indicator;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import java.util.Optional;

/** 手工评分: the score and the reason, which is required; OK stays disabled until both are valid. */
final class ManualScoreDialog {
    /** What the clerk confirmed. */
    record Answer(String score, String reason) {
    }

    private ManualScoreDialog() {
    }

    static Optional<Answer> ask(Window owner, SelfEvaluationViewModel vm, Indicator indicator, String typedScore) {
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle(Messages.text("manualScoreDialog.title.title"));
        d.setHeaderText(Messages.text("manualScoreDialog.header.explanation", indicator.name,
                indicator.weight.isBlank() ? Messages.text("manualScoreDialog.header.notFilled") : indicator.weight));
        if (owner != null) {
            d.initOwner(owner);
        }
        TextField score = new TextField(typedScore);
        score.setId("manualScoreValue");
        TextArea reason = cn.jixiao.app.focus.TabLeaves.install(new TextArea(indicator.scoreReason));
        reason.setId("manualScoreReason");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        reason.setPromptText(Messages.text("manualScoreDialog.prompt.reasonExample"));
        Label problem = new Label();
        problem.setId("manualScoreProblem");
        problem.setStyle("-fx-text-fill: #b00020;");
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        g.setPadding(new Insets(10));
        g.addRow(0, new Label(Messages.text("manualScoreDialog.label.score")), score);
        g.addRow(1, new Label(Messages.text("manualScoreDialog.label.reason")), reason);
        g.add(problem, 1, 2);
        d.getDialogPane().setContent(g);
        // Named here: the JDK's own button texts follow the system locale, the program speaks Chinese.
        ButtonType okType = new ButtonType(Messages.text("manualScoreDialog.buttonType.ok"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(okType, new ButtonType(Messages.text("manualScoreDialog.buttonType.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        var ok = d.getDialogPane().lookupButton(okType);
        ok.setId("manualScoreOk");
        Runnable check = () -> {
            Optional<String> p = vm.scoreProblem(indicator, score.getText(), reason.getText());
            problem.setText(p.orElse(""));
            ok.setDisable(p.isPresent());
        };
        score.textProperty().addListener((o, a, b) -> check.run());
        reason.textProperty().addListener((o, a, b) -> check.run());
        check.run();
        d.setOnShown(e -> reason.requestFocus());
        return d.showAndWait().filter(b -> b == okType)
                .map(b -> new Answer(score.getText(), reason.getText()));
    }
}
