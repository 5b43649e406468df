package cn.jixiao.review;

import cn.jixiao.domain.Amount;
import cn.jixiao.domain.BasicDataColumn;
import cn.jixiao.domain.BasicDataRow;
import cn.jixiao.domain.ExpenseLine;
import cn.jixiao.domain.Funds;
import cn.jixiao.domain.FundsExecution;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.UnitOverall;

import java.util.ArrayList;
import java.util.List;

/** Every 万元 cell of a project, of the 部门整体 and of the 基础数据表, with its path and its label on the form. */
public final class AmountFields {
    private AmountFields() {
    }

    /** One money cell: JSON path, how the form labels it, and what it holds. */
    public record Cell(String field, String label, Amount amount) {
    }

    public static List<Cell> of(Project p) {
        List<Cell> c = new ArrayList<>();
        Funds f = p.funds;
        c.add(new Cell("funds.statedTotal", "资金总额", f.statedTotal));
        c.add(new Cell("funds.fiscalAppropriation", "财政拨款", f.fiscalAppropriation));
        c.add(new Cell("funds.otherFunds", "其他资金", f.otherFunds));
        c.add(new Cell("funds.lastYearStatedTotal", "上年度安排资金合计", f.lastYearStatedTotal));
        c.add(new Cell("funds.centralThisYear", "中央资金（本年度）", f.centralThisYear));
        c.add(new Cell("funds.centralLastYear", "中央资金（上年度）", f.centralLastYear));
        c.add(new Cell("funds.provincialThisYear", "省级资金（本年度）", f.provincialThisYear));
        c.add(new Cell("funds.provincialLastYear", "省级资金（上年度）", f.provincialLastYear));
        c.add(new Cell("funds.cityThisYear", "市级资金（本年度）", f.cityThisYear));
        c.add(new Cell("funds.cityLastYear", "市级资金（上年度）", f.cityLastYear));
        c.add(new Cell("funds.countyThisYear", "县级资金（本年度）", f.countyThisYear));
        c.add(new Cell("funds.countyLastYear", "县级资金（上年度）", f.countyLastYear));
        c.add(new Cell("disclosureAmount", "公开清单预算金额", p.disclosureAmount));
        c.add(new Cell("expenseLinesStatedTotal", "支出明细合计（本年度）", p.expenseLinesStatedTotal));
        c.add(new Cell("expenseLinesLastYearStatedTotal", "支出明细合计（上年度）", p.expenseLinesLastYearStatedTotal));
        for (int k = 0; k < p.expenseLines.size(); k++) {
            ExpenseLine e = p.expenseLines.get(k);
            String name = "支出明细“" + (e.item.isBlank() ? "第" + (k + 1) + "行" : e.item) + "”";
            c.add(new Cell("expenseLines[" + k + "].lastYear", name + "的上年度安排资金", e.lastYear));
            c.add(new Cell("expenseLines[" + k + "].thisYear", name + "的本年度申请资金", e.thisYear));
        }
        FundsExecution x = p.selfEvaluation.funds;
        String s = "selfEvaluation.funds.";
        c.add(new Cell(s + "initialBudget", "自评表“年度资金总额”的年初预算数", x.initialBudget));
        c.add(new Cell(s + "adjustedBudget", "自评表“年度资金总额”的全年预算数", x.adjustedBudget));
        c.add(new Cell(s + "executed", "自评表“年度资金总额”的全年执行数", x.executed));
        c.add(new Cell(s + "fiscalInitial", "自评表“其中：当年财政拨款”的年初预算数", x.fiscalInitial));
        c.add(new Cell(s + "fiscalAdjusted", "自评表“其中：当年财政拨款”的全年预算数", x.fiscalAdjusted));
        c.add(new Cell(s + "fiscalExecuted", "自评表“其中：当年财政拨款”的全年执行数", x.fiscalExecuted));
        c.add(new Cell(s + "carryOverInitial", "自评表“上年结转资金”的年初预算数", x.carryOverInitial));
        c.add(new Cell(s + "carryOverAdjusted", "自评表“上年结转资金”的全年预算数", x.carryOverAdjusted));
        c.add(new Cell(s + "carryOverExecuted", "自评表“上年结转资金”的全年执行数", x.carryOverExecuted));
        c.add(new Cell(s + "otherInitial", "自评表“其他资金”的年初预算数", x.otherInitial));
        c.add(new Cell(s + "otherAdjusted", "自评表“其他资金”的全年预算数", x.otherAdjusted));
        c.add(new Cell(s + "otherExecuted", "自评表“其他资金”的全年执行数", x.otherExecuted));
        return c;
    }

    public static List<Cell> of(UnitOverall o) {
        List<Cell> c = new ArrayList<>();
        c.add(new Cell("statedTotal", "资金总额", o.statedTotal));
        c.add(new Cell("generalPublicBudget", "一般公共预算", o.generalPublicBudget));
        c.add(new Cell("governmentFund", "政府性基金拨款", o.governmentFund));
        c.add(new Cell("specialAccount", "纳入专户管理的非税收入", o.specialAccount));
        c.add(new Cell("otherFunds", "其他资金", o.otherFunds));
        c.add(new Cell("basicExpense", "基本支出", o.basicExpense));
        c.add(new Cell("projectExpense", "项目支出", o.projectExpense));
        c.add(new Cell("lastYearTotal", "上年资金总额", o.lastYearTotal));
        c.add(new Cell("lastYearBasicExpense", "上年基本支出", o.lastYearBasicExpense));
        c.add(new Cell("lastYearProjectExpense", "上年项目支出", o.lastYearProjectExpense));
        c.add(new Cell("officialVehicles", "公务用车购置及运行维护费", o.officialVehicles));
        c.add(new Cell("overseasTravel", "因公出国（境）费", o.overseasTravel));
        c.add(new Cell("officialReception", "公务接待费", o.officialReception));
        c.add(new Cell("executed", "执行数", o.selfEvaluation.funds.executed));
        return c;
    }

    /** The three money columns of one 基础数据表 row. */
    public static List<Cell> of(BasicDataRow r) {
        String name = "“" + r.label + "”";
        return java.util.Arrays.stream(BasicDataColumn.values()).map(c -> new Cell(c.field, name + "的" + c.title, c.get(r))).toList();
    }
}
