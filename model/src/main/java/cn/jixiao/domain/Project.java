package cn.jixiao.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * 项目: one project of one year, with every field the four declaration layouts print and its
 * self-evaluation. {@link #lineage} stays the same from year to year, so year N+1's project
 * knows it continues year N's.
 */
public class Project {
    public String id = UUID.randomUUID().toString();
    /** Shared by the same project across years. */
    public String lineage = UUID.randomUUID().toString();
    /** 项目名称. */
    public String name = "";
    /** 单位代码 printed beside the project in the wide layout (002). */
    public String unitCode = "";
    /** 项目属性: 新增 or 延续. */
    public String attribute = "";
    /** 项目类型 (1. 基本建设类, 2. 行政事业类, 3. 其他专项类) as written. */
    public String projectType = "";
    /** Sub-type under the 项目类型 (新建/扩建/改建, 采购类/修缮类/奖励类). */
    public String projectSubType = "";
    /** 主管部门 as the project's form writes it. */
    public String supervisingDepartment = "";
    /** 主管部门代码 ('003' in '[003]怀远县人民政府办公室'). */
    public String supervisingDepartmentCode = "";
    /** 实施单位. */
    public String implementingUnit = "";
    /** 项目来源. */
    public String source = "";
    /** 项目期 ('3年'). */
    public String period = "";
    /** 项目起止时间 as written. */
    public String startEnd = "";
    /** 项目负责人 and phone. */
    public String manager = "";
    public String managerPhone = "";
    /** 绩效管理联络员 and phone. */
    public String liaison = "";
    public String liaisonPhone = "";
    /** 项目概况. */
    public String overview = "";
    /** 项目立项依据. */
    public String basis = "";
    /** 支出方向 (wide layout). */
    public String expenseDirection = "";
    public Funds funds = new Funds();
    /** 公开清单预算金额: the amount the public list prints, as written ('18.0' beside the declaration's '18.00'). */
    public Amount disclosureAmount = Amount.EMPTY;
    /** 支出明细预算. */
    public List<ExpenseLine> expenseLines = new ArrayList<>();
    /** 合计 of the 支出明细 as stated, this year and last year. */
    public Amount expenseLinesStatedTotal = Amount.EMPTY;
    public Amount expenseLinesLastYearStatedTotal = Amount.EMPTY;

    /**
     * 支出明细 合计 本年度: as stated, else what the lines add up to (empty when no line gives a
     * figure or one is not a number), so a form whose clerk left the 合计 blank still adds up.
     */
    public Amount expenseLinesTotal() {
        return expenseLinesStatedTotal != null && !expenseLinesStatedTotal.isEmpty() ? expenseLinesStatedTotal
                : Funds.sum(expenseLineAmounts(false)).map(Amount::of).orElse(Amount.EMPTY);
    }

    /** 支出明细 合计 上年度, by the same rule as {@link #expenseLinesTotal()}. */
    public Amount expenseLinesLastYearTotal() {
        return expenseLinesLastYearStatedTotal != null && !expenseLinesLastYearStatedTotal.isEmpty() ? expenseLinesLastYearStatedTotal
                : Funds.sum(expenseLineAmounts(true)).map(Amount::of).orElse(Amount.EMPTY);
    }

    private List<Amount> expenseLineAmounts(boolean lastYear) {
        List<Amount> out = new ArrayList<>();
        for (ExpenseLine l : expenseLines == null ? List.<ExpenseLine>of() : expenseLines) {
            Amount a = l == null ? null : lastYear ? l.lastYear : l.thisYear;
            out.add(a == null ? Amount.EMPTY : a);
        }
        return out;
    }
    /** 测算依据及说明 written on the 支出明细 合计 row itself. */
    public String expenseLinesTotalBasis = "";
    /** 单位已有的（或拟订的）保障项目实施的制度、措施. */
    public String safeguards = "";
    /** 项目年度实施进度计划. */
    public List<ScheduleItem> schedule = new ArrayList<>();
    /** 长期绩效目标 (longTermGoal). */
    public String longTermGoal = "";
    /** 年度绩效目标 (annualGoal). */
    public String annualGoal = "";
    /** 其他说明的问题. */
    public String otherNotes = "";
    /** 预算部门、财政部门审核意见 as printed (usually blank, for the stamp). */
    public String reviewOpinion = "";
    /** 基础数据表 category: 业务工作专项 / 运行维护专项 / 市级专项资金. */
    public String basicDataCategory = "";
    /** Framework (指标体系) id; empty means the year's. */
    public String frameworkId = "";
    /** 二级 marked 不适用 as "一级/二级". */
    public List<String> notApplicable = new ArrayList<>();
    /** 三级 indicators in order. */
    public List<Indicator> indicators = new ArrayList<>();
    /** Weights written beside the 一级 labels of the self-evaluation form. */
    public List<CategoryWeight> categoryWeights = new ArrayList<>();
    /** 一级 labels the self-evaluation prints in one merged cell (其他补助经费 2022: 产出指标 and 效益指标). */
    public List<String> mergedCategories = new ArrayList<>();
    /** Sign-off line of the declaration. */
    public Signature signature = new Signature();
    public SelfEvaluation selfEvaluation = new SelfEvaluation();
    /**
     * 新建项目: a new project of {@code unit} named {@code name}, filled where the unit's information
     * already knows the answer: 主管部门, 实施单位, and the sign-off lines of its 申报表 and 自评表
     * (填报人, 联系电话, 单位负责人). A clerk who typed the unit's information once finds it on every new
     * project's forms, not blank lines (issue 17: "填表人 and 电话 blank although the unit has them").
     */
    public static Project of(Unit unit, String name) {
        Project p = new Project();
        p.name = name == null ? "" : name;
        if (unit != null) {
            p.supervisingDepartment = unit.supervisingDepartment;
            p.implementingUnit = unit.name;
            for (Signature s : List.of(p.signature, p.selfEvaluation.signature)) {
                s.preparer = unit.preparer;
                s.phone = unit.phone;
                s.head = unit.head;
            }
        }
        return p;
    }

    /** True for a project copied into a new year and not yet checked by the clerk. */
    public boolean draft;

    /**
     * 项目预算, the one rule for a project's budget of the year: the declaration's 资金总额
     * ({@link Funds#budget()}), else the self-evaluation's 年初预算数, else its 全年预算数 (a year
     * brought in from self-evaluation forms has no declaration). The 年度总览, the 部门整体's
     * 项目支出, the 基础数据表, monitoring and review all read it here.
     */
    public Amount budget() {
        Amount declared = funds == null ? Amount.EMPTY : funds.budget();
        if (!declared.isEmpty()) {
            return declared;
        }
        if (selfEvaluation == null || selfEvaluation.funds == null) {
            return Amount.EMPTY;
        }
        FundsExecution f = selfEvaluation.funds;
        return f.initialBudget.isEmpty() ? f.adjustedBudget : f.initialBudget;
    }
}
