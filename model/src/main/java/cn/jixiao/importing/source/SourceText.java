package cn.jixiao.importing.source;

import java.nio.file.Path;

/**
 * 文字规整: how a cell's or paragraph's text is handed on, the same for every format: line ends as
 * '\n', no trailing white space (full-width spaces inside kept for the recogniser), and no text
 * longer than {@link #MAX_CELL_CHARS}, which no form holds and which would only fill memory.
 */
final class SourceText {
    /** 1 MB of text in one cell or paragraph: far beyond any form's longest 绩效目标. */
    static final int MAX_CELL_CHARS = 1024 * 1024;

    private SourceText() {
    }

    static String tidy(String text) {
        String s = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u000b', '\n');
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) <= ' ' || s.charAt(end - 1) == '\u00a0')) {
            end--;
        }
        return s.substring(0, end);
    }

    /** Refuses a text over the limit, naming where it is. */
    static void checkLength(Path file, CharSequence text, String place) throws ImportRefusal {
        if (text.length() > MAX_CELL_CHARS) {
            throw new ImportRefusal(file, "“" + SourceReader.name(file) + "”中" + place + "的文字超过 1 MB（"
                    + text.length() / 1024 + " K 字），不像表格中的内容，无法导入；请检查或删去该处的文字后再导入。");
        }
    }
}
