package cn.jixiao.editing;

import cn.jixiao.store.UnitFile;

/**
 * One user edit: changes the domain objects and saves them in one transaction, and can take
 * itself back the same way. Edits go through {@link EditHistory} so that Ctrl+Z and Ctrl+Y work
 * across the whole window and nothing is ever left unsaved.
 */
public interface Edit {
    /** Shown in the 编辑 menu: '撤销 修改指标值'. */
    String description();

    /** Applies the change to the objects and saves it. */
    void apply(UnitFile file);

    /** Takes the change back and saves that. */
    void revert(UnitFile file);

    /** What the edit changed in what was typed (a control character removed), for the caller to show. */
    default java.util.Optional<String> notice() {
        return java.util.Optional.empty();
    }
}
