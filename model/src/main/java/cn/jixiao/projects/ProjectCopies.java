package cn.jixiao.projects;

import cn.jixiao.domain.Amount;
import cn.jixiao.domain.ExpenseLine;
import cn.jixiao.domain.Funds;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Json;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.SelfEvaluation;

import java.util.ArrayList;
import java.util.UUID;

/** Copies of a project: a duplicate beside it, or next year's draft that continues it. */
public final class ProjectCopies {
    /** 项目属性 of a project that goes on from last year. */
    public static final String CONTINUED = "延续";

    private ProjectCopies() {
    }

    /** A new, separate project with the same content (new ids and a lineage of its own). */
    public static Project duplicate(Project p) {
        Project c = Json.copy(p, Project.class);
        c.id = UUID.randomUUID().toString();
        c.lineage = UUID.randomUUID().toString();
        c.name = p.name + "（副本）";
        // a copy made beside the original is the clerk's own new project, not last year's to check
        c.draft = false;
        c.indicators = new ArrayList<>(p.indicators.stream().map(Indicator::copyAsNew).toList());
        return c;
    }

    /**
     * Next year's draft of the project ({@code newYear}): same lineage, new ids, targets and
     * indicators kept, 项目属性 延续, 起止时间 moved into the new year ({@link StartEndShift}),
     * this year's amounts become the 上年 figures (and stay as the starting amounts; a year known
     * only from its self-evaluation gives its 全年预算数), and the
     * self-evaluation of the old year is left behind.
     */
    public static Project carryForward(Project p, int newYear) {
        Project c = Json.copy(p, Project.class);
        c.id = UUID.randomUUID().toString();
        c.lineage = p.lineage;
        c.draft = true;
        c.attribute = CONTINUED;
        c.startEnd = StartEndShift.toNextYear(p.startEnd, newYear);
        c.funds = lastYearFunds(p.funds);
        if (c.funds.lastYearStatedTotal.isEmpty()) {
            // a year known only from its self-evaluation: its 全年预算数 is last year's amount
            var done = p.selfEvaluation.funds;
            c.funds.lastYearStatedTotal = done.adjustedBudget.isEmpty() ? done.initialBudget : done.adjustedBudget;
        }
        c.disclosureAmount = Amount.EMPTY;
        for (ExpenseLine l : c.expenseLines) {
            l.lastYear = l.thisYear;
        }
        c.expenseLinesLastYearStatedTotal = p.expenseLinesStatedTotal;
        c.selfEvaluation = new SelfEvaluation();
        c.categoryWeights = new ArrayList<>();
        // how last year's self-evaluation form merged its 一级 blocks is that form's, not next year's
        c.mergedCategories = new ArrayList<>();
        c.signature.date = "";
        c.indicators = new ArrayList<>();
        for (Indicator i : p.indicators) {
            Indicator n = i.declarationCopy();
            c.indicators.add(n);
        }
        return c;
    }

    private static Funds lastYearFunds(Funds f) {
        Funds n = Json.copy(f, Funds.class);
        n.centralLastYear = f.centralThisYear;
        n.provincialLastYear = f.provincialThisYear;
        n.cityLastYear = f.cityThisYear;
        n.countyLastYear = f.countyThisYear;
        n.lastYearStatedTotal = f.budget();
        return n;
    }

}
