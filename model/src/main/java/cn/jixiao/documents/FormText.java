package cn.jixiao.documents;

import cn.jixiao.domain.TextInput;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/** Text as the writers put it on paper: one kind of line break, nothing that breaks the XML. */
final class FormText {
    private FormText() {
    }

    /** Line breaks become '\n'; the rest as {@link TextInput} has it (what it removes is lost, so see the other form). */
    static String clean(String text) {
        return clean(text, c -> { });
    }

    /**
     * Line breaks become '\n' (a vertical tab or form feed too); characters OOXML cannot hold are
     * removed and {@code removed} is told, so a writer can warn instead of losing them silently.
     */
    static String clean(String text, Consumer<TextInput.Cleaned> removed) {
        if (text == null) {
            return "";
        }
        String t = text.replace("\r\n", "\n").replace('\r', '\n');
        TextInput.Cleaned c = TextInput.clean(t);
        if (!c.removed().isEmpty()) {
            removed.accept(c);
        }
        return c.text();
    }

    static List<String> lines(String text) {
        return lines(text, c -> { });
    }

    static List<String> lines(String text, Consumer<TextInput.Cleaned> removed) {
        return Arrays.asList(clean(text, removed).split("\n", -1));
    }

    /** At most {@code max} chars, never half a surrogate pair (which would break the XML). */
    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }

    /** A text as written with its bindings moved onto the same characters. */
    record Bound(String text, List<Binding> bindings) {
    }

    /** {@link #clean(String, Consumer)} of a bound text: each part cleaned apart, the bindings kept on their values. */
    static Bound clean(String text, List<Binding> bindings, Consumer<TextInput.Cleaned> removed) {
        if (bindings.isEmpty()) {
            return new Bound(clean(text, removed), List.of());
        }
        StringBuilder b = new StringBuilder();
        List<Binding> out = new java.util.ArrayList<>();
        int at = 0;
        for (Binding x : bindings) {
            b.append(clean(text.substring(at, x.start()), removed));
            int start = b.length();
            b.append(clean(text.substring(x.start(), x.end()), removed));
            out.add(new Binding(x.at(), start, b.length(), x.continued()));
            at = x.end();
        }
        b.append(clean(text.substring(at), removed));
        return new Bound(b.toString(), out);
    }
}
