package cn.jixiao.target;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The limit of a date target: '2024年12月前' is 2024-12 (day 0 = the whole month),
 * '2023年12月31日前' is 2023-12-31, '2023年1-12月' ends with 2023-12.
 */
public record Deadline(int year, int month, int day) {
    /** The last day that still meets the target. */
    public LocalDate lastDay() {
        YearMonth ym = YearMonth.of(year, month);
        return day == 0 ? ym.atEndOfMonth() : ym.atDay(Math.min(day, ym.lengthOfMonth()));
    }

    /** ISO text: '2024-12' or '2023-12-31'. */
    public String iso() {
        return day == 0 ? String.format("%04d-%02d", year, month) : String.format("%04d-%02d-%02d", year, month, day);
    }

    /** As the forms write it: '2024年12月' or '2023年12月31日'. */
    public String chinese() {
        return year + "年" + month + "月" + (day == 0 ? "" : day + "日");
    }
}
