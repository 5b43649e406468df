package cn.jixiao.target;

import java.util.Optional;

/**
 * 中文数字: '两' 2, '十' 10, '十二' 12, '二十' 20, '一百零五' 105, '三千' 3000, and digit by digit
 * '二〇二三'. Enough for what a 指标值 counts ('不少于两次', '十个'); empty for anything else.
 */
final class ChineseNumeral {
    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumeral() {
    }

    static Optional<Integer> value(String text) {
        String t = text.replace('〇', '零').replace('两', '二');
        if (t.isEmpty()) {
            return Optional.empty();
        }
        if (t.chars().noneMatch(c -> c == '十' || c == '百' || c == '千')) {
            // digit by digit: '二零二三'; a lone '零' is zero
            int v = 0;
            for (char c : t.toCharArray()) {
                v = v * 10 + DIGITS.indexOf(c);
            }
            return Optional.of(v);
        }
        int total = 0;
        int digit = -1;
        int lastPlace = Integer.MAX_VALUE;
        for (char c : t.toCharArray()) {
            int d = DIGITS.indexOf(c);
            if (d >= 0) {
                if (digit > 0) {
                    return Optional.empty(); // two digits in a row ('二三十') is no number
                }
                digit = d;
                continue;
            }
            int place = c == '十' ? 10 : c == '百' ? 100 : 1000;
            if (place >= lastPlace) {
                return Optional.empty(); // '十百' or '百百'
            }
            total += (digit <= 0 ? (digit == 0 ? 0 : 1) : digit) * place;
            if (digit == 0) {
                return Optional.empty(); // '零十'
            }
            lastPlace = place;
            digit = -1;
        }
        if (digit > 0) {
            total += digit;
        }
        return Optional.of(total);
    }
}
