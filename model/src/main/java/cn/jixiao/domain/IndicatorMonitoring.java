package cn.jixiao.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * 指标运行监控: one 三级 indicator in one monitoring period. The indicator's 年度指标值 stays on
 * the indicator; this holds what the period adds. Texts are kept as written.
 */
public class IndicatorMonitoring implements StageRecord {
    /** {@link Indicator#id} of the 三级 indicator. */
    public String indicatorId = "";
    /** 1–X月完成情况 as written ('9次', '45%'). */
    public String doneSoFar = "";
    /** 全年预计完成情况 as written ('18次'). */
    public String expected = "";
    /** 偏差原因: the kinds ticked. */
    public List<DeviationKind> deviationKinds = new ArrayList<>();
    /** 偏差原因说明: the cause in words. */
    public String deviationText = "";
    /** 完成目标可能性; null when not chosen. */
    public Likelihood likelihood;
    /** 纠偏措施. */
    public String correctiveAction = "";

    public IndicatorMonitoring() {
    }

    public IndicatorMonitoring(String indicatorId) {
        this.indicatorId = indicatorId;
    }

    /** True when a cause is given: a kind ticked or words written. */
    public boolean causeGiven() {
        return !deviationKinds.isEmpty() || !deviationText.isBlank();
    }

    /** 偏差原因 as printed: '经费保障；人员保障：人员调整'. */
    public String causeText() {
        StringBuilder b = new StringBuilder();
        for (DeviationKind k : deviationKinds) {
            b.append(b.length() == 0 ? "" : "；").append(k.chinese());
        }
        if (!deviationText.isBlank()) {
            b.append(b.length() == 0 ? "" : "：").append(deviationText.strip());
        }
        return b.toString();
    }

    @Override
    public Stage stage() {
        return Stage.MONITORING;
    }
}
