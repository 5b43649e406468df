package cn.jixiao.app.main;

import cn.jixiao.review.FieldRef;

/**
 * An editor that can put the cursor on one field, so that a review finding leads the clerk to
 * the very cell it is about. Editors implement it when they can; the others are only selected.
 */
public interface FieldFocus {
    /** Selects, scrolls to and focuses the field; false when this editor does not show it. */
    boolean focus(FieldRef ref);
}
