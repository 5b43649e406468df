package cn.jixiao.monitoring;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.IndicatorMonitoring;
import cn.jixiao.domain.Monitoring;
import cn.jixiao.editing.FieldEdit;

import java.util.function.BiConsumer;
import java.util.function.Function;

/** Edits of a monitoring period's fields, each saving the period's one row. */
public final class MonitoringEdits {
    private MonitoringEdits() {
    }

    /** A field of the period itself (调整后预算数, 1—X月执行数, 全年预计执行数, the stated 执行率). */
    public static <T> FieldEdit<T> field(String label, FiscalYear year, Monitoring m, Function<Monitoring, T> get,
                                         BiConsumer<Monitoring, T> set, T value) {
        return new FieldEdit<>(label, get.apply(m), value, v -> set.accept(m, v), (file, v) -> file.saveMonitoring(year.year, m));
    }

    /** A field of one indicator's record in the period (1—X月完成情况, 偏差原因, 纠偏措施, …). */
    public static <T> FieldEdit<T> indicatorField(String label, FiscalYear year, Monitoring m, String indicatorId,
                                                  Function<IndicatorMonitoring, T> get, BiConsumer<IndicatorMonitoring, T> set,
                                                  T value) {
        IndicatorMonitoring r = m.indicatorOrCreate(indicatorId);
        return new FieldEdit<>(label, get.apply(r), value, v -> set.accept(r, v), (file, v) -> file.saveMonitoring(year.year, m));
    }
}
