package cn.jixiao.target;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The limit of a date target: '2024年12月前' is 2024-12 (day 0 = the whole month),
 * '2023年12月31日前' is 2023-12-31, '2023年1-12月' ends with 2023-12.
 *
 * <p>A target may leave the year out ('年底前', '1-12月', '12月31日前'): it means the year of the
 * form it stands in, which the text does not know. Such a limit has year {@link #YEAR_OF_FORM};
 * whoever knows the year puts it in with {@link #inYear}.
 */
public record Deadline(int year, int month, int day) {
    /** The year of a limit written without one ('年底前'): the form's own year. */
    public static final int YEAR_OF_FORM = 0;

    /** False for '年底前', '1-12月': the year is that of the form. */
    public boolean yearStated() {
        return year != YEAR_OF_FORM;
    }

    /** The same limit in the given year when the text left the year out; else unchanged. */
    public Deadline inYear(int formYear) {
        return yearStated() ? this : new Deadline(formYear, month, day);
    }

    /** The last day that still meets the target (for a limit without a year, in year 0: put the year in first). */
    public LocalDate lastDay() {
        YearMonth ym = YearMonth.of(year, month);
        return day == 0 ? ym.atEndOfMonth() : ym.atDay(Math.min(day, ym.lengthOfMonth()));
    }

    /** ISO text: '2024-12' or '2023-12-31'; without a year '--12' or '--12-31' (ISO 8601's month-day). */
    public String iso() {
        String y = yearStated() ? String.format("%04d", year) : "-";
        return day == 0 ? String.format("%s-%02d", y, month) : String.format("%s-%02d-%02d", y, month, day);
    }

    /** As the forms write it: '2024年12月' or '2023年12月31日'; without a year '当年12月'. */
    public String chinese() {
        return (yearStated() ? year + "年" : "当年") + month + "月" + (day == 0 ? "" : day + "日");
    }
}
