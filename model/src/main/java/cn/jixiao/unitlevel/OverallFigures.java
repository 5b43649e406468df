package cn.jixiao.unitlevel;

import cn.jixiao.domain.Amount;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.UnitOverall;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the 部门整体 budget adds up to: 项目支出 from the year's projects, 资金总额 from its
 * parts by income type and by expense type, 三公经费 from its three parts.
 */
public final class OverallFigures {
    private OverallFigures() {
    }

    /**
     * A project's budget for the year: the 资金总额 of its declaration, else the 年初预算数 of its
     * self-evaluation (a year brought in from self-evaluation forms has no declaration).
     */
    public static Optional<BigDecimal> projectBudget(Project p) {
        Optional<BigDecimal> stated = Figures.read(p.funds.statedTotal);
        if (stated.isPresent()) {
            return stated;
        }
        Optional<BigDecimal> parts = Figures.sum(List.of(Figures.read(p.funds.fiscalAppropriation), Figures.read(p.funds.otherFunds),
                Figures.read(p.funds.centralThisYear), Figures.read(p.funds.provincialThisYear),
                Figures.read(p.funds.cityThisYear), Figures.read(p.funds.countyThisYear)));
        if (parts.isPresent()) {
            return Optional.of(p.funds.computedTotal());
        }
        if (p.selfEvaluation == null) {
            return Optional.empty();
        }
        return Figures.read(p.selfEvaluation.funds.initialBudget).or(() -> Figures.read(p.selfEvaluation.funds.adjustedBudget));
    }

    /** 项目支出 = the sum of the year's projects. */
    public static Optional<BigDecimal> projectExpense(FiscalYear year) {
        List<Optional<BigDecimal>> parts = new ArrayList<>();
        for (Project p : year.projects) {
            parts.add(projectBudget(p));
        }
        return Figures.sum(parts);
    }

    /** 一般公共预算 + 政府性基金 + 纳入专户管理的非税收入 + 其他. */
    public static Optional<BigDecimal> incomeTotal(UnitOverall o) {
        return sum(o.generalPublicBudget, o.governmentFund, o.specialAccount, o.otherFunds);
    }

    /** 基本支出 + 项目支出, with 项目支出 as stated, else as computed from the projects. */
    public static Optional<BigDecimal> expenseTotal(FiscalYear year) {
        UnitOverall o = year.overall;
        Optional<BigDecimal> project = Figures.read(o.projectExpense).or(() -> projectExpense(year));
        return Figures.sum(List.of(Figures.read(o.basicExpense), project));
    }

    /** 公务用车购置和运行维护 + 因公出国(境) + 公务接待. */
    public static Optional<BigDecimal> threePublicTotal(UnitOverall o) {
        return sum(o.officialVehicles, o.overseasTravel, o.officialReception);
    }

    /** Every stated figure of the 部门整体 beside its computed value. */
    public static List<Check> checks(FiscalYear year) {
        UnitOverall o = year.overall;
        Optional<BigDecimal> total = Figures.read(o.statedTotal);
        List<Check> checks = new ArrayList<>();
        checks.add(new Check("资金总额（按收入性质合计）", total, incomeTotal(o)));
        checks.add(new Check("资金总额（按支出性质合计）", total, expenseTotal(year)));
        checks.add(new Check("项目支出（按项目合计）", Figures.read(o.projectExpense), projectExpense(year)));
        checks.add(new Check("三公经费合计", Figures.read(o.threePublicStatedTotal), threePublicTotal(o)));
        return checks;
    }

    private static Optional<BigDecimal> sum(Amount... amounts) {
        List<Optional<BigDecimal>> parts = new ArrayList<>();
        for (Amount a : amounts) {
            parts.add(Figures.read(a));
        }
        return Figures.sum(parts);
    }
}
