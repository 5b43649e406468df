package cn.jixiao.app.unitlevel;

import cn.jixiao.fields.OverallFields;
import cn.jixiao.app.text.Messages;
import cn.jixiao.app.focus.Reveal;
import cn.jixiao.domain.Amount;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Signature;
import cn.jixiao.domain.Unit;
import cn.jixiao.domain.UnitOverall;
import cn.jixiao.editing.Edits;
import cn.jixiao.review.FieldRef;
import cn.jixiao.unitlevel.Check;
import cn.jixiao.unitlevel.Figures;
import cn.jixiao.unitlevel.OverallFigures;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * 部门整体: the year's budget by income and by expense type, 三公经费, staff, 职能职责, the numbered
 * goals and the indicator tree. Computed sums sit beside the stated figures; a difference is
 * flagged, never written over either.
 */
public final class OverallEditor {
    private static final String WARN = "-fx-text-fill: #b00020;";
    private final EditorSupport support;
    private final FiscalYear year;
    private final Unit unit;
    private final VBox root = new VBox(6);
    private final VBox checks = new VBox(2);
    private final GoalList goals;
    private final OverallIndicatorGrid indicators;
    private final CategoryWeightGrid weights;

    public OverallEditor(UnitLevelContext ctx) {
        this.support = new EditorSupport(ctx);
        this.year = ctx.year();
        this.unit = ctx.unit();
        this.goals = new GoalList(support, year);
        this.indicators = new OverallIndicatorGrid(support, year);
        this.weights = new CategoryWeightGrid(support, year);
        root.setId("overallEditor");
        root.setPadding(new Insets(12));
        root.getChildren().addAll(EditorSupport.heading(Messages.text("overallEditor.text.1", year.year)), support.messageArea(checks));
        root.getChildren().addAll(EditorSupport.section(Messages.text("overallEditor.text.2")),
                line("budgetUnit", Messages.text("overallEditor.text.3"), o -> o.budgetUnit, (o, x) -> o.budgetUnit = x));
        root.getChildren().addAll(EditorSupport.section(Messages.text("overallEditor.text.4")), budget());
        root.getChildren().addAll(EditorSupport.section(Messages.text("overallEditor.text.5")), threePublic());
        root.getChildren().addAll(EditorSupport.section(Messages.text("overallEditor.text.6")), staff());
        root.getChildren().addAll(EditorSupport.section(Messages.text("overallEditor.text.7")), reportFigures());
        root.getChildren().addAll(EditorSupport.section(Messages.text("overallEditor.text.8")),
                support.textField(new TextArea(), "functionsSummary", () -> year.overall.functionsSummary,
                        v -> text(Messages.text("overallEditor.text.8"), o -> o.functionsSummary, (o, x) -> o.functionsSummary = x, v)));
        root.getChildren().addAll(EditorSupport.section(Messages.text("overallEditor.text.9")), goals.view());
        root.getChildren().addAll(EditorSupport.section(Messages.text("overallEditor.text.10")),
                area("longTermGoal", Messages.text("overallEditor.text.10"), o -> o.longTermGoal, (o, x) -> o.longTermGoal = x));
        root.getChildren().addAll(EditorSupport.section(Messages.text("overallEditor.text.11")), indicators.view());
        root.getChildren().addAll(EditorSupport.section(Messages.text("overallEditor.text.12")), statedScores());
        root.getChildren().addAll(EditorSupport.section(Messages.text("overallEditor.text.13")), weights.view());
        root.getChildren().addAll(EditorSupport.section(Messages.text("overallEditor.text.14")),
                area("otherNotes", Messages.text("overallEditor.text.14"), o -> o.otherNotes, (o, x) -> o.otherNotes = x));
        root.getChildren().addAll(EditorSupport.section(Messages.text("overallEditor.text.15")),
                area("reviewOpinion", Messages.text("overallEditor.text.15"), o -> o.reviewOpinion, (o, x) -> o.reviewOpinion = x));
        root.getChildren().addAll(EditorSupport.section(Messages.text("overallEditor.text.16")), signature("declaration", o -> o.declarationSignature));
        root.getChildren().addAll(EditorSupport.section(Messages.text("overallEditor.text.17")), signature("selfEvaluation", o -> o.selfEvaluation.signature));
        cn.jixiao.app.focus.FieldPath.tag(goals.list(), "goals");
        cn.jixiao.app.focus.FieldPath.tag(root.lookup("#overallIndicators"), "indicators");
        cn.jixiao.app.focus.FieldPath.tag(root.lookup("#categoryWeights"), "categoryWeights");
        support.onRefresh(this::showChecks);
        showChecks();
    }

    public Node view() {
        return root;
    }

    /** 定位到字段: a finding's field of the 部门整体 form, or one of its indicator rows, scrolled to, focused and selected. */
    public boolean focus(FieldRef ref) {
        if (ref.kind() == FieldRef.Kind.INDICATOR && ref.projectId().isEmpty()) {
            return indicators.focus(ref.indicatorId(), ref.field());
        }
        if (ref.kind() != FieldRef.Kind.OVERALL_FIELD) {
            return false;
        }
        return switch (ref.field()) {
            case "goals" -> {
                ListView<String> list = goals.list();
                if (!list.getItems().isEmpty() && list.getSelectionModel().isEmpty()) {
                    list.getSelectionModel().select(0);
                }
                yield Reveal.field(list);
            }
            case "indicators" -> Reveal.field(root.lookup("#overallIndicators"));
            case "categoryWeights" -> Reveal.field(root.lookup("#categoryWeights"));
            default -> cn.jixiao.app.focus.FieldPath.reveal(root, ref.field());
        };
    }

    private GridPane budget() {
        GridPane g = grid();
        g.addRow(0, new Label(Messages.text("overallEditor.label.1")), amount("statedTotal", Messages.text("overallEditor.label.1"), o -> o.statedTotal, (o, v) -> o.statedTotal = v),
                new Label(Messages.text("overallEditor.label.2")), computed("computedIncomeTotal", () -> OverallFigures.incomeTotal(year.overall)),
                new Label(Messages.text("overallEditor.label.3")), computed("computedExpenseTotal", () -> OverallFigures.expenseTotal(year)));
        g.addRow(1, new Label(Messages.text("overallEditor.label.4")), amount("generalPublicBudget", Messages.text("overallEditor.label.4"), o -> o.generalPublicBudget, (o, v) -> o.generalPublicBudget = v),
                new Label(Messages.text("overallEditor.label.5")), amount("governmentFund", Messages.text("overallEditor.label.5"), o -> o.governmentFund, (o, v) -> o.governmentFund = v));
        g.addRow(2, new Label(Messages.text("overallEditor.label.6")), amount("specialAccount", Messages.text("overallEditor.label.6"), o -> o.specialAccount, (o, v) -> o.specialAccount = v),
                new Label(Messages.text("overallEditor.label.7")), amount("otherFunds", Messages.text("overallEditor.label.8"), o -> o.otherFunds, (o, v) -> o.otherFunds = v));
        g.addRow(3, new Label(Messages.text("overallEditor.label.9")), amount("basicExpense", Messages.text("overallEditor.label.9"), o -> o.basicExpense, (o, v) -> o.basicExpense = v),
                new Label(Messages.text("overallEditor.label.10")), amount("projectExpense", Messages.text("overallEditor.label.10"), o -> o.projectExpense, (o, v) -> o.projectExpense = v),
                new Label(Messages.text("overallEditor.label.11")), computed("computedProjectExpense", () -> OverallFigures.projectExpense(year)));
        g.addRow(4, new Label(Messages.text("overallEditor.label.12")), amount("statedExpenseTotal", Messages.text("overallEditor.label.13"), o -> o.statedExpenseTotal, (o, v) -> o.statedExpenseTotal = v));
        g.addRow(5, new Label(Messages.text("overallEditor.label.14")), amount("lastYearTotal", Messages.text("overallEditor.label.15"), o -> o.lastYearTotal, (o, v) -> o.lastYearTotal = v),
                new Label(Messages.text("overallEditor.label.16")), amount("lastYearBasicExpense", Messages.text("overallEditor.label.17"), o -> o.lastYearBasicExpense, (o, v) -> o.lastYearBasicExpense = v),
                new Label(Messages.text("overallEditor.label.18")), amount("lastYearProjectExpense", Messages.text("overallEditor.label.19"), o -> o.lastYearProjectExpense, (o, v) -> o.lastYearProjectExpense = v));
        return g;
    }

    private GridPane threePublic() {
        GridPane g = grid();
        g.addRow(0, new Label(Messages.text("overallEditor.label.20")), amount("officialVehicles", Messages.text("overallEditor.label.20"), o -> o.officialVehicles, (o, v) -> o.officialVehicles = v),
                new Label(Messages.text("overallEditor.label.21")), amount("overseasTravel", Messages.text("overallEditor.label.21"), o -> o.overseasTravel, (o, v) -> o.overseasTravel = v));
        g.addRow(1, new Label(Messages.text("overallEditor.label.22")), amount("officialReception", Messages.text("overallEditor.label.22"), o -> o.officialReception, (o, v) -> o.officialReception = v),
                new Label(Messages.text("overallEditor.label.23")), amount("threePublicStatedTotal", Messages.text("overallEditor.label.24"), o -> o.threePublicStatedTotal, (o, v) -> o.threePublicStatedTotal = v),
                new Label(Messages.text("overallEditor.label.25")), computed("computedThreePublic", () -> OverallFigures.threePublicTotal(year.overall)));
        return g;
    }

    private GridPane staff() {
        GridPane g = grid();
        TextField authorized = support.textField(new TextField(), "authorizedStaff", () -> unit.authorizedStaff,
                v -> support.perform(Edits.unitField(Messages.text("overallEditor.text.18"), unit, u -> u.authorizedStaff, (u, x) -> u.authorizedStaff = x, v.strip())));
        TextField actual = support.textField(new TextField(), "actualStaff", () -> unit.actualStaff,
                v -> support.perform(Edits.unitField(Messages.text("overallEditor.text.19"), unit, u -> u.actualStaff, (u, x) -> u.actualStaff = x, v.strip())));
        authorized.setPrefColumnCount(5);
        actual.setPrefColumnCount(5);
        g.addRow(0, new Label(Messages.text("overallEditor.label.26")), authorized, new Label(Messages.text("overallEditor.label.27")), actual);
        return g;
    }

    private GridPane reportFigures() {
        GridPane g = grid();
        g.addRow(0, new Label(Messages.text("overallEditor.label.28")), amount("salaryBudget", Messages.text("overallEditor.label.29"), o -> o.salaryBudget, (o, v) -> o.salaryBudget = v),
                new Label(Messages.text("overallEditor.label.30")), amount("salaryFinal", Messages.text("overallEditor.label.31"), o -> o.salaryFinal, (o, v) -> o.salaryFinal = v));
        g.addRow(1, new Label(Messages.text("overallEditor.label.32")), amount("householdSubsidyBudget", Messages.text("overallEditor.label.33"), o -> o.householdSubsidyBudget, (o, v) -> o.householdSubsidyBudget = v),
                new Label(Messages.text("overallEditor.label.30")), amount("householdSubsidyFinal", Messages.text("overallEditor.label.34"), o -> o.householdSubsidyFinal, (o, v) -> o.householdSubsidyFinal = v));
        g.addRow(2, new Label(Messages.text("overallEditor.label.35")), amount("projectExpenseFinal", Messages.text("overallEditor.label.35"), o -> o.projectExpenseFinal, (o, v) -> o.projectExpenseFinal = v));
        g.addRow(3, new Label(Messages.text("overallEditor.label.36")), amount("stateCapitalBudget", Messages.text("overallEditor.label.36"), o -> o.stateCapitalBudget, (o, v) -> o.stateCapitalBudget = v),
                new Label(Messages.text("overallEditor.label.37")), amount("socialInsuranceBudget", Messages.text("overallEditor.label.37"), o -> o.socialInsuranceBudget, (o, v) -> o.socialInsuranceBudget = v));
        g.add(new Label(Messages.text("overallEditor.label.38")), 0, 5);
        g.add(area("basicExpenseChangeReason", Messages.text("overallEditor.text.20"), o -> o.basicExpenseChangeReason, (o, x) -> o.basicExpenseChangeReason = x), 1, 5, 3, 1);
        g.add(new Label(Messages.text("overallEditor.label.39")), 0, 6);
        g.add(area("projectExpenseChangeReason", Messages.text("overallEditor.text.21"), o -> o.projectExpenseChangeReason, (o, x) -> o.projectExpenseChangeReason = x), 1, 6, 3, 1);
        g.add(new Label(Messages.text("overallEditor.label.40")), 0, 7);
        g.add(area("unitDescription", Messages.text("overallEditor.text.22"), o -> o.unitDescription, (o, x) -> o.unitDescription = x), 1, 7, 3, 1);
        Label note = new Label(Messages.text("overallEditor.label.41"));
        note.setStyle("-fx-text-fill: #666;");
        g.add(note, 0, 4, 4, 1);
        return g;
    }

    private GridPane statedScores() {
        GridPane g = grid();
        g.addRow(0, new Label(Messages.text("overallEditor.label.42")), cn.jixiao.app.focus.FieldPath.tag(line("statedExecutionRate", Messages.text("overallEditor.label.42"), o -> o.selfEvaluation.funds.statedExecutionRate, (o, x) -> o.selfEvaluation.funds.statedExecutionRate = x), OverallFields.STATED_EXECUTION_RATE.path()),
                new Label(Messages.text("overallEditor.label.43")), cn.jixiao.app.focus.FieldPath.tag(line("statedFundsScore", Messages.text("overallEditor.label.43"), o -> o.selfEvaluation.funds.statedScore, (o, x) -> o.selfEvaluation.funds.statedScore = x), OverallFields.STATED_FUNDS_SCORE.path()));
        g.addRow(1, new Label(Messages.text("overallEditor.label.44")), cn.jixiao.app.focus.FieldPath.tag(line("statedWeightTotal", Messages.text("overallEditor.label.45"), o -> o.selfEvaluation.statedWeightTotal, (o, x) -> o.selfEvaluation.statedWeightTotal = x), OverallFields.STATED_WEIGHT_TOTAL.path()),
                new Label(Messages.text("overallEditor.label.46")), cn.jixiao.app.focus.FieldPath.tag(line("statedTotalScore", Messages.text("overallEditor.label.47"), o -> o.selfEvaluation.statedTotalScore, (o, x) -> o.selfEvaluation.statedTotalScore = x), OverallFields.STATED_TOTAL_SCORE.path()));
        return g;
    }

    private GridPane signature(String prefix, Function<UnitOverall, Signature> which) {
        GridPane g = grid();
        g.addRow(0, new Label(Messages.text("overallEditor.label.48")), signatureField(prefix + "Head", Messages.text("overallEditor.label.48"), which, s -> s.head, (s, x) -> s.head = x),
                new Label(Messages.text("overallEditor.label.49")), signatureField(prefix + "Preparer", Messages.text("overallEditor.label.49"), which, s -> s.preparer, (s, x) -> s.preparer = x));
        g.addRow(1, new Label(Messages.text("overallEditor.label.50")), signatureField(prefix + "Phone", Messages.text("overallEditor.label.50"), which, s -> s.phone, (s, x) -> s.phone = x),
                new Label(Messages.text("overallEditor.label.51")), signatureField(prefix + "Date", Messages.text("overallEditor.label.51"), which, s -> s.date, (s, x) -> s.date = x));
        return g;
    }

    private TextField signatureField(String id, String label, Function<UnitOverall, Signature> which,
                                     Function<Signature, String> get, BiConsumer<Signature, String> set) {
        TextField t = support.textField(new TextField(), id, () -> get.apply(which.apply(year.overall)),
                v -> support.perform(Edits.yearField(label, year, y -> get.apply(which.apply(y.overall)),
                        (y, x) -> set.accept(which.apply(y.overall), x), v.strip())));
        // "declarationHead" edits declarationSignature.head
        String prefix = id.startsWith("declaration") ? "declaration" : "selfEvaluation";
        String part = id.substring(prefix.length());
        // paths as the catalogue writes them: declarationSignature.head, selfEvaluation.signature.head
        String path = prefix.equals("declaration") ? "declarationSignature." : "selfEvaluation.signature.";
        return cn.jixiao.app.focus.FieldPath.tag(t, path + Character.toLowerCase(part.charAt(0)) + part.substring(1));
    }

    private TextField line(String id, String label, Function<UnitOverall, String> get, BiConsumer<UnitOverall, String> set) {
        return support.textField(new TextField(), id, () -> get.apply(year.overall), v -> text(label, get, set, v.strip()));
    }

    private TextArea area(String id, String label, Function<UnitOverall, String> get, BiConsumer<UnitOverall, String> set) {
        return support.textField(new TextArea(), id, () -> get.apply(year.overall), v -> text(label, get, set, v.strip()));
    }

    private TextField amount(String id, String label, Function<UnitOverall, Amount> get, BiConsumer<UnitOverall, Amount> set) {
        return support.amountField(id, label, () -> get.apply(year.overall),
                v -> support.perform(Edits.yearField(label, year, y -> get.apply(y.overall), (y, x) -> set.accept(y.overall, x), v)));
    }

    private void text(String label, Function<UnitOverall, String> get, BiConsumer<UnitOverall, String> set, String v) {
        support.perform(Edits.yearField(label, year, y -> get.apply(y.overall), (y, x) -> set.accept(y.overall, x), v));
    }

    private Label computed(String id, java.util.function.Supplier<Optional<BigDecimal>> value) {
        Label l = new Label();
        l.setId(id);
        l.setStyle("-fx-font-style: italic;");
        Runnable load = () -> l.setText(value.get().map(Figures::format).orElse("—"));
        load.run();
        support.onRefresh(load);
        return l;
    }

    private void showChecks() {
        checks.getChildren().clear();
        for (Check c : OverallFigures.checks(year)) {
            if (c.disagrees()) {
                Label l = new Label(Messages.text("overallEditor.label.52", c.message()));
                l.setStyle(WARN);
                l.getStyleClass().add("overall-check");
                checks.getChildren().add(l);
            }
        }
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        return g;
    }
}
