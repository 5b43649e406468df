package cn.jixiao.documents;

import java.util.Arrays;
import java.util.List;

/** Text as the writers put it on paper: one kind of line break, nothing that breaks the XML. */
final class FormText {
    private FormText() {
    }

    /** Line breaks become '\n'; control characters that OOXML cannot hold are dropped. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        String t = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (ch == '\n' || ch == '\t' || ch >= 0x20 && ch != 0xFFFE && ch != 0xFFFF) {
                b.append(ch);
            }
        }
        return b.toString();
    }

    static List<String> lines(String text) {
        return Arrays.asList(clean(text).split("\n", -1));
    }
}
