package cn.jixiao.selfevaluation;

import cn.jixiao.domain.Amount;
import cn.jixiao.domain.CategoryWeight;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.FundsExecution;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Json;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.SelfEvaluation;
import cn.jixiao.editing.Edit;
import cn.jixiao.store.UnitFile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 开始自评: turns a project's declaration into the start of its self-evaluation for the same
 * year. The indicators and their 指标值 stay where they are (the self-evaluation fields live on
 * the same rows); blank 分值 get the {@link DefaultWeights}; the 预期目标 is the 年度绩效目标;
 * 年初预算数 and 全年预算数 are the declaration's 资金总额 (by source too), 分值 of the funds row 10.
 * Whatever the clerk already wrote is kept. One edit: saved in one transaction, undone as one.
 */
public final class StartSelfEvaluation implements Edit {
    private final FiscalYear year;
    private final Project project;
    private final SelfEvaluation before;
    private final SelfEvaluation after;
    private final List<CategoryWeight> weightsBefore;
    private final List<CategoryWeight> weightsAfter;
    private final Map<Indicator, String> indicatorWeightsBefore = new LinkedHashMap<>();
    private final Map<Indicator, String> indicatorWeightsAfter;
    private final List<String> notes;

    private StartSelfEvaluation(FiscalYear year, Project project) {
        this.year = year;
        this.project = project;
        this.before = Json.copy(project.selfEvaluation, SelfEvaluation.class);
        this.after = Json.copy(project.selfEvaluation, SelfEvaluation.class);
        this.weightsBefore = List.copyOf(project.categoryWeights);
        project.indicators.forEach(i -> indicatorWeightsBefore.put(i, i.weight));
        List<String> n = new ArrayList<>();
        boolean anyWeight = project.indicators.stream().anyMatch(i -> !i.weight.isBlank());
        if (anyWeight) {
            indicatorWeightsAfter = indicatorWeightsBefore;
            weightsAfter = weightsBefore;
            n.add("已有分值的指标保留原分值");
        } else {
            DefaultWeights.Spread spread = DefaultWeights.spread(project.indicators, project.notApplicable);
            indicatorWeightsAfter = spread.weights();
            weightsAfter = project.categoryWeights.isEmpty() ? spread.categoryWeights() : weightsBefore;
            n.addAll(spread.notes());
        }
        fill(after, project);
        this.notes = List.copyOf(n);
    }

    /** The edit that starts the project's self-evaluation; refused when it is already started. */
    public static StartSelfEvaluation of(FiscalYear year, Project project) {
        if (project.selfEvaluation.started) {
            throw new IllegalStateException("“" + project.name + "”的绩效自评已经开始");
        }
        return new StartSelfEvaluation(year, project);
    }

    private static void fill(SelfEvaluation se, Project p) {
        se.started = true;
        if (se.expectedOutcome.isBlank()) {
            se.expectedOutcome = p.annualGoal;
        }
        FundsExecution f = se.funds;
        // Where the declaration states no 资金总额, its parts (财政拨款 + 其他资金, or the levels) stand in.
        f.initialBudget = orElse(f.initialBudget, p.funds.budget());
        f.adjustedBudget = orElse(f.adjustedBudget, f.initialBudget);
        f.fiscalInitial = orElse(f.fiscalInitial, p.funds.fiscalAppropriation);
        f.fiscalAdjusted = orElse(f.fiscalAdjusted, f.fiscalInitial);
        f.otherInitial = orElse(f.otherInitial, p.funds.otherFunds);
        f.otherAdjusted = orElse(f.otherAdjusted, f.otherInitial);
        if (f.weight.isBlank()) {
            f.weight = String.valueOf(DefaultWeights.FUNDS);
        }
    }

    private static Amount orElse(Amount current, Amount fallback) {
        return current.isEmpty() ? fallback : current;
    }

    /** What the clerk should know afterwards ('没有满意度指标，其10分未分配…'). */
    public List<String> notes() {
        return notes;
    }

    @Override
    public String description() {
        return "开始自评";
    }

    @Override
    public void apply(UnitFile file) {
        set(after, weightsAfter, indicatorWeightsAfter, file);
    }

    @Override
    public void revert(UnitFile file) {
        set(before, weightsBefore, indicatorWeightsBefore, file);
    }

    private void set(SelfEvaluation se, List<CategoryWeight> categoryWeights, Map<Indicator, String> weights, UnitFile file) {
        // Copies, so later edits of the live object never reach the remembered states.
        project.selfEvaluation = Json.copy(se, SelfEvaluation.class);
        project.categoryWeights = new ArrayList<>(categoryWeights);
        weights.forEach((i, w) -> i.weight = w);
        file.transaction(() -> {
            file.saveProject(year.year, project, year.projects.indexOf(project));
            file.saveIndicators(project.id, project.indicators);
        });
    }
}
