package cn.jixiao.documents;

import cn.jixiao.fields.FieldAddress;

import java.util.ArrayList;
import java.util.List;

/**
 * Text a layout prints in a cell, with the parts that hold a field's value marked: built from
 * labels and values in reading order, e.g. {@code FieldText.of("资金总额：", total)}.
 */
public record FieldText(String text, List<Binding> bindings) {
    public FieldText {
        text = text == null ? "" : text;
        bindings = bindings == null ? List.of() : List.copyOf(bindings);
    }

    /** A field's value as printed, bound to the field. */
    public static FieldText value(String text, FieldAddress at) {
        String t = text == null ? "" : text;
        return new FieldText(t, List.of(new Binding(at, 0, t.length())));
    }

    /** Plain text, holding no field's value. */
    public static FieldText plain(String text) {
        return new FieldText(text, List.of());
    }

    /** The parts one after another: each a String (a label) or a FieldText (a value, or parts of one). */
    public static FieldText of(Object... parts) {
        StringBuilder b = new StringBuilder();
        List<Binding> bindings = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof FieldText f) {
                int at = b.length();
                for (Binding x : f.bindings) {
                    bindings.add(new Binding(x.at(), x.start() + at, x.end() + at, x.continued()));
                }
                b.append(f.text);
            } else if (part != null) {
                b.append(part);
            }
        }
        return new FieldText(b.toString(), bindings);
    }

    /** The same text, its bindings marked as continuing the previous part of the same field. */
    public FieldText continued() {
        return new FieldText(text, bindings.stream().map(b -> new Binding(b.at(), b.start(), b.end(), true)).toList());
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** The text with every edge blank stripped, its bindings kept on the same characters. */
    public FieldText strip() {
        String s = text.strip();
        int from = s.isEmpty() ? 0 : text.indexOf(s);
        List<Binding> out = new ArrayList<>();
        for (Binding x : bindings) {
            int start = Math.max(0, Math.min(s.length(), x.start() - from));
            int end = Math.max(start, Math.min(s.length(), x.end() - from));
            out.add(new Binding(x.at(), start, end, x.continued()));
        }
        return new FieldText(s, out);
    }
}
