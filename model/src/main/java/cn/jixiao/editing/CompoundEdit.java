package cn.jixiao.editing;

import cn.jixiao.store.UnitFile;

import java.util.ArrayList;
import java.util.List;

/**
 * Several edits that the clerk sees as one step (switching a framework changes the project's
 * framework and moves its indicators): saved in one transaction, undone as one.
 */
public final class CompoundEdit implements Edit {
    private final String description;
    private final List<Edit> parts;

    public CompoundEdit(String description, List<? extends Edit> parts) {
        this.description = description;
        this.parts = List.copyOf(parts);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void apply(UnitFile file) {
        file.transaction(() -> parts.forEach(p -> p.apply(file)));
    }

    @Override
    public void revert(UnitFile file) {
        List<Edit> reversed = new ArrayList<>(parts);
        java.util.Collections.reverse(reversed);
        file.transaction(() -> reversed.forEach(p -> p.revert(file)));
    }
}
