package cn.jixiao.review;

import cn.jixiao.domain.MoneyText;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as clerks write them in 起止时间 and 进度计划: '2023年1月1日', '2023. 01. 01', '2023.01',
 * '202301', '2023-1-31', '12月' (in a range after a year), and ranges joined by '-', '--', '—',
 * '至', '~'. Anything else ('2023/1/12月') does not parse, and review says so.
 */
public final class DateText {
    private static final Pattern FULL = Pattern.compile("(\\d{4})\\s*[年./\\-]\\s*(\\d{1,2})\\s*(?:月)?\\s*(?:[./\\-]?\\s*(\\d{1,2})\\s*日?)?\\s*(?:[前底末]|以前|之前)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})?");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年\\s*(?:底|末|全年|年底|年末)?");
    private static final Pattern MONTH = Pattern.compile("(\\d{1,2})\\s*月\\s*(?:(\\d{1,2})\\s*日)?\\s*(?:[前底末]|以前|之前)?");
    private static final List<String> SEPARATORS = List.of("--", "——", "—", "－", "至", "～", "~", "到", "-");
    /** Words that say "the whole period" rather than a date; they are not errors. */
    private static final List<String> WORDS = List.of("全年", "长期", "常年", "持续", "年度内");

    private DateText() {
    }

    /** The last day a single date text can mean ('2023年12月' gives 2023-12-31), with {@code year} for '12月'. */
    public static Optional<LocalDate> end(String text, int year) {
        String s = compact(text);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = FULL.matcher(s);
        if (m.matches()) {
            return date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3));
        }
        m = COMPACT.matcher(s);
        if (m.matches()) {
            return date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3));
        }
        m = YEAR.matcher(s);
        if (m.matches()) {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), 12, 31));
        }
        m = MONTH.matcher(s);
        if (m.matches() && year > 0) {
            return date(year, Integer.parseInt(m.group(1)), m.group(2));
        }
        return Optional.empty();
    }

    /** True when the text is a date, a range of dates, or a whole-period word; blank is true too. */
    public static boolean readable(String text, int year) {
        String s = compact(text);
        if (s.isEmpty() || WORDS.stream().anyMatch(s::contains) && !Numbers.hasDigit(s)) {
            return true;
        }
        return rangeEnd(s, year).isPresent() || end(s, year).isPresent();
    }

    /** The end of a range ('2023年1月-12月' gives 2023-12-31), or of a single date. */
    public static Optional<LocalDate> rangeEnd(String text, int year) {
        String s = compact(text);
        for (String sep : SEPARATORS) {
            int at = s.indexOf(sep);
            if (at <= 0) {
                continue;
            }
            String left = s.substring(0, at);
            String right = s.substring(at + sep.length()).replaceFirst("^[-—]+", "");
            Optional<LocalDate> start = end(left, year);
            if (start.isEmpty()) {
                continue;
            }
            Optional<LocalDate> stop = end(right, start.get().getYear());
            if (stop.isPresent()) {
                return stop;
            }
        }
        return end(s, year);
    }

    /**
     * The text folded and without any white space: the patterns' optional spaces then never meet
     * a line break or tab, which a run of them would make them try in every split (cubic time).
     */
    private static String compact(String text) {
        String s = MoneyText.fold(text);
        StringBuilder b = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            if (!Character.isWhitespace(s.charAt(k))) {
                b.append(s.charAt(k));
            }
        }
        return b.toString();
    }

    private static Optional<LocalDate> date(int y, int month, String day) {
        if (month < 1 || month > 12) {
            return Optional.empty();
        }
        YearMonth ym = YearMonth.of(y, month);
        if (day == null) {
            return Optional.of(ym.atEndOfMonth());
        }
        int d = Integer.parseInt(day);
        return d >= 1 && d <= ym.lengthOfMonth() ? Optional.of(ym.atDay(d)) : Optional.empty();
    }
}
