package cn.jixiao.editing;

import cn.jixiao.store.UnitFile;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A change to an ordered list (insert, delete, move, paste several): keeps the list before and
 * after and saves the whole list with the given action, so order and content are restored
 * exactly on undo.
 */
public final class ListEdit<E> implements Edit {
    private final String description;
    private final List<E> target;
    private final List<E> before;
    private final List<E> after;
    private final Consumer<UnitFile> save;

    private ListEdit(String description, List<E> target, List<E> after, Consumer<UnitFile> save) {
        this.description = description;
        this.target = target;
        this.before = new ArrayList<>(target);
        this.after = new ArrayList<>(after);
        this.save = save;
    }

    /** An edit that turns {@code target} into {@code after} (a modified copy the caller made). */
    public static <E> ListEdit<E> replacing(String description, List<E> target, List<E> after, Consumer<UnitFile> save) {
        return new ListEdit<>(description, target, after, save);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void apply(UnitFile file) {
        target.clear();
        target.addAll(after);
        save.accept(file);
    }

    @Override
    public void revert(UnitFile file) {
        target.clear();
        target.addAll(before);
        save.accept(file);
    }
}
