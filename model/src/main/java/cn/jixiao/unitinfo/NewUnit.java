package cn.jixiao.unitinfo;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Frameworks;
import cn.jixiao.domain.Unit;
import cn.jixiao.workspace.UserFolders;
import cn.jixiao.workspace.Workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 新建本单位: what the guided form collects, its checks, and the unit file it makes: the unit's
 * information, its form style (版式) and indicator framework (指标体系), and its first year.
 */
public final class NewUnit {
    /** The earliest and latest first year accepted: the seeds start in 2021. */
    static final int FIRST_YEAR_MIN = 2000;
    static final int FIRST_YEAR_MAX = 2100;

    /** The filled-in form. {@code firstYear} as typed; {@code file} empty until a name is known. */
    public record Setup(Map<UnitField, String> info, String formStyle, String frameworkId, String firstYear, Path file) {
        public Setup {
            info = new EnumMap<>(info.isEmpty() ? Map.of(UnitField.NAME, "") : info);
        }

        public String value(UnitField f) {
            return info.getOrDefault(f, "").strip();
        }
    }

    /** Which field is wrong (null for the year, style, framework and file, see {@code what}) and why. */
    public record Problem(String what, UnitField field, String message) {
    }

    /** The names the form uses for its own fields besides the unit's. */
    public static final String YEAR = "首个年度";
    public static final String FILE = "保存位置";
    public static final String FRAMEWORK = "指标体系";

    private NewUnit() {
    }

    /** The year a new unit starts with: the next budget year (declarations are for next year). */
    public static int defaultFirstYear(LocalDate today) {
        return today.getYear() + 1;
    }

    /**
     * The framework a form style's forms were published with (seeds 000–004): 衡阳 2021 puts 满意度
     * under 效益, 湘阴 2023 too with its own 二级 names; the later styles have 满意度 of its own; the national style is the 2021 guideline's.
     */
    public static String frameworkFor(String formStyle) {
        return switch (formStyle == null ? "" : formStyle) {
            case "hengyang-2021" -> Frameworks.HENGYANG_2021;
            case "xiangyin-2023" -> Frameworks.XIANGYIN_2023;
            // the national style follows the 2021 guideline: 成本指标 a 一级 of its own
            case "national" -> Frameworks.NATIONAL_2021;
            default -> Frameworks.STANDARD_2022;
        };
    }

    /** Where the unit file goes unless the clerk chooses: Documents\绩效填报\单位名称.jixiao. */
    public static Path defaultFile(String unitName) {
        String n = unitName == null ? "" : unitName.strip().replaceAll("[\\\\/:*?\"<>|]", "_");
        return UserFolders.unitFilesFolder().resolve((n.isEmpty() ? "本单位" : n) + ".jixiao");
    }

    /** Every problem of the form, in the order of its fields; empty when the unit can be made. */
    public static List<Problem> check(Setup s) {
        List<Problem> out = new ArrayList<>();
        for (UnitField f : UnitField.values()) {
            f.problem(s.value(f)).ifPresent(m -> out.add(new Problem(f.label(), f, m)));
        }
        year(s.firstYear()).ifPresentOrElse(y -> { }, () -> out.add(new Problem(YEAR, null,
                "请填写四位数的年度，例如 " + defaultFirstYear(LocalDate.now()) + "。")));
        if (s.frameworkId() == null || Frameworks.builtIn(s.frameworkId()).isEmpty()) {
            out.add(new Problem(FRAMEWORK, null, "请选择指标体系。"));
        }
        Path f = s.file();
        if (f == null || f.toString().isBlank()) {
            out.add(new Problem(FILE, null, "请选择保存位置。"));
        } else if (!f.getFileName().toString().endsWith(".jixiao")) {
            out.add(new Problem(FILE, null, "单位文件名应以 .jixiao 结尾。"));
        } else if (Files.exists(f)) {
            out.add(new Problem(FILE, null, "该位置已有同名文件，不会覆盖：" + f + "。请换一个文件名或文件夹。"));
        }
        return out;
    }

    /** The year as typed, when it is a year the program can work with. */
    public static Optional<Integer> year(String text) {
        String t = text == null ? "" : text.strip().replace("年", "").replace("度", "");
        if (!t.matches("\\d{4}")) {
            return Optional.empty();
        }
        int y = Integer.parseInt(t);
        return y >= FIRST_YEAR_MIN && y <= FIRST_YEAR_MAX ? Optional.of(y) : Optional.empty();
    }

    /** Makes the unit file; the setup must have passed {@link #check}. */
    public static Workspace create(Setup s) {
        List<Problem> problems = check(s);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.get(0).message());
        }
        Unit u = new Unit();
        for (UnitField f : UnitField.values()) {
            f.set(u, s.value(f));
        }
        u.formStyle = s.formStyle() == null ? "" : s.formStyle();
        FiscalYear fy = u.yearOrCreate(year(s.firstYear()).orElseThrow());
        fy.frameworkId = s.frameworkId();
        return Workspace.create(s.file(), u);
    }
}
