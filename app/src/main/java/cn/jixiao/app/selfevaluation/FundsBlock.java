package cn.jixiao.app.selfevaluation;

import cn.jixiao.app.Messages;
import cn.jixiao.scoring.ScoreResult;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The funds row of the self-evaluation: 年初预算数, 全年预算数, 全年执行数 (部门整体: 资金总额 and
 * 执行数), its 分值, 执行率 computed with the stated one beside it when they differ, and its 得分.
 * A field commits on Enter or when it loses focus; text that is no amount stays in the field,
 * framed red, with a message naming the field.
 */
final class FundsBlock {
    private static final Map<String, String> IDS = Map.of(Messages.text("fundsBlock.text.initialBudget"), "fundsInitial", Messages.text("fundsBlock.text.adjustedBudget"), "fundsAdjusted",
            Messages.text("fundsBlock.text.executed"), "fundsExecuted", Messages.text("fundsBlock.text.fundsTotal"), "overallTotal", Messages.text("fundsBlock.text.overallExecuted"), "overallExecuted");
    private final SelfEvaluationViewModel vm;
    private final Consumer<String> problem;
    private final GridPane grid = new GridPane();
    private final Map<String, TextField> fields = new LinkedHashMap<>();
    private final TextField weight = new TextField();
    private final Label rate = new Label();
    private final Label score = new Label();

    FundsBlock(SelfEvaluationViewModel vm, Consumer<String> problem) {
        this.vm = vm;
        this.problem = problem;
        grid.setId("fundsBlock");
        grid.setHgap(10);
        grid.setVgap(4);
        int col = 0;
        grid.add(header(Messages.text("fundsBlock.text.item")), col, 0);
        grid.add(new Label(vm.isOverall() ? Messages.text("fundsBlock.label.overallFunds") : Messages.text("fundsBlock.label.yearTotal")), col++, 1);
        for (var f : vm.moneyFields()) {
            TextField t = new TextField();
            t.setId(IDS.get(f.label()));
            t.setPrefColumnCount(8);
            t.setEditable(f.editable());
            if (!f.editable()) {
                t.setFocusTraversable(false);
                t.setStyle("-fx-background-color: transparent; -fx-border-color: transparent;");
                t.setTooltip(ScoreGrid.tip(Messages.text("fundsBlock.tooltip.fromDeclaration", f.label())));
            } else {
                commitOn(t, () -> vm.setMoney(f.label(), t.getText()));
            }
            fields.put(f.label(), t);
            grid.add(header(f.label()), col, 0);
            grid.add(t, col++, 1);
        }
        weight.setId("fundsWeight");
        weight.setPrefColumnCount(3);
        commitOn(weight, () -> vm.setFundsWeight(weight.getText()));
        rate.setId("executionRate");
        score.setId("fundsScore");
        grid.add(header(Messages.text("fundsBlock.text.weight")), col, 0);
        grid.add(weight, col++, 1);
        grid.add(header(Messages.text("fundsBlock.text.executionRate")), col, 0);
        grid.add(rate, col++, 1);
        grid.add(header(Messages.text("fundsBlock.text.score")), col, 0);
        grid.add(score, col, 1);
    }

    Node node() {
        return grid;
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("funds-header");
        return l;
    }

    private void commitOn(TextField t, Supplier<Optional<String>> commit) {
        Runnable run = () -> {
            Optional<String> p = commit.get();
            t.getStyleClass().remove("invalid");
            if (p.isPresent()) {
                t.getStyleClass().add("invalid");
                problem.accept(p.get());
            }
        };
        t.setOnAction(e -> run.run());
        t.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                run.run();
            }
        });
    }

    void show(ScoreResult result) {
        for (var f : vm.moneyFields()) {
            TextField t = fields.get(f.label());
            if (!t.isFocused() && !t.getStyleClass().contains("invalid")) {
                t.setText(f.value().text());
            }
        }
        if (!weight.isFocused() && !weight.getStyleClass().contains("invalid")) {
            weight.setText(vm.fundsWeight());
        }
        String computed = vm.executionRate().orElse("—");
        String stated = vm.statedExecutionRate();
        boolean differs = !stated.isEmpty() && !computed.equals("—") && result.warnings().stream().anyMatch(w -> w.contains(Messages.text("fundsBlock.text.executionRate")));
        rate.setText(computed + (differs ? Messages.text("fundsBlock.text.statedAside", stated) : ""));
        rate.setStyle(differs ? "-fx-text-fill: #8a5a00;" : "");
        rate.setTooltip(ScoreGrid.tip(result.summary()));
        score.setText(SelfEvaluationView.score(result));
        score.setTooltip(ScoreGrid.tip(result.summary()));
    }
}
