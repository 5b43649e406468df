package cn.jixiao.editing;

import cn.jixiao.store.UnitFile;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The undo and redo stacks of an open unit file. Each edit is saved when it is applied, undone
 * or redone, so the stacks only ever hold what can be replayed, never unsaved state.
 */
public final class EditHistory {
    private static final int LIMIT = 1000;
    private final UnitFile file;
    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private final List<Runnable> listeners = new ArrayList<>();

    public EditHistory(UnitFile file) {
        this.file = file;
    }

    /** Applies and saves the edit; if saving fails the objects are put back and the error rethrown. */
    public void perform(Edit edit) {
        try {
            edit.apply(file);
        } catch (RuntimeException e) {
            rollBack(edit);
            throw e;
        }
        undo.push(edit);
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        changed();
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public Optional<String> undoDescription() {
        return Optional.ofNullable(undo.peek()).map(Edit::description);
    }

    public Optional<String> redoDescription() {
        return Optional.ofNullable(redo.peek()).map(Edit::description);
    }

    public void undo() {
        Edit e = undo.poll();
        if (e == null) {
            return;
        }
        e.revert(file);
        redo.push(e);
        changed();
    }

    public void redo() {
        Edit e = redo.poll();
        if (e == null) {
            return;
        }
        e.apply(file);
        undo.push(e);
        changed();
    }

    /** Called after every perform, undo and redo (the UI refreshes menus, findings, totals). */
    public void addListener(Runnable r) {
        listeners.add(r);
    }

    public void removeListener(Runnable r) {
        listeners.remove(r);
    }

    private void changed() {
        for (Runnable r : List.copyOf(listeners)) {
            r.run();
        }
    }

    private void rollBack(Edit edit) {
        // The transaction was rolled back in the file; the objects must match it again.
        try {
            edit.revert(file);
        } catch (RuntimeException ignored) {
            // the original failure is the one the clerk needs to see
        }
    }
}
