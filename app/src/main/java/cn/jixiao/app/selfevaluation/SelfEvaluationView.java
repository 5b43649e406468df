package cn.jixiao.app.selfevaluation;

import cn.jixiao.app.text.Messages;
import cn.jixiao.app.focus.FieldPath;
import cn.jixiao.app.focus.Reveal;
import cn.jixiao.review.FieldRef;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Project;
import cn.jixiao.editing.Edit;
import cn.jixiao.scoring.Grade;
import cn.jixiao.scoring.ProjectScore;
import cn.jixiao.scoring.ScoreResult;
import cn.jixiao.selfevaluation.ScoreSheet;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;

/**
 * 绩效自评 of a project (or 部门整体自评 of a year): 总分 and 等级 always on top, the score
 * grid, the funds row and the 年度总体目标. Before a project's self-evaluation is started it
 * offers 开始自评. Refreshes after every edit, undo and redo.
 */
public final class SelfEvaluationView {
    private final SelfEvaluationViewModel vm;
    private final VBox root = new VBox(10);
    private final Label heading = new Label();
    private final Label total = new Label();
    private final Label grade = new Label();
    private final Label info = new Label();
    private final Label problem = new Label();
    private final ScoreGrid grid;
    private final FundsBlock funds;
    private final TextArea expectedOutcome = cn.jixiao.app.focus.TabLeaves.install(new TextArea());
    private final TextArea actualOutcome = cn.jixiao.app.focus.TabLeaves.install(new TextArea());
    private final java.util.Map<SelfEvaluationViewModel.StatedField, TextField> statedInputs = new java.util.LinkedHashMap<>();
    /** One 分值 box per 一级 of the project: its categoryWeights, printed beside the 一级 labels. */
    private final HBox categoryWeights = new HBox(8);
    private final VBox started = new VBox(10);
    private final Button fillWeights = new Button(Messages.text("selfEvaluationView.button.fillDefaultWeights"));
    private final VBox notStarted = new VBox(10);
    private final ChangeListener<Object> onChange = (o, a, b) -> refresh();

    private SelfEvaluationView(SelfEvaluationViewModel vm) {
        this.vm = vm;
        root.setId("selfEvaluation");
        root.getProperties().put(SelfEvaluationView.class, this);
        root.setPadding(new Insets(12));
        root.getStylesheets().add(SelfEvaluationView.class.getResource("self-evaluation.css").toExternalForm());
        heading.setId("selfEvaluationHeading");
        heading.getStyleClass().add("se-heading");
        grid = new ScoreGrid(vm, this::overrule, (field, message) -> problem.setText(message));
        funds = new FundsBlock(vm, problem::setText);
        HBox summary = buildSummary();
        buildStarted();
        buildNotStarted();
        VBox body = new VBox(10, started, notStarted);
        body.setPadding(new Insets(0, 14, 0, 0));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setId("selfEvaluationScroll");
        scroll.setStyle("-fx-background-color: transparent; -fx-background-insets: 0; -fx-padding: 0;");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getChildren().addAll(heading, summary, problem, scroll);
        root.sceneProperty().addListener((o, a, b) -> {
            if (b == null) {
                vm.changes().removeListener(onChange);
            } else if (a == null) {
                vm.changes().addListener(onChange);
                fillOuterViewport();
                refresh();
            }
        });
        refresh();
    }

    /** 定位到字段 on a 绩效自评 page (a node made by {@link #forProject} or {@link #forOverall}); false when it does not show the field. */
    public static boolean focus(Node page, FieldRef ref) {
        return page.getProperties().get(SelfEvaluationView.class) instanceof SelfEvaluationView v && v.focus(ref);
    }

    /** A self-evaluation funds field, the outcomes, or an indicator's cell in the score grid: scrolled to, focused, selected. */
    private boolean focus(FieldRef ref) {
        if (ref.kind() == FieldRef.Kind.INDICATOR) {
            return grid.focus(ref.indicatorId(), ref.field());
        }
        if (FieldPath.reveal(root, ref.field())) {
            return true;
        }
        String f = ref.field().startsWith("selfEvaluation.") ? ref.field().substring("selfEvaluation.".length()) : ref.field();
        String id = switch (f) {
            case "funds.initialBudget" -> "fundsInitial";
            case "funds.adjustedBudget" -> "fundsAdjusted";
            case "funds.executed" -> "fundsExecuted";
            case "funds.weight" -> "fundsWeight";
            case "funds.statedExecutionRate" -> "executionRate";
            case "funds.statedScore" -> "fundsScore";
            case "statedTotalScore", "statedWeightTotal" -> "totalScore";
            case "expectedOutcome", "actualOutcome" -> f;
            default -> null;
        };
        return id != null && Reveal.field(root.lookup("#" + id));
    }

    /** The project's 绩效自评 page. {@code perform} saves an edit on the window's undo stack; {@code changes} ticks after each. */
    public static Node forProject(Consumer<Edit> perform, ObservableValue<?> changes, FiscalYear year, Project project) {
        SelfEvaluationView[] self = new SelfEvaluationView[1];
        self[0] = new SelfEvaluationView(SelfEvaluationViewModel.forProject(e -> guarded(self[0], perform, e), changes, year, project));
        return self[0].root;
    }

    /** The year's 部门整体自评 page. */
    public static Node forOverall(Consumer<Edit> perform, ObservableValue<?> changes, FiscalYear year) {
        SelfEvaluationView[] self = new SelfEvaluationView[1];
        self[0] = new SelfEvaluationView(SelfEvaluationViewModel.forOverall(e -> guarded(self[0], perform, e), changes, year));
        return self[0].root;
    }

    /** A failed save leaves the data as it was (the history rolls back); the clerk is told why. */
    private static void guarded(SelfEvaluationView view, Consumer<Edit> perform, Edit e) {
        try {
            perform.accept(e);
            view.problem.setText("");
        } catch (RuntimeException ex) {
            Alert a = new Alert(Alert.AlertType.ERROR, ex.getMessage());
            a.setHeaderText(Messages.text("selfEvaluationView.header.notSaved", e.description()));
            if (view.root.getScene() != null) {
                a.initOwner(view.root.getScene().getWindow());
            }
            a.show();
        }
    }

    /** 总分 and 等级 stay in view while the grid scrolls under them. */
    private HBox buildSummary() {
        total.setId("totalScore");
        total.getStyleClass().add("se-total");
        grade.setId("grade");
        grade.getStyleClass().add("se-grade");
        info.setId("scoreInfo");
        info.setWrapText(true);
        info.getStyleClass().add("se-info");
        HBox summary = new HBox(16, total, grade, info);
        summary.setAlignment(Pos.CENTER_LEFT);
        summary.getStyleClass().add("se-summary");
        summary.visibleProperty().bind(started.visibleProperty());
        summary.managedProperty().bind(started.managedProperty());
        problem.setId("selfEvaluationProblem");
        problem.getStyleClass().add("se-problem");
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        return summary;
    }

    /**
     * The window's details pane scrolls its content as a whole; this page scrolls only below its
     * summary, so it takes the height of the pane's viewport.
     */
    private void fillOuterViewport() {
        for (javafx.scene.Parent p = root.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane outer) {
                root.prefHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                        () -> outer.getViewportBounds().getHeight(), outer.viewportBoundsProperty()));
                root.setMinHeight(Region.USE_PREF_SIZE);
                root.setMaxHeight(Region.USE_PREF_SIZE);
                return;
            }
        }
    }

    private void buildStarted() {
        Label hint = new Label(Messages.text("selfEvaluationView.label.editHint"));
        hint.getStyleClass().add("se-hint");
        Button manual = new Button(Messages.text("selfEvaluationView.button.manualScore"));
        manual.setId("manualScore");
        Button automatic = new Button(Messages.text("selfEvaluationView.button.restoreAutomatic"));
        automatic.setId("restoreAutomatic");
        var selection = grid.node().getSelectionModel().selectedItemProperty();
        manual.disableProperty().bind(selection.isNull());
        automatic.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> selection.get() == null || !SelfEvaluationViewModel.hasOwnScore(selection.get().indicator()), selection));
        manual.setOnAction(e -> overrule(selection.get(), selection.get().result().awarded()
                .map(a -> a.stripTrailingZeros().toPlainString()).orElse("")));
        automatic.setOnAction(e -> vm.restoreAutomatic(selection.get().indicator()));
        HBox tools = new HBox(8, manual, automatic, hint);
        tools.setAlignment(Pos.CENTER_LEFT);
        Label fundsTitle = new Label(vm.isOverall() ? Messages.text("selfEvaluationView.label.overallFunds") : Messages.text("selfEvaluationView.label.projectFunds"));
        fundsTitle.getStyleClass().add("se-section");
        Label indicatorsTitle = new Label(Messages.text("selfEvaluationView.label.indicators"));
        indicatorsTitle.getStyleClass().add("se-section");
        fillWeights.setId("fillDefaultWeights");
        fillWeights.setOnAction(e -> vm.fillDefaultWeights());
        Label fillText = new Label(Messages.text("selfEvaluationView.label.noWeightsHint"));
        fillText.setWrapText(true);
        HBox fill = new HBox(10, fillWeights, fillText);
        fill.setAlignment(Pos.CENTER_LEFT);
        fill.visibleProperty().bind(fillWeights.visibleProperty());
        fill.managedProperty().bind(fillWeights.visibleProperty());
        Label monitored = new Label(vm.monitoringFundsHint().orElse(""));
        monitored.setId("monitoringHint");
        monitored.setVisible(vm.monitoringFundsHint().isPresent());
        monitored.setManaged(monitored.isVisible());
        started.getChildren().addAll(fundsTitle, funds.node(), monitored, indicatorsTitle, fill, tools, grid.node());
        if (!vm.isOverall()) {
            Label goals = new Label(Messages.text("selfEvaluationView.label.annualGoal"));
            goals.getStyleClass().add("se-section");
            TextArea expected = expectedOutcome;
            expected.setId("expectedOutcome");
            FieldPath.tag(expected, "selfEvaluation.expectedOutcome");
            expected.focusedProperty().addListener((o, a, b) -> {
                if (!b) {
                    vm.setExpectedOutcome(expected.getText());
                }
            });
            expected.setWrapText(true);
            expected.setPrefRowCount(3);
            actualOutcome.setId("actualOutcome");
            FieldPath.tag(actualOutcome, "selfEvaluation.actualOutcome");
            actualOutcome.setWrapText(true);
            actualOutcome.setPrefRowCount(3);
            actualOutcome.setPromptText(Messages.text("selfEvaluationView.prompt.actualOutcome"));
            actualOutcome.focusedProperty().addListener((o, a, b) -> {
                if (!b) {
                    vm.setActualOutcome(actualOutcome.getText());
                }
            });
            HBox both = new HBox(10, labelled(Messages.text("selfEvaluationView.text.expectedOutcome"), expected), labelled(Messages.text("selfEvaluationView.text.actualOutcome"), actualOutcome));
            both.getChildren().forEach(n -> HBox.setHgrow(n, Priority.ALWAYS));
            started.getChildren().addAll(goals, both);
            Label stated = new Label(Messages.text("selfEvaluation.section.stated"));
            stated.getStyleClass().add("se-section");
            Label categories = new Label(Messages.text("selfEvaluation.section.categoryWeights"));
            categories.getStyleClass().add("se-section");
            categoryWeights.setId("projectCategoryWeights");
            categoryWeights.setAlignment(Pos.CENTER_LEFT);
            started.getChildren().addAll(stated, statedFields(), categories, categoryWeights);
        }
    }

    /**
     * The funds by source in a 3-column grid as the form prints them, then the stated figures and
     * the signature in pairs. Each field saves on Enter or when left, as one undoable edit.
     */
    private GridPane statedFields() {
        GridPane g = new GridPane();
        g.setId("statedFields");
        g.setHgap(10);
        g.setVgap(4);
        List<SelfEvaluationViewModel.StatedField> fields = vm.statedFields();
        String[] heads = {Messages.text("fundsBlock.text.initialBudget"), Messages.text("fundsBlock.text.adjustedBudget"), Messages.text("fundsBlock.text.executed")};
        for (int c = 0; c < heads.length; c++) {
            g.add(new Label(heads[c]), c + 1, 0);
        }
        String[] sources = {Messages.text("selfEvaluation.fiscal"), Messages.text("selfEvaluation.carryOver"), Messages.text("selfEvaluation.other")};
        int k = 0;
        for (int r = 0; r < sources.length; r++) {
            g.add(new Label(sources[r]), 0, r + 1);
            for (int c = 0; c < heads.length; c++) {
                g.add(statedField(fields.get(k++), 8), c + 1, r + 1);
            }
        }
        int row = sources.length + 1;
        for (int col = 0; k < fields.size(); k++) {
            SelfEvaluationViewModel.StatedField f = fields.get(k);
            g.add(new Label(f.label()), col, row);
            g.add(statedField(f, 10), col + 1, row);
            col = col == 0 ? 2 : 0;
            row += col == 0 ? 1 : 0;
        }
        return g;
    }

    /**
     * The boxes follow the project's 一级 list; while the list keeps its 一级, a refresh only puts the
     * stored 分值 back into the boxes not being typed in (so Tab from box to box keeps its place).
     */
    private void showCategoryWeights() {
        var weights = vm.categoryWeights();
        List<String> shown = categoryWeights.getChildren().stream().filter(n -> n instanceof Label).map(n -> ((Label) n).getText()).toList();
        if (shown.equals(weights.stream().map(w -> w.category).toList())) {
            for (int k = 0; k < weights.size(); k++) {
                TextField t = (TextField) categoryWeights.getChildren().get(2 * k + 1);
                if (!t.isFocused()) {
                    t.setText(weights.get(k).weight);
                }
            }
            return;
        }
        categoryWeights.getChildren().clear();
        for (int k = 0; k < weights.size(); k++) {
            int at = k;
            TextField t = new TextField(weights.get(k).weight);
            t.setPrefColumnCount(4);
            if (k == 0) {
                FieldPath.tag(t, "categoryWeights");
            }
            Runnable commit = () -> vm.setCategoryWeight(at, t.getText());
            t.setOnAction(e -> commit.run());
            t.focusedProperty().addListener((o, was, now) -> {
                if (was && !now) {
                    commit.run();
                }
            });
            categoryWeights.getChildren().addAll(new Label(weights.get(k).category), t);
        }
    }

    private TextField statedField(SelfEvaluationViewModel.StatedField f, int columns) {
        TextField t = FieldPath.tag(new TextField(vm.text(f)), f.path());
        t.setId(f.path().substring(f.path().lastIndexOf('.') + 1));
        t.setPrefColumnCount(columns);
        Runnable commit = () -> {
            t.getStyleClass().remove("invalid");
            vm.set(f, t.getText()).ifPresent(p -> {
                t.getStyleClass().add("invalid");
                problem.setText(p);
            });
        };
        t.setOnAction(e -> commit.run());
        t.focusedProperty().addListener((o, was, now) -> {
            if (was && !now) {
                commit.run();
            }
        });
        statedInputs.put(f, t);
        return t;
    }

    private static VBox labelled(String label, Node n) {
        VBox b = new VBox(4, new Label(label), n);
        b.setMaxWidth(Double.MAX_VALUE);
        return b;
    }

    private void buildNotStarted() {
        Label text = new Label(Messages.text("selfEvaluationView.label.notStarted"));
        text.setWrapText(true);
        Button start = new Button(Messages.text("selfEvaluationView.button.start"));
        start.setId("startSelfEvaluation");
        start.setDefaultButton(true);
        start.setOnAction(e -> vm.start());
        notStarted.getChildren().addAll(text, start);
    }

    private void refresh() {
        heading.setText(vm.title());
        boolean waiting = vm.needsStart();
        started.setVisible(!waiting);
        started.setManaged(!waiting);
        notStarted.setVisible(waiting);
        notStarted.setManaged(waiting);
        if (waiting) {
            return;
        }
        fillWeights.setVisible(vm.canFillDefaultWeights());
        ScoreSheet sheet = vm.sheet();
        grid.show(sheet.rows());
        funds.show(sheet.score().funds());
        if (!expectedOutcome.isFocused()) {
            expectedOutcome.setText(vm.expectedOutcome());
        }
        showCategoryWeights();
        statedInputs.forEach((f, t) -> {
            if (!t.isFocused() && !t.getStyleClass().contains("invalid")) {
                t.setText(vm.text(f));
            }
        });
        if (!actualOutcome.isFocused()) {
            actualOutcome.setText(vm.actualOutcome());
        }
        showTotal(sheet);
    }

    private void showTotal(ScoreSheet sheet) {
        ProjectScore s = sheet.score();
        grade.getStyleClass().removeAll("grade-excellent", "grade-good", "grade-fair", "grade-poor");
        StringBuilder notes = new StringBuilder();
        if (s.total() != null) {
            total.setText(Messages.text("selfEvaluationView.text.total", s.total().toPlainString()));
            Grade g = s.grade().orElseThrow();
            grade.setText(Messages.text("selfEvaluationView.text.grade", g.chinese()));
            grade.getStyleClass().add(switch (g) {
                case EXCELLENT -> "grade-excellent";
                case GOOD -> "grade-good";
                case FAIR -> "grade-fair";
                case POOR -> "grade-poor";
            });
        } else {
            long open = s.indicators().stream().filter(r -> !r.computed()).count() + (s.funds().computed() ? 0 : 1);
            total.setText(Messages.text("selfEvaluationView.text.noTotal"));
            grade.setText(Messages.text("selfEvaluationView.text.noGrade"));
            notes.append(Messages.text("selfEvaluationView.text.partialTotalBefore")).append(s.partialTotal().toPlainString()).append(Messages.text("selfEvaluationView.text.partialTotalAfter")).append(open)
                    .append(Messages.text("selfEvaluationView.text.unscoredAfter"));
        }
        BigDecimal weights = s.weightSum();
        if (weights.compareTo(BigDecimal.valueOf(100)) != 0) {
            notes.append(Messages.text("selfEvaluationView.text.weightSumBefore")).append(weights.stripTrailingZeros().toPlainString()).append(Messages.text("selfEvaluationView.text.weightSumAfter"));
        }
        long missing = sheet.missingCauses();
        if (missing > 0) {
            notes.append(missing).append(Messages.text("selfEvaluationView.text.missingCausesAfter"));
        }
        if (s.differsFromStated()) {
            notes.append(Messages.text("selfEvaluationView.text.statedTotalBefore")).append(s.stated().toPlainString()).append(Messages.text("selfEvaluationView.text.statedTotalAfter"));
        }
        info.getStyleClass().remove("se-info-ok");
        if (notes.isEmpty()) {
            info.getStyleClass().add("se-info-ok");
            notes.append(Messages.text("selfEvaluationView.text.allScored"));
        }
        info.setText(notes.toString());
    }

    private void overrule(ScoreSheet.Row row, String typed) {
        ManualScoreDialog.ask(root.getScene() == null ? null : root.getScene().getWindow(), vm, row.indicator(), typed)
                .ifPresent(a -> vm.overrule(row.indicator(), a.score(), a.reason()));
        refresh();
    }

    static String score(ScoreResult r) {
        return SelfEvaluationViewModel.scoreText(r);
    }
}
