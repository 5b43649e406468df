package cn.jixiao.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * 录入文字的整理: the one rule for text coming in (JSON import, the editors, later Word and Excel
 * import). A vertical tab or form feed (Word's Shift+Enter and page break, which come along with
 * copy and paste) and the Unicode line and paragraph separators become a line break; the other
 * control characters (U+0000–U+001F but tab, line feed and carriage return), U+FFFE, U+FFFF and
 * lone surrogates cannot be stored in an Office document at all, so they are removed, and the
 * removal is told in a notice the caller shows: nothing vanishes unsaid.
 */
public final class TextInput {
    private TextInput() {
    }

    /** The text to keep and what was done to it; {@code removed} lists the removed characters as U+XXXX. */
    public record Cleaned(String text, List<String> removed, int lineBreaks) {
        public boolean changed() {
            return !removed.isEmpty() || lineBreaks > 0;
        }

        /** What happened, in Chinese, after the field's name; empty when nothing was changed. */
        public String notice(String field) {
            if (!changed()) {
                return "";
            }
            List<String> parts = new ArrayList<>();
            if (lineBreaks > 0) {
                parts.add(lineBreaks + " 个分页符或软回车已换成换行");
            }
            if (!removed.isEmpty()) {
                List<String> shown = removed.size() > 5 ? removed.subList(0, 5) : removed;
                parts.add("删去了 " + removed.size() + " 个无法保存的不可见字符（" + String.join("、", shown)
                        + (removed.size() > 5 ? " 等" : "") + "）");
            }
            return field + "：" + String.join("，", parts) + "，请核对。";
        }
    }

    /** True when {@link #clean} would change nothing; the cheap test for the common case. */
    public static boolean isClean(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == '\uFFFE' || c == '\uFFFF'
                    || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return false;
            }
        }
        return true;
    }

    public static Cleaned clean(String text) {
        if (text == null) {
            return new Cleaned("", List.of(), 0);
        }
        if (isClean(text)) {
            return new Cleaned(text, List.of(), 0);
        }
        StringBuilder b = new StringBuilder(text.length());
        List<String> removed = new ArrayList<>();
        int breaks = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u000B' || c == '\u000C' || c == '\u2028' || c == '\u2029') {
                b.append('\n');
                breaks++;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                b.append(c).append(text.charAt(++i));
            } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == '\uFFFE' || c == '\uFFFF'
                    || Character.isSurrogate(c)) {
                removed.add(String.format("U+%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        return new Cleaned(b.toString(), List.copyOf(removed), breaks);
    }
}
