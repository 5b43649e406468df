package cn.jixiao.app.unitlevel;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Unit;
import cn.jixiao.editing.Edit;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What a unit-level editor needs from the window, handed in rather than reached for, so this
 * package does not depend on the main window's (which registers it).
 *
 * @param perform        applies, saves and records an edit on the file's one undo stack
 * @param undo           the window's 撤销, for Ctrl+Z pressed in a field with nothing unsaved
 * @param historyChanged ticks after every edit, undo and redo
 * @param indicatorView  the indicator tree view for the 部门整体's 指标
 */
public record UnitLevelContext(Unit unit, FiscalYear year, Consumer<Edit> perform, Runnable undo, Runnable redo,
                               ObservableValue<? extends Number> historyChanged,
                               Function<List<Indicator>, Node> indicatorView) {
}
