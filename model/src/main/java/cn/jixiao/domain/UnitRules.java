package cn.jixiao.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * 单位数据的基本规则: what every unit must satisfy to be stored, whether it comes from an import
 * or from a unit file: years within {@link #FIRST_YEAR}–{@link #LAST_YEAR}, each year once, and
 * every project and indicator with an id of its own (the file keys rows by id, so a repeated id
 * would silently overwrite the other one).
 */
public final class UnitRules {
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    private UnitRules() {
    }

    /** The first rule the unit breaks, in Chinese, naming the year, project or indicator. */
    public static Optional<String> firstProblem(Unit unit) {
        if (unit.id == null || unit.id.isBlank()) {
            return Optional.of("单位缺少编号（id）。");
        }
        Map<Integer, Integer> years = new HashMap<>();
        Map<String, String> projects = new HashMap<>();
        Map<String, String> indicators = new HashMap<>();
        for (int y = 0; y < unit.years.size(); y++) {
            FiscalYear fy = unit.years.get(y);
            String yearPlace = "第" + (y + 1) + "个年度";
            if (fy.year < FIRST_YEAR || fy.year > LAST_YEAR) {
                return Optional.of(yearPlace + "的年度 " + fy.year + " 不在 " + FIRST_YEAR + "–" + LAST_YEAR + " 之间。请改正年度（year）。");
            }
            Integer before = years.put(fy.year, y);
            if (before != null) {
                return Optional.of(fy.year + "年度出现了两次（第" + (before + 1) + "个和第" + (y + 1) + "个年度）。每个年度只能有一份数据。");
            }
            Optional<String> overall = indicatorIds(fy.overall.indicators, fy.year + "年度部门整体", indicators);
            if (overall.isPresent()) {
                return overall;
            }
            for (int p = 0; p < fy.projects.size(); p++) {
                Project pr = fy.projects.get(p);
                String place = fy.year + "年度第" + (p + 1) + "个项目“" + shorten(pr.name) + "”";
                if (pr.id == null || pr.id.isBlank()) {
                    return Optional.of(place + "缺少编号（id）。");
                }
                String other = projects.put(pr.id, place);
                if (other != null) {
                    return Optional.of("项目编号 " + shorten(pr.id) + " 重复：" + other + " 与 " + place
                            + " 用了同一个编号。请给其中一个项目换一个编号，或删去重复的项目。");
                }
                Optional<String> own = indicatorIds(pr.indicators, place, indicators);
                if (own.isPresent()) {
                    return own;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> indicatorIds(java.util.List<Indicator> list, String owner, Map<String, String> seen) {
        for (int i = 0; i < list.size(); i++) {
            Indicator ind = list.get(i);
            String place = owner + "的第" + (i + 1) + "个指标“" + shorten(ind.name) + "”";
            if (ind.id == null || ind.id.isBlank()) {
                return Optional.of(place + "缺少编号（id）。");
            }
            String other = seen.put(ind.id, place);
            if (other != null) {
                return Optional.of("指标编号 " + shorten(ind.id) + " 重复：" + other + " 与 " + place + " 用了同一个编号。");
            }
        }
        return Optional.empty();
    }

    private static String shorten(String s) {
        if (s == null) {
            return "";
        }
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
