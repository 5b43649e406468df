package cn.jixiao.projects;

import cn.jixiao.domain.Amount;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.UnitOverall;
import cn.jixiao.editing.Edit;
import cn.jixiao.editing.Edits;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * 部门整体 of the new year at 开始下一年度: this year's 资金总额, 基本支出 and 项目支出 become the
 * new year's 上年 figures (上年资金总额, 上年基本支出, 上年项目支出), as the 湘阴 附件1 prints them.
 * A figure the new year already has is the clerk's and is left alone.
 */
final class OverallCarry {
    private OverallCarry() {
    }

    /** One undoable edit per 上年 figure to fill; none when the new year has them all or the old year none. */
    static List<Edit> lastYearFigures(FiscalYear from, FiscalYear to) {
        List<Edit> edits = new ArrayList<>();
        UnitOverall old = from.overall;
        add(edits, to, "上年资金总额", o -> o.lastYearTotal, (o, v) -> o.lastYearTotal = v, old.statedTotal);
        add(edits, to, "上年基本支出", o -> o.lastYearBasicExpense, (o, v) -> o.lastYearBasicExpense = v, old.basicExpense);
        add(edits, to, "上年项目支出", o -> o.lastYearProjectExpense, (o, v) -> o.lastYearProjectExpense = v, old.projectExpense);
        return edits;
    }

    private static void add(List<Edit> edits, FiscalYear to, String label, Function<UnitOverall, Amount> getter,
                            BiConsumer<UnitOverall, Amount> setter, Amount value) {
        if (value.isEmpty() || !getter.apply(to.overall).isEmpty()) {
            return;
        }
        edits.add(Edits.yearField(label, to, y -> getter.apply(y.overall), (y, v) -> setter.accept(y.overall, v), value));
    }
}
