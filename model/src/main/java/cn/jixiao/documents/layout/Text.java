package cn.jixiao.documents.layout;

import cn.jixiao.domain.Amount;

/** Small helpers every layout uses so that missing data prints as a blank cell, never fails. */
final class Text {
    static final String CHECKED = "☑";
    static final String UNCHECKED = "☐";

    private Text() {
    }

    /** The text, stripped, or "" for null. */
    static String of(String s) {
        return s == null ? "" : s.strip();
    }

    /** The amount as stored ('152.5', '18.00', '15万'), or "". */
    static String of(Amount a) {
        return a == null ? "" : a.text();
    }

    /** First non-blank of the given texts. */
    static String first(String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isBlank()) {
                return c.strip();
            }
        }
        return "";
    }

    static String box(boolean checked) {
        return checked ? CHECKED : UNCHECKED;
    }
}
