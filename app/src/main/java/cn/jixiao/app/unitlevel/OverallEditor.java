package cn.jixiao.app.unitlevel;

import cn.jixiao.domain.Amount;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Signature;
import cn.jixiao.domain.Unit;
import cn.jixiao.domain.UnitOverall;
import cn.jixiao.editing.Edits;
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
import javafx.scene.control.cell.TextFieldListCell;
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

    public OverallEditor(UnitLevelContext ctx) {
        this.support = new EditorSupport(ctx);
        this.year = ctx.year();
        this.unit = ctx.unit();
        root.setId("overallEditor");
        root.setPadding(new Insets(12));
        root.getChildren().addAll(EditorSupport.heading("部门整体 — " + year.year + "年度"), support.message, checks);
        root.getChildren().addAll(EditorSupport.section("预算单位（表上写法，空则用单位名称）"),
                line("budgetUnit", "预算单位", o -> o.budgetUnit, (o, x) -> o.budgetUnit = x));
        root.getChildren().addAll(EditorSupport.section("年度预算（万元）"), budget());
        root.getChildren().addAll(EditorSupport.section("三公经费（万元）"), threePublic());
        root.getChildren().addAll(EditorSupport.section("人员"), staff());
        root.getChildren().addAll(EditorSupport.section("基本支出构成及其他（自评报告用，万元）"), reportFigures());
        root.getChildren().addAll(EditorSupport.section("部门职能职责概述"),
                support.textField(new TextArea(), "functionsSummary", () -> year.overall.functionsSummary,
                        v -> text("部门职能职责概述", o -> o.functionsSummary, (o, x) -> o.functionsSummary = x, v)));
        root.getChildren().addAll(EditorSupport.section("整体绩效目标"), goals());
        root.getChildren().addAll(EditorSupport.section("长期目标"),
                area("longTermGoal", "长期目标", o -> o.longTermGoal, (o, x) -> o.longTermGoal = x));
        root.getChildren().addAll(EditorSupport.section("部门整体支出年度绩效指标"), new OverallIndicatorGrid(support, year).view());
        root.getChildren().addAll(EditorSupport.section("自评表上填写的数（空则由程序计算）"), statedScores());
        root.getChildren().addAll(EditorSupport.section("一级指标分值（自评表上写在一级指标旁）"), new CategoryWeightGrid(support, year).view());
        root.getChildren().addAll(EditorSupport.section("其他说明的问题"),
                area("otherNotes", "其他说明的问题", o -> o.otherNotes, (o, x) -> o.otherNotes = x));
        root.getChildren().addAll(EditorSupport.section("财政部门审核意见"),
                area("reviewOpinion", "财政部门审核意见", o -> o.reviewOpinion, (o, x) -> o.reviewOpinion = x));
        root.getChildren().addAll(EditorSupport.section("申报表签署"), signature("declaration", o -> o.declarationSignature));
        root.getChildren().addAll(EditorSupport.section("自评表签署"), signature("selfEvaluation", o -> o.selfEvaluationSignature));
        support.onRefresh(this::showChecks);
        showChecks();
    }

    public Node view() {
        return root;
    }

    private GridPane budget() {
        GridPane g = grid();
        g.addRow(0, new Label("资金总额"), amount("statedTotal", "资金总额", o -> o.statedTotal, (o, v) -> o.statedTotal = v),
                new Label("按收入性质合计"), computed("computedIncomeTotal", () -> OverallFigures.incomeTotal(year.overall)),
                new Label("按支出性质合计"), computed("computedExpenseTotal", () -> OverallFigures.expenseTotal(year)));
        g.addRow(1, new Label("一般公共预算"), amount("generalPublicBudget", "一般公共预算", o -> o.generalPublicBudget, (o, v) -> o.generalPublicBudget = v),
                new Label("政府性基金"), amount("governmentFund", "政府性基金", o -> o.governmentFund, (o, v) -> o.governmentFund = v));
        g.addRow(2, new Label("纳入专户管理的非税收入"), amount("specialAccount", "纳入专户管理的非税收入", o -> o.specialAccount, (o, v) -> o.specialAccount = v),
                new Label("其他"), amount("otherFunds", "其他资金", o -> o.otherFunds, (o, v) -> o.otherFunds = v));
        g.addRow(3, new Label("基本支出"), amount("basicExpense", "基本支出", o -> o.basicExpense, (o, v) -> o.basicExpense = v),
                new Label("项目支出"), amount("projectExpense", "项目支出", o -> o.projectExpense, (o, v) -> o.projectExpense = v),
                new Label("按项目合计"), computed("computedProjectExpense", () -> OverallFigures.projectExpense(year)));
        g.addRow(4, new Label("支出合计（填写）"), amount("statedExpenseTotal", "支出合计", o -> o.statedExpenseTotal, (o, v) -> o.statedExpenseTotal = v));
        g.addRow(5, new Label("上年 资金总额"), amount("lastYearTotal", "上年资金总额", o -> o.lastYearTotal, (o, v) -> o.lastYearTotal = v),
                new Label("上年 基本支出"), amount("lastYearBasicExpense", "上年基本支出", o -> o.lastYearBasicExpense, (o, v) -> o.lastYearBasicExpense = v),
                new Label("上年 项目支出"), amount("lastYearProjectExpense", "上年项目支出", o -> o.lastYearProjectExpense, (o, v) -> o.lastYearProjectExpense = v));
        return g;
    }

    private GridPane threePublic() {
        GridPane g = grid();
        g.addRow(0, new Label("公务用车购置和运行维护"), amount("officialVehicles", "公务用车购置和运行维护", o -> o.officialVehicles, (o, v) -> o.officialVehicles = v),
                new Label("因公出国(境)"), amount("overseasTravel", "因公出国(境)", o -> o.overseasTravel, (o, v) -> o.overseasTravel = v));
        g.addRow(1, new Label("公务接待"), amount("officialReception", "公务接待", o -> o.officialReception, (o, v) -> o.officialReception = v),
                new Label("合计（填写）"), amount("threePublicStatedTotal", "三公经费合计", o -> o.threePublicStatedTotal, (o, v) -> o.threePublicStatedTotal = v),
                new Label("计算合计"), computed("computedThreePublic", () -> OverallFigures.threePublicTotal(year.overall)));
        return g;
    }

    private GridPane staff() {
        GridPane g = grid();
        TextField authorized = support.textField(new TextField(), "authorizedStaff", () -> unit.authorizedStaff,
                v -> support.perform(Edits.unitField("编制数", unit, u -> u.authorizedStaff, (u, x) -> u.authorizedStaff = x, v.strip())));
        TextField actual = support.textField(new TextField(), "actualStaff", () -> unit.actualStaff,
                v -> support.perform(Edits.unitField("实有人数", unit, u -> u.actualStaff, (u, x) -> u.actualStaff = x, v.strip())));
        authorized.setPrefColumnCount(5);
        actual.setPrefColumnCount(5);
        g.addRow(0, new Label("人员编制数"), authorized, new Label("实有人数"), actual);
        return g;
    }

    private GridPane reportFigures() {
        GridPane g = grid();
        g.addRow(0, new Label("工资福利支出 预算"), amount("salaryBudget", "工资福利支出预算", o -> o.salaryBudget, (o, v) -> o.salaryBudget = v),
                new Label("决算"), amount("salaryFinal", "工资福利支出决算", o -> o.salaryFinal, (o, v) -> o.salaryFinal = v));
        g.addRow(1, new Label("对个人和家庭的补助 预算"), amount("householdSubsidyBudget", "对个人和家庭的补助预算", o -> o.householdSubsidyBudget, (o, v) -> o.householdSubsidyBudget = v),
                new Label("决算"), amount("householdSubsidyFinal", "对个人和家庭的补助决算", o -> o.householdSubsidyFinal, (o, v) -> o.householdSubsidyFinal = v));
        g.addRow(2, new Label("项目支出决算数"), amount("projectExpenseFinal", "项目支出决算数", o -> o.projectExpenseFinal, (o, v) -> o.projectExpenseFinal = v));
        g.addRow(3, new Label("国有资本经营预算"), amount("stateCapitalBudget", "国有资本经营预算", o -> o.stateCapitalBudget, (o, v) -> o.stateCapitalBudget = v),
                new Label("社会保险基金预算"), amount("socialInsuranceBudget", "社会保险基金预算", o -> o.socialInsuranceBudget, (o, v) -> o.socialInsuranceBudget = v));
        g.add(new Label("基本支出增减原因"), 0, 5);
        g.add(area("basicExpenseChangeReason", "基本支出增减原因", o -> o.basicExpenseChangeReason, (o, x) -> o.basicExpenseChangeReason = x), 1, 5, 3, 1);
        g.add(new Label("项目支出增减原因"), 0, 6);
        g.add(area("projectExpenseChangeReason", "项目支出增减原因", o -> o.projectExpenseChangeReason, (o, x) -> o.projectExpenseChangeReason = x), 1, 6, 3, 1);
        g.add(new Label("部门、单位基本情况（空则用单位的职能职责）"), 0, 7);
        g.add(area("unitDescription", "部门、单位基本情况", o -> o.unitDescription, (o, x) -> o.unitDescription = x), 1, 7, 3, 1);
        Label note = new Label("一般商品和服务支出取自基础数据表的“公用经费”行。");
        note.setStyle("-fx-text-fill: #666;");
        g.add(note, 0, 4, 4, 1);
        return g;
    }

    private GridPane statedScores() {
        GridPane g = grid();
        g.addRow(0, new Label("资金执行率"), line("statedExecutionRate", "资金执行率", o -> o.statedExecutionRate, (o, x) -> o.statedExecutionRate = x),
                new Label("资金执行率得分"), line("statedFundsScore", "资金执行率得分", o -> o.statedFundsScore, (o, x) -> o.statedFundsScore = x));
        g.addRow(1, new Label("总分 分值"), line("statedWeightTotal", "总分分值", o -> o.statedWeightTotal, (o, x) -> o.statedWeightTotal = x),
                new Label("总分 得分"), line("statedTotalScore", "总分得分", o -> o.statedTotalScore, (o, x) -> o.statedTotalScore = x));
        return g;
    }

    private GridPane signature(String prefix, Function<UnitOverall, Signature> which) {
        GridPane g = grid();
        g.addRow(0, new Label("单位负责人"), signatureField(prefix + "Head", "单位负责人", which, s -> s.head, (s, x) -> s.head = x),
                new Label("填报人"), signatureField(prefix + "Preparer", "填报人", which, s -> s.preparer, (s, x) -> s.preparer = x));
        g.addRow(1, new Label("联系电话"), signatureField(prefix + "Phone", "联系电话", which, s -> s.phone, (s, x) -> s.phone = x),
                new Label("填报日期"), signatureField(prefix + "Date", "填报日期", which, s -> s.date, (s, x) -> s.date = x));
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

    private VBox goals() {
        ListView<String> list = new ListView<>();
        list.setId("goals");
        list.setEditable(true);
        list.setPrefHeight(150);
        list.setCellFactory(v -> new TextFieldListCell<>(new javafx.util.converter.DefaultStringConverter()) {
            @Override
            public void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                if (!empty && !isEditing()) {
                    setText((getIndex() + 1) + ". " + item);
                }
            }
        });
        Runnable load = () -> list.getItems().setAll(year.overall.goals);
        load.run();
        support.onRefresh(load);
        list.setOnEditCommit(e -> {
            List<String> after = new ArrayList<>(year.overall.goals);
            after.set(e.getIndex(), e.getNewValue().strip());
            saveGoals("修改整体绩效目标", after);
        });
        Button add = new Button("添加目标");
        add.setId("addGoal");
        add.setOnAction(e -> {
            List<String> after = new ArrayList<>(year.overall.goals);
            after.add("新目标");
            if (saveGoals("添加整体绩效目标", after)) {
                list.getSelectionModel().select(after.size() - 1);
                list.edit(after.size() - 1);
            }
        });
        Button remove = new Button("删除目标");
        remove.setId("removeGoal");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> {
            int i = list.getSelectionModel().getSelectedIndex();
            List<String> after = new ArrayList<>(year.overall.goals);
            after.remove(i);
            saveGoals("删除整体绩效目标", after);
        });
        return new VBox(4, list, new HBox(6, add, remove));
    }

    private boolean saveGoals(String description, List<String> after) {
        return support.perform(new cn.jixiao.editing.FieldEdit<>(description, new ArrayList<>(year.overall.goals), after,
                v -> year.overall.goals = new ArrayList<>(v), (file, v) -> file.saveYear(year)));
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
                Label l = new Label("⚠ " + c.message() + "（两者都保留，请核对）");
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
