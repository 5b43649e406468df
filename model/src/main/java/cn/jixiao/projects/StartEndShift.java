package cn.jixiao.projects;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 项目起止时间 of next year's draft: the period moves on by one year as the clerk wrote it
 * ('2023.01--2023.12' becomes '2024.01--2024.12', '202301-202312' becomes '202401-202412',
 * '2023年1月-12月' becomes '2024年1月-12月'). A period that already reaches into the new year (a
 * several-year project, '2022年1月-2024年12月' continued into 2024) stays as written.
 */
final class StartEndShift {
    /** A year of the 20th or 21st century standing alone or at the head of 'yyyymm(dd)'. */
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19|20)\\d{2}(?=\\D|$|\\d{2}(?!\\d)|\\d{4}(?!\\d))");

    private StartEndShift() {
    }

    /** The text with every year one later, unless one of its years is already {@code newYear} or later. */
    static String toNextYear(String text, int newYear) {
        Matcher m = YEAR.matcher(text);
        int latest = 0;
        while (m.find()) {
            latest = Math.max(latest, Integer.parseInt(m.group()));
        }
        if (latest == 0 || latest >= newYear) {
            return text;
        }
        return m.reset().replaceAll(r -> String.valueOf(Integer.parseInt(r.group()) + 1));
    }
}
