package cn.jixiao.app.unitlevel;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Unit;
import cn.jixiao.editing.Edit;
import javafx.beans.value.ObservableValue;

import java.util.function.Consumer;

/**
 * What a unit-level editor needs from the window, handed in rather than reached for, so this
 * package does not depend on the main window's (which registers it).
 *
 * @param perform        applies, saves and records an edit on the file's one undo stack
 * @param undo           the window's 撤销, for Ctrl+Z pressed in a field with nothing unsaved
 * @param historyChanged ticks after every edit, undo and redo
 */
public record UnitLevelContext(Unit unit, FiscalYear year, Consumer<Edit> perform, Runnable undo, Runnable redo,
                               ObservableValue<? extends Number> historyChanged) {
}
