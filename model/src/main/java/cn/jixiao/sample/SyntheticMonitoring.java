package cn.jixiao.sample;

import cn.jixiao.domain.Amount;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.IndicatorMonitoring;
import cn.jixiao.domain.Monitoring;
import cn.jixiao.domain.Project;
import cn.jixiao.monitoring.StartMonitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;

/**
 * A 1—X月 monitoring period for every project of a synthetic year, for the monitoring
 * benchmarks: executed 20–70 % of the budget, each indicator done 25–50 % and expected 75–100 %
 * of its target, so that all three lights occur. Deterministic for a seed.
 */
public final class SyntheticMonitoring {
    private static final String[] SO_FAR = {"25%", "40%", "50%"};
    private static final String[] EXPECTED = {"75%", "90%", "100%", "100%"};

    private SyntheticMonitoring() {
    }

    public static void monitor(FiscalYear year, int month, long seed) {
        Random r = new Random(seed);
        for (Project p : year.projects) {
            Monitoring m = StartMonitoring.of(year, p, month).monitoring();
            year.monitorings.add(m);
            BigDecimal budget = m.funds.adjustedBudget.value().orElse(BigDecimal.valueOf(100));
            BigDecimal share = BigDecimal.valueOf(20 + r.nextInt(51)).movePointLeft(2);
            m.funds.executed = Amount.of(budget.multiply(share).setScale(2, RoundingMode.HALF_UP));
            m.expectedExecuted = Amount.of(budget.setScale(2, RoundingMode.HALF_UP));
            for (Indicator i : p.indicators) {
                IndicatorMonitoring rec = m.indicatorOrCreate(i.id);
                rec.doneSoFar = SO_FAR[r.nextInt(SO_FAR.length)];
                rec.expected = EXPECTED[r.nextInt(EXPECTED.length)];
            }
        }
    }
}
