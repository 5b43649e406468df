package cn.jixiao.fields;

import cn.jixiao.domain.Amount;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Stage;

import java.util.function.BiConsumer;
import java.util.function.Function;

import static cn.jixiao.domain.Stage.DECLARATION;
import static cn.jixiao.domain.Stage.SELF_EVALUATION;
import static cn.jixiao.fields.FieldKind.CHOICE;
import static cn.jixiao.fields.FieldKind.LONG_TEXT;
import static cn.jixiao.fields.FieldKind.RATE;
import static cn.jixiao.fields.FieldKind.SCORE;
import static cn.jixiao.fields.FieldKind.TEXT;

/** 项目: the fields of a project's declaration, its funds and its self-evaluation. */
public final class ProjectFields {
    private ProjectFields() {
    }

    private static Field<Project> text(String path, String label, Stage stage, FieldKind kind,
                                       Function<Project, String> get, BiConsumer<Project, String> set) {
        return Field.text(Owner.PROJECT, Project.class, path, label, stage, kind, get, set);
    }

    private static Field<Project> amount(String path, String label, Stage stage,
                                         Function<Project, Amount> get, BiConsumer<Project, Amount> set) {
        return Field.amount(Owner.PROJECT, Project.class, path, label, stage, get, set);
    }

    // 申报: the project itself
    public static final Field<Project> NAME = text("name", "项目名称", DECLARATION, TEXT, p -> p.name, (p, v) -> p.name = v);
    public static final Field<Project> UNIT_CODE = text("unitCode", "单位代码", DECLARATION, TEXT, p -> p.unitCode, (p, v) -> p.unitCode = v);
    public static final Field<Project> ATTRIBUTE = text("attribute", "项目属性", DECLARATION, CHOICE, p -> p.attribute, (p, v) -> p.attribute = v);
    public static final Field<Project> PROJECT_TYPE = text("projectType", "项目类型", DECLARATION, CHOICE,
            p -> p.projectType, (p, v) -> p.projectType = v);
    public static final Field<Project> PROJECT_SUB_TYPE = text("projectSubType", "项目子类型", DECLARATION, CHOICE,
            p -> p.projectSubType, (p, v) -> p.projectSubType = v);
    public static final Field<Project> SUPERVISING_DEPARTMENT = text("supervisingDepartment", "主管部门", DECLARATION, TEXT,
            p -> p.supervisingDepartment, (p, v) -> p.supervisingDepartment = v);
    public static final Field<Project> SUPERVISING_DEPARTMENT_CODE = text("supervisingDepartmentCode", "主管部门代码",
            DECLARATION, TEXT, p -> p.supervisingDepartmentCode, (p, v) -> p.supervisingDepartmentCode = v);
    public static final Field<Project> IMPLEMENTING_UNIT = text("implementingUnit", "实施单位", DECLARATION, TEXT,
            p -> p.implementingUnit, (p, v) -> p.implementingUnit = v);
    public static final Field<Project> SOURCE = text("source", "项目来源", DECLARATION, TEXT, p -> p.source, (p, v) -> p.source = v);
    public static final Field<Project> PERIOD = text("period", "项目期", DECLARATION, TEXT, p -> p.period, (p, v) -> p.period = v);
    public static final Field<Project> START_END = text("startEnd", "项目起止时间", DECLARATION, TEXT, p -> p.startEnd, (p, v) -> p.startEnd = v);
    public static final Field<Project> MANAGER = text("manager", "项目负责人", DECLARATION, TEXT, p -> p.manager, (p, v) -> p.manager = v);
    public static final Field<Project> MANAGER_PHONE = text("managerPhone", "项目负责人电话", DECLARATION, TEXT,
            p -> p.managerPhone, (p, v) -> p.managerPhone = v);
    public static final Field<Project> LIAISON = text("liaison", "绩效管理联络员", DECLARATION, TEXT, p -> p.liaison, (p, v) -> p.liaison = v);
    public static final Field<Project> LIAISON_PHONE = text("liaisonPhone", "联络员电话", DECLARATION, TEXT,
            p -> p.liaisonPhone, (p, v) -> p.liaisonPhone = v);
    public static final Field<Project> OVERVIEW = text("overview", "项目概况", DECLARATION, LONG_TEXT, p -> p.overview, (p, v) -> p.overview = v);
    public static final Field<Project> BASIS = text("basis", "项目立项依据", DECLARATION, LONG_TEXT, p -> p.basis, (p, v) -> p.basis = v);
    public static final Field<Project> EXPENSE_DIRECTION = text("expenseDirection", "支出方向", DECLARATION, TEXT,
            p -> p.expenseDirection, (p, v) -> p.expenseDirection = v);
    public static final Field<Project> SAFEGUARDS = text("safeguards", "保障制度措施", DECLARATION, LONG_TEXT,
            p -> p.safeguards, (p, v) -> p.safeguards = v);
    public static final Field<Project> LONG_TERM_GOAL = text("longTermGoal", "长期绩效目标", DECLARATION, LONG_TEXT,
            p -> p.longTermGoal, (p, v) -> p.longTermGoal = v);
    public static final Field<Project> ANNUAL_GOAL = text("annualGoal", "年度绩效目标", DECLARATION, LONG_TEXT,
            p -> p.annualGoal, (p, v) -> p.annualGoal = v);
    public static final Field<Project> OTHER_NOTES = text("otherNotes", "其他说明的问题", DECLARATION, LONG_TEXT,
            p -> p.otherNotes, (p, v) -> p.otherNotes = v);
    public static final Field<Project> REVIEW_OPINION = text("reviewOpinion", "审核意见", DECLARATION, LONG_TEXT,
            p -> p.reviewOpinion, (p, v) -> p.reviewOpinion = v);
    public static final Field<Project> BASIC_DATA_CATEGORY = text("basicDataCategory", "基础数据表分类", DECLARATION, CHOICE,
            p -> p.basicDataCategory, (p, v) -> p.basicDataCategory = v);
    public static final Field<Project> FRAMEWORK = text("frameworkId", "指标体系", DECLARATION, CHOICE,
            p -> p.frameworkId, (p, v) -> p.frameworkId = v);
    public static final Field<Project> NOT_APPLICABLE = Field.lines(Owner.PROJECT, Project.class, "notApplicable",
            "不适用的二级指标", DECLARATION, p -> p.notApplicable, (p, v) -> p.notApplicable = v);
    public static final Field<Project> MERGED_CATEGORIES = Field.lines(Owner.PROJECT, Project.class, "mergedCategories",
            "合并打印的一级指标", SELF_EVALUATION, p -> p.mergedCategories, (p, v) -> p.mergedCategories = v);
    public static final Field<Project> DRAFT = Field.flag(Owner.PROJECT, Project.class, "draft", "待核对", null,
            p -> p.draft, (p, v) -> p.draft = v);

    // 申报: 项目资金
    public static final Field<Project> STATED_TOTAL = amount("funds.statedTotal", "资金总额", DECLARATION,
            p -> p.funds.statedTotal, (p, v) -> p.funds.statedTotal = v);
    public static final Field<Project> FISCAL_APPROPRIATION = amount("funds.fiscalAppropriation", "财政拨款", DECLARATION,
            p -> p.funds.fiscalAppropriation, (p, v) -> p.funds.fiscalAppropriation = v);
    public static final Field<Project> OTHER_FUNDS = amount("funds.otherFunds", "其他资金", DECLARATION,
            p -> p.funds.otherFunds, (p, v) -> p.funds.otherFunds = v);
    public static final Field<Project> LAST_YEAR_STATED_TOTAL = amount("funds.lastYearStatedTotal", "上年度安排资金合计",
            DECLARATION, p -> p.funds.lastYearStatedTotal, (p, v) -> p.funds.lastYearStatedTotal = v);
    public static final Field<Project> CENTRAL_THIS_YEAR = amount("funds.centralThisYear", "中央资金（本年度）", DECLARATION,
            p -> p.funds.centralThisYear, (p, v) -> p.funds.centralThisYear = v);
    public static final Field<Project> CENTRAL_LAST_YEAR = amount("funds.centralLastYear", "中央资金（上年度）", DECLARATION,
            p -> p.funds.centralLastYear, (p, v) -> p.funds.centralLastYear = v);
    public static final Field<Project> PROVINCIAL_THIS_YEAR = amount("funds.provincialThisYear", "省级资金（本年度）", DECLARATION,
            p -> p.funds.provincialThisYear, (p, v) -> p.funds.provincialThisYear = v);
    public static final Field<Project> PROVINCIAL_LAST_YEAR = amount("funds.provincialLastYear", "省级资金（上年度）", DECLARATION,
            p -> p.funds.provincialLastYear, (p, v) -> p.funds.provincialLastYear = v);
    public static final Field<Project> CITY_THIS_YEAR = amount("funds.cityThisYear", "市级资金（本年度）", DECLARATION,
            p -> p.funds.cityThisYear, (p, v) -> p.funds.cityThisYear = v);
    public static final Field<Project> CITY_LAST_YEAR = amount("funds.cityLastYear", "市级资金（上年度）", DECLARATION,
            p -> p.funds.cityLastYear, (p, v) -> p.funds.cityLastYear = v);
    public static final Field<Project> COUNTY_THIS_YEAR = amount("funds.countyThisYear", "县级资金（本年度）", DECLARATION,
            p -> p.funds.countyThisYear, (p, v) -> p.funds.countyThisYear = v);
    public static final Field<Project> COUNTY_LAST_YEAR = amount("funds.countyLastYear", "县级资金（上年度）", DECLARATION,
            p -> p.funds.countyLastYear, (p, v) -> p.funds.countyLastYear = v);
    public static final Field<Project> DISCLOSURE_AMOUNT = amount("disclosureAmount", "公开清单预算金额", DECLARATION,
            p -> p.disclosureAmount, (p, v) -> p.disclosureAmount = v);
    public static final Field<Project> EXPENSE_LINES_STATED_TOTAL = amount("expenseLinesStatedTotal", "支出明细合计（本年度）",
            DECLARATION, p -> p.expenseLinesStatedTotal, (p, v) -> p.expenseLinesStatedTotal = v);
    public static final Field<Project> EXPENSE_LINES_LAST_YEAR_STATED_TOTAL = amount("expenseLinesLastYearStatedTotal",
            "支出明细合计（上年度）", DECLARATION, p -> p.expenseLinesLastYearStatedTotal,
            (p, v) -> p.expenseLinesLastYearStatedTotal = v);
    public static final Field<Project> EXPENSE_LINES_TOTAL_BASIS = text("expenseLinesTotalBasis", "支出明细合计的测算依据",
            DECLARATION, LONG_TEXT, p -> p.expenseLinesTotalBasis, (p, v) -> p.expenseLinesTotalBasis = v);

    // 申报: 签字
    public static final Field<Project> PREPARER = text("signature.preparer", "填报人", DECLARATION, TEXT,
            p -> p.signature.preparer, (p, v) -> p.signature.preparer = v);
    public static final Field<Project> PHONE = text("signature.phone", "联系电话", DECLARATION, TEXT,
            p -> p.signature.phone, (p, v) -> p.signature.phone = v);
    public static final Field<Project> DATE = text("signature.date", "填报日期", DECLARATION, TEXT,
            p -> p.signature.date, (p, v) -> p.signature.date = v);
    public static final Field<Project> HEAD = text("signature.head", "单位负责人", DECLARATION, TEXT,
            p -> p.signature.head, (p, v) -> p.signature.head = v);

    // 自评
    public static final Field<Project> EXPECTED_OUTCOME = text("selfEvaluation.expectedOutcome", "预期目标", SELF_EVALUATION,
            LONG_TEXT, p -> p.selfEvaluation.expectedOutcome, (p, v) -> p.selfEvaluation.expectedOutcome = v);
    public static final Field<Project> ACTUAL_OUTCOME = text("selfEvaluation.actualOutcome", "实际完成情况", SELF_EVALUATION,
            LONG_TEXT, p -> p.selfEvaluation.actualOutcome, (p, v) -> p.selfEvaluation.actualOutcome = v);
    public static final Field<Project> STATED_TOTAL_SCORE = text("selfEvaluation.statedTotalScore", "总分", SELF_EVALUATION,
            SCORE, p -> p.selfEvaluation.statedTotalScore, (p, v) -> p.selfEvaluation.statedTotalScore = v);
    public static final Field<Project> STATED_WEIGHT_TOTAL = text("selfEvaluation.statedWeightTotal", "总分的分值",
            SELF_EVALUATION, SCORE, p -> p.selfEvaluation.statedWeightTotal, (p, v) -> p.selfEvaluation.statedWeightTotal = v);
    public static final Field<Project> SE_STARTED = Field.flag(Owner.PROJECT, Project.class, "selfEvaluation.started",
            "已开始自评", SELF_EVALUATION, p -> p.selfEvaluation.started, (p, v) -> p.selfEvaluation.started = v);
    public static final Field<Project> INITIAL_BUDGET = amount("selfEvaluation.funds.initialBudget", "自评表“年度资金总额”的年初预算数", SELF_EVALUATION,
            p -> p.selfEvaluation.funds.initialBudget, (p, v) -> p.selfEvaluation.funds.initialBudget = v);
    public static final Field<Project> ADJUSTED_BUDGET = amount("selfEvaluation.funds.adjustedBudget", "自评表“年度资金总额”的全年预算数", SELF_EVALUATION,
            p -> p.selfEvaluation.funds.adjustedBudget, (p, v) -> p.selfEvaluation.funds.adjustedBudget = v);
    public static final Field<Project> EXECUTED = amount("selfEvaluation.funds.executed", "自评表“年度资金总额”的全年执行数", SELF_EVALUATION,
            p -> p.selfEvaluation.funds.executed, (p, v) -> p.selfEvaluation.funds.executed = v);
    public static final Field<Project> FISCAL_INITIAL = amount("selfEvaluation.funds.fiscalInitial", "自评表“其中：当年财政拨款”的年初预算数",
            SELF_EVALUATION, p -> p.selfEvaluation.funds.fiscalInitial, (p, v) -> p.selfEvaluation.funds.fiscalInitial = v);
    public static final Field<Project> FISCAL_ADJUSTED = amount("selfEvaluation.funds.fiscalAdjusted", "自评表“其中：当年财政拨款”的全年预算数",
            SELF_EVALUATION, p -> p.selfEvaluation.funds.fiscalAdjusted, (p, v) -> p.selfEvaluation.funds.fiscalAdjusted = v);
    public static final Field<Project> FISCAL_EXECUTED = amount("selfEvaluation.funds.fiscalExecuted", "自评表“其中：当年财政拨款”的全年执行数",
            SELF_EVALUATION, p -> p.selfEvaluation.funds.fiscalExecuted, (p, v) -> p.selfEvaluation.funds.fiscalExecuted = v);
    public static final Field<Project> CARRY_OVER_INITIAL = amount("selfEvaluation.funds.carryOverInitial", "自评表“上年结转资金”的年初预算数",
            SELF_EVALUATION, p -> p.selfEvaluation.funds.carryOverInitial, (p, v) -> p.selfEvaluation.funds.carryOverInitial = v);
    public static final Field<Project> CARRY_OVER_ADJUSTED = amount("selfEvaluation.funds.carryOverAdjusted", "自评表“上年结转资金”的全年预算数",
            SELF_EVALUATION, p -> p.selfEvaluation.funds.carryOverAdjusted, (p, v) -> p.selfEvaluation.funds.carryOverAdjusted = v);
    public static final Field<Project> CARRY_OVER_EXECUTED = amount("selfEvaluation.funds.carryOverExecuted", "自评表“上年结转资金”的全年执行数",
            SELF_EVALUATION, p -> p.selfEvaluation.funds.carryOverExecuted, (p, v) -> p.selfEvaluation.funds.carryOverExecuted = v);
    public static final Field<Project> OTHER_INITIAL = amount("selfEvaluation.funds.otherInitial", "自评表“其他资金”的年初预算数",
            SELF_EVALUATION, p -> p.selfEvaluation.funds.otherInitial, (p, v) -> p.selfEvaluation.funds.otherInitial = v);
    public static final Field<Project> OTHER_ADJUSTED = amount("selfEvaluation.funds.otherAdjusted", "自评表“其他资金”的全年预算数",
            SELF_EVALUATION, p -> p.selfEvaluation.funds.otherAdjusted, (p, v) -> p.selfEvaluation.funds.otherAdjusted = v);
    public static final Field<Project> OTHER_EXECUTED = amount("selfEvaluation.funds.otherExecuted", "自评表“其他资金”的全年执行数",
            SELF_EVALUATION, p -> p.selfEvaluation.funds.otherExecuted, (p, v) -> p.selfEvaluation.funds.otherExecuted = v);
    public static final Field<Project> FUNDS_WEIGHT = text("selfEvaluation.funds.weight", "资金分值", SELF_EVALUATION, SCORE,
            p -> p.selfEvaluation.funds.weight, (p, v) -> p.selfEvaluation.funds.weight = v);
    public static final Field<Project> STATED_EXECUTION_RATE = text("selfEvaluation.funds.statedExecutionRate", "执行率",
            SELF_EVALUATION, RATE, p -> p.selfEvaluation.funds.statedExecutionRate,
            (p, v) -> p.selfEvaluation.funds.statedExecutionRate = v);
    public static final Field<Project> STATED_FUNDS_SCORE = text("selfEvaluation.funds.statedScore", "资金得分", SELF_EVALUATION,
            SCORE, p -> p.selfEvaluation.funds.statedScore, (p, v) -> p.selfEvaluation.funds.statedScore = v);
    public static final Field<Project> SE_PREPARER = text("selfEvaluation.signature.preparer", "填表人", SELF_EVALUATION, TEXT,
            p -> p.selfEvaluation.signature.preparer, (p, v) -> p.selfEvaluation.signature.preparer = v);
    public static final Field<Project> SE_PHONE = text("selfEvaluation.signature.phone", "联系电话", SELF_EVALUATION, TEXT,
            p -> p.selfEvaluation.signature.phone, (p, v) -> p.selfEvaluation.signature.phone = v);
    public static final Field<Project> SE_DATE = text("selfEvaluation.signature.date", "填报日期", SELF_EVALUATION, TEXT,
            p -> p.selfEvaluation.signature.date, (p, v) -> p.selfEvaluation.signature.date = v);
    public static final Field<Project> SE_HEAD = text("selfEvaluation.signature.head", "单位负责人签字", SELF_EVALUATION, TEXT,
            p -> p.selfEvaluation.signature.head, (p, v) -> p.selfEvaluation.signature.head = v);
}
