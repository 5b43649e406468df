package cn.jixiao.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 部门整体: the unit's yearly budget, its goals and its indicator tree, for both the
 * declaration (整体支出绩效目标申报表) and the self-evaluation (部门整体支出绩效自评表).
 */
public class UnitOverall {
    /** 预算单位 as this year's form writes it (湘阴 附件1: '湘阴县政府办'); empty means the unit's name. */
    public String budgetUnit = "";
    /** 资金总额 (年度预算申请) as stated. */
    public Amount statedTotal = Amount.EMPTY;
    /** 按收入性质分. */
    public Amount generalPublicBudget = Amount.EMPTY;
    public Amount governmentFund = Amount.EMPTY;
    /** 纳入专户管理的非税收入 / 财政专户管理资金. */
    public Amount specialAccount = Amount.EMPTY;
    public Amount otherFunds = Amount.EMPTY;
    /** 支出合计 as stated where the form prints it apart from the 收入合计 (湘阴 附件1). */
    public Amount statedExpenseTotal = Amount.EMPTY;
    /** 按支出性质分. */
    public Amount basicExpense = Amount.EMPTY;
    public Amount projectExpense = Amount.EMPTY;
    /** 上年 figures where the layout prints them (湘阴 附件1). */
    public Amount lastYearTotal = Amount.EMPTY;
    public Amount lastYearBasicExpense = Amount.EMPTY;
    public Amount lastYearProjectExpense = Amount.EMPTY;
    /** 三公经费预算 合计 as stated. */
    public Amount threePublicStatedTotal = Amount.EMPTY;
    /** 三公经费 (threePublicExpenses). */
    public Amount officialVehicles = Amount.EMPTY;
    public Amount overseasTravel = Amount.EMPTY;
    public Amount officialReception = Amount.EMPTY;
    /** 部门职能职责概述 for this year's form. */
    public String functionsSummary = "";
    /** 整体绩效目标 / 年度目标, numbered goals. */
    public List<String> goals = new ArrayList<>();

    /** What earlier versions put in a goal just added ('新目标'): left untouched, it states no goal. */
    private static final String UNTOUCHED_GOAL = "新目标";

    /** Whether a goal line states a goal: not blank and not the untouched {@link #UNTOUCHED_GOAL}. */
    public static boolean isGoal(String goal) {
        return goal != null && !goal.isBlank() && !goal.strip().equals(UNTOUCHED_GOAL);
    }
    /** 长期目标 where the layout asks for it. */
    public String longTermGoal = "";
    public List<Indicator> indicators = new ArrayList<>();
    public List<CategoryWeight> categoryWeights = new ArrayList<>();
    /** 其他说明的问题 of the declaration. */
    public String otherNotes = "";
    /** 财政部门审核意见 as printed on the declaration. */
    public String reviewOpinion = "";
    /**
     * 部门整体支出绩效自评: the same stage object as a project's {@link Project#selfEvaluation}
     * (执行数, stated 执行率, 分值 and 得分 in its funds; 总分 and the weights' total; its signature).
     */
    public SelfEvaluation selfEvaluation = new SelfEvaluation();
    /** 部门、单位基本情况: the unit's description as the 自评报告 opens with it; empty means {@link Unit#functionsSummary}. */
    public String unitDescription = "";
    /** 工资福利支出 in the 基本支出, budget (年初预算) and final (决算), for the 自评报告. */
    public Amount salaryBudget = Amount.EMPTY;
    public Amount salaryFinal = Amount.EMPTY;
    /** 对个人和家庭的补助 in the 基本支出, budget and final. */
    public Amount householdSubsidyBudget = Amount.EMPTY;
    public Amount householdSubsidyFinal = Amount.EMPTY;
    /** 项目支出决算数 as the 自评报告 states it. */
    public Amount projectExpenseFinal = Amount.EMPTY;
    /** 基本支出增减原因 (the sentence after the figures in the 自评报告). */
    public String basicExpenseChangeReason = "";
    /** 项目支出增减原因. */
    public String projectExpenseChangeReason = "";
    /** 项目支出 年初预算 by project as the 自评报告 lists them, where the clerk groups or splits projects otherwise than the project list. */
    public List<BudgetLine> projectBudgetLines = new ArrayList<>();
    /** 国有资本经营预算 of the year. */
    public Amount stateCapitalBudget = Amount.EMPTY;
    /** 社会保险基金预算 of the year. */
    public Amount socialInsuranceBudget = Amount.EMPTY;
    /** 部门整体支出绩效情况: the goals as the 自评报告 numbers them ('目标1：…'), where they differ from {@link #goals}. */
    public List<String> reportGoals = new ArrayList<>();
    /** Free fields a layout prints that have no better home, keyed by their label. */
    public java.util.Map<String, String> extra = new java.util.TreeMap<>();
    public Signature declarationSignature = new Signature();

    /** 按收入性质分: 一般公共预算, 政府性基金, 纳入专户管理的非税收入, 其他资金. */
    public List<Amount> incomeParts() {
        return List.of(generalPublicBudget, governmentFund, specialAccount, otherFunds);
    }

    /**
     * 资金总额 (年度预算), the one rule for the 部门整体's budget: as stated, else what its parts by
     * income type add up to (empty when none is given or one is not a number). Scoring, review, the
     * editor and the printed 自评表 all divide 执行数 by this.
     */
    public Amount budget() {
        if (!statedTotal.isEmpty()) {
            return statedTotal;
        }
        return Funds.sum(incomeParts()).map(Amount::of).orElse(Amount.EMPTY);
    }

    /**
     * Each stated total of the year's table (资金总额, 支出合计, 三公经费合计) that its parts, where
     * given, do not add up to. The forms print the stated figure as the clerk typed it and mark
     * the difference beneath the table with {@link Funds.PartsMismatch#message()}.
     */
    public List<Funds.PartsMismatch> partsMismatches() {
        List<Funds.PartsMismatch> out = new ArrayList<>();
        mismatch(out, "资金总额", statedTotal, "按收入性质分各项之和", incomeParts());
        mismatch(out, "支出合计", statedExpenseTotal, "基本支出与项目支出之和", List.of(basicExpense, projectExpense));
        mismatch(out, "三公经费合计", threePublicStatedTotal, "公务用车、因公出国（境）、公务接待费之和",
                List.of(officialVehicles, overseasTravel, officialReception));
        return out;
    }

    private static void mismatch(List<Funds.PartsMismatch> out, String totalLabel, Amount stated, String partsLabel, List<Amount> parts) {
        Optional<BigDecimal> total = stated == null ? Optional.empty() : stated.value();
        Optional<BigDecimal> sum = Funds.sum(parts);
        if (total.isPresent() && sum.isPresent() && total.get().compareTo(sum.get()) != 0) {
            out.add(new Funds.PartsMismatch(totalLabel, total.get(), partsLabel, sum.get()));
        }
    }

    /** 资金执行率 = 执行数 / {@link #budget()}, as a fraction ({@link Percent}). */
    public Optional<BigDecimal> executionRate() {
        return Percent.ratio(selfEvaluation.funds.executed, budget());
    }
}
