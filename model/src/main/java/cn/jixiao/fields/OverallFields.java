package cn.jixiao.fields;

import cn.jixiao.domain.Amount;
import cn.jixiao.domain.Stage;
import cn.jixiao.domain.UnitOverall;

import java.util.function.BiConsumer;
import java.util.function.Function;

import static cn.jixiao.domain.Stage.DECLARATION;
import static cn.jixiao.domain.Stage.SELF_EVALUATION;
import static cn.jixiao.fields.FieldKind.LONG_TEXT;
import static cn.jixiao.fields.FieldKind.RATE;
import static cn.jixiao.fields.FieldKind.SCORE;
import static cn.jixiao.fields.FieldKind.TEXT;

/** 部门整体: its declaration (budget, goals), its self-evaluation figures and the 自评报告's figures. */
public final class OverallFields {
    private OverallFields() {
    }

    private static Field<UnitOverall> text(String path, String label, Stage stage, FieldKind kind,
                                           Function<UnitOverall, String> get, BiConsumer<UnitOverall, String> set) {
        return Field.text(Owner.OVERALL, UnitOverall.class, path, label, stage, kind, get, set);
    }

    private static Field<UnitOverall> amount(String path, String label, Stage stage,
                                             Function<UnitOverall, Amount> get, BiConsumer<UnitOverall, Amount> set) {
        return Field.amount(Owner.OVERALL, UnitOverall.class, path, label, stage, get, set);
    }

    public static final Field<UnitOverall> BUDGET_UNIT = text("budgetUnit", "预算单位", DECLARATION, TEXT,
            o -> o.budgetUnit, (o, v) -> o.budgetUnit = v);
    public static final Field<UnitOverall> STATED_TOTAL = amount("statedTotal", "资金总额", DECLARATION,
            o -> o.statedTotal, (o, v) -> o.statedTotal = v);
    public static final Field<UnitOverall> GENERAL_PUBLIC_BUDGET = amount("generalPublicBudget", "一般公共预算", DECLARATION,
            o -> o.generalPublicBudget, (o, v) -> o.generalPublicBudget = v);
    public static final Field<UnitOverall> GOVERNMENT_FUND = amount("governmentFund", "政府性基金拨款", DECLARATION,
            o -> o.governmentFund, (o, v) -> o.governmentFund = v);
    public static final Field<UnitOverall> SPECIAL_ACCOUNT = amount("specialAccount", "纳入专户管理的非税收入", DECLARATION,
            o -> o.specialAccount, (o, v) -> o.specialAccount = v);
    public static final Field<UnitOverall> OTHER_FUNDS = amount("otherFunds", "其他资金", DECLARATION,
            o -> o.otherFunds, (o, v) -> o.otherFunds = v);
    public static final Field<UnitOverall> STATED_EXPENSE_TOTAL = amount("statedExpenseTotal", "支出合计", DECLARATION,
            o -> o.statedExpenseTotal, (o, v) -> o.statedExpenseTotal = v);
    public static final Field<UnitOverall> BASIC_EXPENSE = amount("basicExpense", "基本支出", DECLARATION,
            o -> o.basicExpense, (o, v) -> o.basicExpense = v);
    public static final Field<UnitOverall> PROJECT_EXPENSE = amount("projectExpense", "项目支出", DECLARATION,
            o -> o.projectExpense, (o, v) -> o.projectExpense = v);
    public static final Field<UnitOverall> LAST_YEAR_TOTAL = amount("lastYearTotal", "上年资金总额", DECLARATION,
            o -> o.lastYearTotal, (o, v) -> o.lastYearTotal = v);
    public static final Field<UnitOverall> LAST_YEAR_BASIC_EXPENSE = amount("lastYearBasicExpense", "上年基本支出", DECLARATION,
            o -> o.lastYearBasicExpense, (o, v) -> o.lastYearBasicExpense = v);
    public static final Field<UnitOverall> LAST_YEAR_PROJECT_EXPENSE = amount("lastYearProjectExpense", "上年项目支出",
            DECLARATION, o -> o.lastYearProjectExpense, (o, v) -> o.lastYearProjectExpense = v);
    public static final Field<UnitOverall> THREE_PUBLIC_STATED_TOTAL = amount("threePublicStatedTotal", "三公经费合计",
            DECLARATION, o -> o.threePublicStatedTotal, (o, v) -> o.threePublicStatedTotal = v);
    public static final Field<UnitOverall> OFFICIAL_VEHICLES = amount("officialVehicles", "公务用车购置及运行维护费", DECLARATION,
            o -> o.officialVehicles, (o, v) -> o.officialVehicles = v);
    public static final Field<UnitOverall> OVERSEAS_TRAVEL = amount("overseasTravel", "因公出国（境）费", DECLARATION,
            o -> o.overseasTravel, (o, v) -> o.overseasTravel = v);
    public static final Field<UnitOverall> OFFICIAL_RECEPTION = amount("officialReception", "公务接待费", DECLARATION,
            o -> o.officialReception, (o, v) -> o.officialReception = v);
    public static final Field<UnitOverall> FUNCTIONS_SUMMARY = text("functionsSummary", "部门职能职责概述", DECLARATION,
            LONG_TEXT, o -> o.functionsSummary, (o, v) -> o.functionsSummary = v);
    public static final Field<UnitOverall> GOALS = Field.lines(Owner.OVERALL, UnitOverall.class, "goals", "整体绩效目标",
            DECLARATION, o -> o.goals, (o, v) -> o.goals = v);
    public static final Field<UnitOverall> LONG_TERM_GOAL = text("longTermGoal", "长期目标", DECLARATION, LONG_TEXT,
            o -> o.longTermGoal, (o, v) -> o.longTermGoal = v);
    public static final Field<UnitOverall> OTHER_NOTES = text("otherNotes", "其他说明的问题", DECLARATION, LONG_TEXT,
            o -> o.otherNotes, (o, v) -> o.otherNotes = v);
    public static final Field<UnitOverall> REVIEW_OPINION = text("reviewOpinion", "财政部门审核意见", DECLARATION, LONG_TEXT,
            o -> o.reviewOpinion, (o, v) -> o.reviewOpinion = v);
    public static final Field<UnitOverall> PREPARER = text("declarationSignature.preparer", "填报人", DECLARATION, TEXT,
            o -> o.declarationSignature.preparer, (o, v) -> o.declarationSignature.preparer = v);
    public static final Field<UnitOverall> PHONE = text("declarationSignature.phone", "联系电话", DECLARATION, TEXT,
            o -> o.declarationSignature.phone, (o, v) -> o.declarationSignature.phone = v);
    public static final Field<UnitOverall> DATE = text("declarationSignature.date", "填报日期", DECLARATION, TEXT,
            o -> o.declarationSignature.date, (o, v) -> o.declarationSignature.date = v);
    public static final Field<UnitOverall> HEAD = text("declarationSignature.head", "单位负责人", DECLARATION, TEXT,
            o -> o.declarationSignature.head, (o, v) -> o.declarationSignature.head = v);

    // 自评
    public static final Field<UnitOverall> EXECUTED = amount("selfEvaluation.funds.executed", "执行数", SELF_EVALUATION,
            o -> o.selfEvaluation.funds.executed, (o, v) -> o.selfEvaluation.funds.executed = v);
    public static final Field<UnitOverall> STATED_EXECUTION_RATE = text("selfEvaluation.funds.statedExecutionRate", "执行率", SELF_EVALUATION, RATE,
            o -> o.selfEvaluation.funds.statedExecutionRate, (o, v) -> o.selfEvaluation.funds.statedExecutionRate = v);
    public static final Field<UnitOverall> FUNDS_WEIGHT = text("selfEvaluation.funds.weight", "资金分值", SELF_EVALUATION, SCORE,
            o -> o.selfEvaluation.funds.weight, (o, v) -> o.selfEvaluation.funds.weight = v);
    public static final Field<UnitOverall> STATED_FUNDS_SCORE = text("selfEvaluation.funds.statedScore", "资金得分", SELF_EVALUATION, SCORE,
            o -> o.selfEvaluation.funds.statedScore, (o, v) -> o.selfEvaluation.funds.statedScore = v);
    public static final Field<UnitOverall> STATED_TOTAL_SCORE = text("selfEvaluation.statedTotalScore", "总分", SELF_EVALUATION, SCORE,
            o -> o.selfEvaluation.statedTotalScore, (o, v) -> o.selfEvaluation.statedTotalScore = v);
    public static final Field<UnitOverall> STATED_WEIGHT_TOTAL = text("selfEvaluation.statedWeightTotal", "总分的分值", SELF_EVALUATION, SCORE,
            o -> o.selfEvaluation.statedWeightTotal, (o, v) -> o.selfEvaluation.statedWeightTotal = v);
    public static final Field<UnitOverall> SE_PREPARER = text("selfEvaluation.signature.preparer", "填表人", SELF_EVALUATION, TEXT,
            o -> o.selfEvaluation.signature.preparer, (o, v) -> o.selfEvaluation.signature.preparer = v);
    public static final Field<UnitOverall> SE_PHONE = text("selfEvaluation.signature.phone", "联系电话", SELF_EVALUATION, TEXT,
            o -> o.selfEvaluation.signature.phone, (o, v) -> o.selfEvaluation.signature.phone = v);
    public static final Field<UnitOverall> SE_DATE = text("selfEvaluation.signature.date", "填报日期", SELF_EVALUATION, TEXT,
            o -> o.selfEvaluation.signature.date, (o, v) -> o.selfEvaluation.signature.date = v);
    public static final Field<UnitOverall> SE_HEAD = text("selfEvaluation.signature.head", "单位负责人签字", SELF_EVALUATION, TEXT,
            o -> o.selfEvaluation.signature.head, (o, v) -> o.selfEvaluation.signature.head = v);

    // 自评报告's figures of the 部门整体
    public static final Field<UnitOverall> UNIT_DESCRIPTION = text("unitDescription", "部门、单位基本情况", SELF_EVALUATION,
            LONG_TEXT, o -> o.unitDescription, (o, v) -> o.unitDescription = v);
    public static final Field<UnitOverall> SALARY_BUDGET = amount("salaryBudget", "工资福利支出（年初预算）", SELF_EVALUATION,
            o -> o.salaryBudget, (o, v) -> o.salaryBudget = v);
    public static final Field<UnitOverall> SALARY_FINAL = amount("salaryFinal", "工资福利支出（决算）", SELF_EVALUATION,
            o -> o.salaryFinal, (o, v) -> o.salaryFinal = v);
    public static final Field<UnitOverall> HOUSEHOLD_SUBSIDY_BUDGET = amount("householdSubsidyBudget", "对个人和家庭的补助（年初预算）",
            SELF_EVALUATION, o -> o.householdSubsidyBudget, (o, v) -> o.householdSubsidyBudget = v);
    public static final Field<UnitOverall> HOUSEHOLD_SUBSIDY_FINAL = amount("householdSubsidyFinal", "对个人和家庭的补助（决算）",
            SELF_EVALUATION, o -> o.householdSubsidyFinal, (o, v) -> o.householdSubsidyFinal = v);
    public static final Field<UnitOverall> PROJECT_EXPENSE_FINAL = amount("projectExpenseFinal", "项目支出决算数", SELF_EVALUATION,
            o -> o.projectExpenseFinal, (o, v) -> o.projectExpenseFinal = v);
    public static final Field<UnitOverall> BASIC_EXPENSE_CHANGE_REASON = text("basicExpenseChangeReason", "基本支出增减原因",
            SELF_EVALUATION, LONG_TEXT, o -> o.basicExpenseChangeReason, (o, v) -> o.basicExpenseChangeReason = v);
    public static final Field<UnitOverall> PROJECT_EXPENSE_CHANGE_REASON = text("projectExpenseChangeReason", "项目支出增减原因",
            SELF_EVALUATION, LONG_TEXT, o -> o.projectExpenseChangeReason, (o, v) -> o.projectExpenseChangeReason = v);
    public static final Field<UnitOverall> STATE_CAPITAL_BUDGET = amount("stateCapitalBudget", "国有资本经营预算", SELF_EVALUATION,
            o -> o.stateCapitalBudget, (o, v) -> o.stateCapitalBudget = v);
    public static final Field<UnitOverall> SOCIAL_INSURANCE_BUDGET = amount("socialInsuranceBudget", "社会保险基金预算",
            SELF_EVALUATION, o -> o.socialInsuranceBudget, (o, v) -> o.socialInsuranceBudget = v);
    public static final Field<UnitOverall> REPORT_GOALS = Field.lines(Owner.OVERALL, UnitOverall.class, "reportGoals",
            "自评报告中的绩效目标", SELF_EVALUATION, o -> o.reportGoals, (o, v) -> o.reportGoals = v);
}
