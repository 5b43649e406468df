package cn.jixiao.app.unitlevel;

import cn.jixiao.app.Messages;
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
        root.getChildren().addAll(EditorSupport.heading(Messages.text("overallEditor.text.title", year.year)), support.messageArea(checks));
        root.getChildren().addAll(EditorSupport.section(Messages.text("overallEditor.text.unitNamePrompt")),
                line("budgetUnit", Messages.text("overallEditor.text.unitName"), o -> o.budgetUnit, (o, x) -> o.budgetUnit = x));
        root.getChildren().addAll(EditorSupport.section(Messages.text("overallEditor.text.budgetSection")), budget());
        root.getChildren().addAll(EditorSupport.section(Messages.text("overallEditor.text.threePublicSection")), threePublic());
        root.getChildren().addAll(EditorSupport.section(Messages.text("overallEditor.text.staffSection")), staff());
        root.getChildren().addAll(EditorSupport.section(Messages.text("overallEditor.text.reportFiguresSection")), reportFigures());
        root.getChildren().addAll(EditorSupport.section(Messages.text("overallEditor.text.functions")),
                support.textField(new TextArea(), "functionsSummary", () -> year.overall.functionsSummary,
                        v -> text(Messages.text("overallEditor.text.functions"), o -> o.functionsSummary, (o, x) -> o.functionsSummary = x, v)));
        root.getChildren().addAll(EditorSupport.section(Messages.text("overallEditor.text.overallGoals")), goals.view());
        root.getChildren().addAll(EditorSupport.section(Messages.text("overallEditor.text.longTermGoal")),
                area("longTermGoal", Messages.text("overallEditor.text.longTermGoal"), o -> o.longTermGoal, (o, x) -> o.longTermGoal = x));
        root.getChildren().addAll(EditorSupport.section(Messages.text("overallEditor.text.indicators")), indicators.view());
        root.getChildren().addAll(EditorSupport.section(Messages.text("overallEditor.text.statedFiguresSection")), statedScores());
        root.getChildren().addAll(EditorSupport.section(Messages.text("overallEditor.text.categoryWeightsSection")), weights.view());
        root.getChildren().addAll(EditorSupport.section(Messages.text("overallEditor.text.otherRemarks")),
                area("otherNotes", Messages.text("overallEditor.text.otherRemarks"), o -> o.otherNotes, (o, x) -> o.otherNotes = x));
        root.getChildren().addAll(EditorSupport.section(Messages.text("overallEditor.text.bureauOpinion")),
                area("reviewOpinion", Messages.text("overallEditor.text.bureauOpinion"), o -> o.reviewOpinion, (o, x) -> o.reviewOpinion = x));
        root.getChildren().addAll(EditorSupport.section(Messages.text("overallEditor.text.declarationSignature")), signature("declaration", o -> o.declarationSignature));
        root.getChildren().addAll(EditorSupport.section(Messages.text("overallEditor.text.selfEvaluationSignature")), signature("selfEvaluation", o -> o.selfEvaluationSignature));
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
            default -> Reveal.field(root.lookup("#" + ref.field()));
        };
    }

    private GridPane budget() {
        GridPane g = grid();
        g.addRow(0, new Label(Messages.text("overallEditor.label.statedTotal")), amount("statedTotal", Messages.text("overallEditor.label.statedTotal"), o -> o.statedTotal, (o, v) -> o.statedTotal = v),
                new Label(Messages.text("overallEditor.label.incomeTotal")), computed("computedIncomeTotal", () -> OverallFigures.incomeTotal(year.overall)),
                new Label(Messages.text("overallEditor.label.expenseTotal")), computed("computedExpenseTotal", () -> OverallFigures.expenseTotal(year)));
        g.addRow(1, new Label(Messages.text("overallEditor.label.generalPublicBudget")), amount("generalPublicBudget", Messages.text("overallEditor.label.generalPublicBudget"), o -> o.generalPublicBudget, (o, v) -> o.generalPublicBudget = v),
                new Label(Messages.text("overallEditor.label.governmentFund")), amount("governmentFund", Messages.text("overallEditor.label.governmentFund"), o -> o.governmentFund, (o, v) -> o.governmentFund = v));
        g.addRow(2, new Label(Messages.text("overallEditor.label.specialAccount")), amount("specialAccount", Messages.text("overallEditor.label.specialAccount"), o -> o.specialAccount, (o, v) -> o.specialAccount = v),
                new Label(Messages.text("overallEditor.label.other")), amount("otherFunds", Messages.text("overallEditor.label.otherFunds"), o -> o.otherFunds, (o, v) -> o.otherFunds = v));
        g.addRow(3, new Label(Messages.text("overallEditor.label.basicExpense")), amount("basicExpense", Messages.text("overallEditor.label.basicExpense"), o -> o.basicExpense, (o, v) -> o.basicExpense = v),
                new Label(Messages.text("overallEditor.label.projectExpense")), amount("projectExpense", Messages.text("overallEditor.label.projectExpense"), o -> o.projectExpense, (o, v) -> o.projectExpense = v),
                new Label(Messages.text("overallEditor.label.projectSum")), computed("computedProjectExpense", () -> OverallFigures.projectExpense(year)));
        g.addRow(4, new Label(Messages.text("overallEditor.label.statedExpenseTotal")), amount("statedExpenseTotal", Messages.text("overallEditor.label.expenseTotalField"), o -> o.statedExpenseTotal, (o, v) -> o.statedExpenseTotal = v));
        g.addRow(5, new Label(Messages.text("overallEditor.label.lastYearTotal")), amount("lastYearTotal", Messages.text("overallEditor.label.lastYearTotalField"), o -> o.lastYearTotal, (o, v) -> o.lastYearTotal = v),
                new Label(Messages.text("overallEditor.label.lastYearBasicExpense")), amount("lastYearBasicExpense", Messages.text("overallEditor.label.lastYearBasicExpenseField"), o -> o.lastYearBasicExpense, (o, v) -> o.lastYearBasicExpense = v),
                new Label(Messages.text("overallEditor.label.lastYearProjectExpense")), amount("lastYearProjectExpense", Messages.text("overallEditor.label.lastYearProjectExpenseField"), o -> o.lastYearProjectExpense, (o, v) -> o.lastYearProjectExpense = v));
        return g;
    }

    private GridPane threePublic() {
        GridPane g = grid();
        g.addRow(0, new Label(Messages.text("overallEditor.label.officialVehicles")), amount("officialVehicles", Messages.text("overallEditor.label.officialVehicles"), o -> o.officialVehicles, (o, v) -> o.officialVehicles = v),
                new Label(Messages.text("overallEditor.label.overseasTravel")), amount("overseasTravel", Messages.text("overallEditor.label.overseasTravel"), o -> o.overseasTravel, (o, v) -> o.overseasTravel = v));
        g.addRow(1, new Label(Messages.text("overallEditor.label.officialReception")), amount("officialReception", Messages.text("overallEditor.label.officialReception"), o -> o.officialReception, (o, v) -> o.officialReception = v),
                new Label(Messages.text("overallEditor.label.statedThreePublicTotal")), amount("threePublicStatedTotal", Messages.text("overallEditor.label.threePublicTotalField"), o -> o.threePublicStatedTotal, (o, v) -> o.threePublicStatedTotal = v),
                new Label(Messages.text("overallEditor.label.computedTotal")), computed("computedThreePublic", () -> OverallFigures.threePublicTotal(year.overall)));
        return g;
    }

    private GridPane staff() {
        GridPane g = grid();
        TextField authorized = support.textField(new TextField(), "authorizedStaff", () -> unit.authorizedStaff,
                v -> support.perform(Edits.unitField(Messages.text("overallEditor.text.authorizedStaffField"), unit, u -> u.authorizedStaff, (u, x) -> u.authorizedStaff = x, v.strip())));
        TextField actual = support.textField(new TextField(), "actualStaff", () -> unit.actualStaff,
                v -> support.perform(Edits.unitField(Messages.text("overallEditor.text.actualStaffField"), unit, u -> u.actualStaff, (u, x) -> u.actualStaff = x, v.strip())));
        authorized.setPrefColumnCount(5);
        actual.setPrefColumnCount(5);
        g.addRow(0, new Label(Messages.text("overallEditor.label.authorizedStaff")), authorized, new Label(Messages.text("overallEditor.label.actualStaff")), actual);
        return g;
    }

    private GridPane reportFigures() {
        GridPane g = grid();
        g.addRow(0, new Label(Messages.text("overallEditor.label.salaryBudget")), amount("salaryBudget", Messages.text("overallEditor.label.salaryBudgetField"), o -> o.salaryBudget, (o, v) -> o.salaryBudget = v),
                new Label(Messages.text("overallEditor.label.final")), amount("salaryFinal", Messages.text("overallEditor.label.salaryFinalField"), o -> o.salaryFinal, (o, v) -> o.salaryFinal = v));
        g.addRow(1, new Label(Messages.text("overallEditor.label.householdSubsidyBudget")), amount("householdSubsidyBudget", Messages.text("overallEditor.label.householdSubsidyBudgetField"), o -> o.householdSubsidyBudget, (o, v) -> o.householdSubsidyBudget = v),
                new Label(Messages.text("overallEditor.label.final")), amount("householdSubsidyFinal", Messages.text("overallEditor.label.householdSubsidyFinalField"), o -> o.householdSubsidyFinal, (o, v) -> o.householdSubsidyFinal = v));
        g.addRow(2, new Label(Messages.text("overallEditor.label.projectExpenseFinal")), amount("projectExpenseFinal", Messages.text("overallEditor.label.projectExpenseFinal"), o -> o.projectExpenseFinal, (o, v) -> o.projectExpenseFinal = v));
        g.addRow(3, new Label(Messages.text("overallEditor.label.stateCapitalBudget")), amount("stateCapitalBudget", Messages.text("overallEditor.label.stateCapitalBudget"), o -> o.stateCapitalBudget, (o, v) -> o.stateCapitalBudget = v),
                new Label(Messages.text("overallEditor.label.socialInsuranceBudget")), amount("socialInsuranceBudget", Messages.text("overallEditor.label.socialInsuranceBudget"), o -> o.socialInsuranceBudget, (o, v) -> o.socialInsuranceBudget = v));
        g.add(new Label(Messages.text("overallEditor.label.basicExpenseChangeCause")), 0, 5);
        g.add(area("basicExpenseChangeReason", Messages.text("overallEditor.text.basicExpenseChangeCauseField"), o -> o.basicExpenseChangeReason, (o, x) -> o.basicExpenseChangeReason = x), 1, 5, 3, 1);
        g.add(new Label(Messages.text("overallEditor.label.projectExpenseChangeCause")), 0, 6);
        g.add(area("projectExpenseChangeReason", Messages.text("overallEditor.text.projectExpenseChangeCauseField"), o -> o.projectExpenseChangeReason, (o, x) -> o.projectExpenseChangeReason = x), 1, 6, 3, 1);
        g.add(new Label(Messages.text("overallEditor.label.unitBackground")), 0, 7);
        g.add(area("unitDescription", Messages.text("overallEditor.text.unitBackgroundField"), o -> o.unitDescription, (o, x) -> o.unitDescription = x), 1, 7, 3, 1);
        Label note = new Label(Messages.text("overallEditor.label.publicExpenseFromBasicData"));
        note.setStyle("-fx-text-fill: #666;");
        g.add(note, 0, 4, 4, 1);
        return g;
    }

    private GridPane statedScores() {
        GridPane g = grid();
        g.addRow(0, new Label(Messages.text("overallEditor.label.executionRate")), line("statedExecutionRate", Messages.text("overallEditor.label.executionRate"), o -> o.statedExecutionRate, (o, x) -> o.statedExecutionRate = x),
                new Label(Messages.text("overallEditor.label.fundsScore")), line("statedFundsScore", Messages.text("overallEditor.label.fundsScore"), o -> o.statedFundsScore, (o, x) -> o.statedFundsScore = x));
        g.addRow(1, new Label(Messages.text("overallEditor.label.totalWeight")), line("statedWeightTotal", Messages.text("overallEditor.label.totalWeightField"), o -> o.statedWeightTotal, (o, x) -> o.statedWeightTotal = x),
                new Label(Messages.text("overallEditor.label.totalScore")), line("statedTotalScore", Messages.text("overallEditor.label.totalScoreField"), o -> o.statedTotalScore, (o, x) -> o.statedTotalScore = x));
        return g;
    }

    private GridPane signature(String prefix, Function<UnitOverall, Signature> which) {
        GridPane g = grid();
        g.addRow(0, new Label(Messages.text("overallEditor.label.unitHead")), signatureField(prefix + "Head", Messages.text("overallEditor.label.unitHead"), which, s -> s.head, (s, x) -> s.head = x),
                new Label(Messages.text("overallEditor.label.preparer")), signatureField(prefix + "Preparer", Messages.text("overallEditor.label.preparer"), which, s -> s.preparer, (s, x) -> s.preparer = x));
        g.addRow(1, new Label(Messages.text("overallEditor.label.phone")), signatureField(prefix + "Phone", Messages.text("overallEditor.label.phone"), which, s -> s.phone, (s, x) -> s.phone = x),
                new Label(Messages.text("overallEditor.label.date")), signatureField(prefix + "Date", Messages.text("overallEditor.label.date"), which, s -> s.date, (s, x) -> s.date = x));
        return g;
    }

    private TextField signatureField(String id, String label, Function<UnitOverall, Signature> which,
                                     Function<Signature, String> get, BiConsumer<Signature, String> set) {
        return support.textField(new TextField(), id, () -> get.apply(which.apply(year.overall)),
                v -> support.perform(Edits.yearField(label, year, y -> get.apply(which.apply(y.overall)),
                        (y, x) -> set.accept(which.apply(y.overall), x), v.strip())));
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
                Label l = new Label(Messages.text("overallEditor.label.statedDiffers", c.message()));
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
