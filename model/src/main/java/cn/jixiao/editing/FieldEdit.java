package cn.jixiao.editing;

import cn.jixiao.store.UnitFile;

import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A change of one field of one object: remembers the old value, sets the new one, and saves the
 * object with the given save action (which writes one row).
 */
public final class FieldEdit<T> implements Edit {
    private final String description;
    private final T oldValue;
    private final T newValue;
    private final Consumer<T> setter;
    private final BiConsumer<UnitFile, T> save;

    public FieldEdit(String description, T oldValue, T newValue, Consumer<T> setter, BiConsumer<UnitFile, T> save) {
        this.description = description;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.setter = setter;
        this.save = save;
    }

    public boolean changesAnything() {
        return !Objects.equals(oldValue, newValue);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void apply(UnitFile file) {
        setter.accept(newValue);
        save.accept(file, newValue);
    }

    @Override
    public void revert(UnitFile file) {
        setter.accept(oldValue);
        save.accept(file, oldValue);
    }
}
