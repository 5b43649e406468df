package cn.jixiao.documents;

import cn.jixiao.fields.FieldAddress;

/**
 * 字段绑定: the part of a printed cell's text, from {@code start} to {@code end}, that holds the
 * value of the field at {@code at}. The writers keep it in the file (a bookmark in Word, a row of
 * the hidden field sheet in Excel) so that {@link FormReader} can take the value back out.
 */
public record Binding(FieldAddress at, int start, int end, boolean continued) {
    /**
     * @param continued true when this part continues the previous binding of the same field, after a
     *                  line break: a text printed over several paragraphs (a report section, line by line)
     */
    public Binding {
        if (at == null || start < 0 || end < start) {
            throw new IllegalArgumentException("bad binding " + at + " " + start + "–" + end);
        }
    }

    public Binding(FieldAddress at, int start, int end) {
        this(at, start, end, false);
    }
}
