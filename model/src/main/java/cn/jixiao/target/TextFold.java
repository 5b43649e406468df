package cn.jixiao.target;

import java.text.Normalizer;

/**
 * Brings what clerks type to one spelling before pattern matching: full-width digits and
 * signs to ASCII (NFKC, which also turns '－' and '﹣' into '-'), the comparison signs Word's
 * symbol font offers to ≥ ≤, the minus sign of typesetting ('−') and Word's hyphens to '-', no spaces.
 */
public final class TextFold {
    private TextFold() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '≧', '⩾' -> b.append('≥');
                case '≦', '⩽' -> b.append('≤');
                case '—', '–', '―', '~', '〜' -> b.append('-');
                case '\u2212', '\u2010', '\u2011', '\u2012', '\u2796' -> b.append('-');
                case '\u00a0', '\u3000', ' ', '\t', '\n', '\r', '\u200b', '\ufeff' -> {
                    // spaces carry no meaning inside a target
                }
                default -> b.append(c);
            }
        }
        return b.toString()
                .replace(">=", "≥").replace("=>", "≥")
                .replace("<=", "≤").replace("=<", "≤");
    }
}
