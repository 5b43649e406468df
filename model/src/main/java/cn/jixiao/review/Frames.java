package cn.jixiao.review;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Framework;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Matching the 一级/二级 names a form prints to a framework's. Forms word them differently
 * ('经济效益' and '经济效益指标', '可持续发展影响指标', '社会公众或服务对象满意度指标',
 * '经济效\n益指标' once unwrapped), so names are compared by the key term they contain.
 */
public final class Frames {
    /** Most specific first: '社会成本' before '成本', '满意' before '社会'. */
    private static final List<String> SUB_KEYS = List.of("经济成本", "社会成本", "生态环境成本", "生态成本", "满意",
            "经济效益", "社会效益", "生态效益", "可持续", "数量", "质量", "时效", "成本");
    /** The four 一级 concepts a bureau asks for. */
    public static final String OUTPUT = "产出";
    public static final String BENEFIT = "效益";
    public static final String SATISFACTION = "满意";
    public static final String COST = "成本";

    private static final Pattern SPACE = Pattern.compile("[\\s\u3000\u00a0]");
    /** What indicators are held against when no framework is known: nothing is required or placed. */
    private static final Framework NONE = new Framework("", "", List.of());

    private Frames() {
    }

    /** The framework the project uses ({@link Unit#frameworkOf}); one without categories when none is known. */
    public static Framework of(Unit unit, FiscalYear year, Project p) {
        return unit.frameworkOf(year, p).orElse(NONE);
    }

    /** The key term of a 二级 name ('经济效益指标' and '经济效益' both give 经济效益). */
    public static String subKey(String name) {
        String n = compact(name);
        for (String k : SUB_KEYS) {
            if (n.contains(k)) {
                return k;
            }
        }
        return n.replace("指标", "");
    }

    /** The key term of an 一级 name: 产出, 效益, 满意, 成本, or the name itself. */
    public static String categoryKey(String name) {
        String n = compact(name);
        for (String k : List.of(SATISFACTION, COST, OUTPUT, BENEFIT)) {
            if (n.contains(k)) {
                return k;
            }
        }
        return n.replace("指标", "");
    }

    public static boolean sameCategory(String a, String b) {
        return categoryKey(a).equals(categoryKey(b));
    }

    public static boolean sameSubcategory(String a, String b) {
        return subKey(a).equals(subKey(b));
    }

    /** True when the indicator stands for the concept, as 一级 or as 二级 (满意度 under 效益). */
    public static boolean isConcept(Indicator i, String concept) {
        if (concept.equals(OUTPUT) || concept.equals(BENEFIT)) {
            return categoryKey(i.category).equals(concept);
        }
        return compact(i.category).contains(concept) || compact(i.subcategory).contains(concept);
    }

    /** True when the framework has the concept as an 一级 or a 二级. */
    public static boolean frameworkHas(Framework f, String concept) {
        for (Framework.Category c : f.categories) {
            if (compact(c.name).contains(concept)) {
                return true;
            }
            for (String s : c.subcategories) {
                if (compact(s).contains(concept)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The framework's 一级 that holds a 二级 like {@code subcategory}, or null. */
    public static Framework.Category categoryOf(Framework f, String subcategory) {
        String key = subKey(subcategory);
        for (Framework.Category c : f.categories) {
            for (String s : c.subcategories) {
                if (subKey(s).equals(key)) {
                    return c;
                }
            }
        }
        return null;
    }

    /** Where a form wrapped a narrow cell the text may still hold breaks or spaces. */
    public static String compact(String s) {
        return s == null ? "" : COMPACT.apply(s);
    }

    /** Compacted long texts: a long 二级 or 一级 is compared with every name of the framework. */
    private static final LongTextMemo COMPACT = new LongTextMemo(Frames::withoutSpaces);

    private static String withoutSpaces(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (Character.isWhitespace(s.charAt(k)) || s.charAt(k) == '\u3000' || s.charAt(k) == '\u00a0') {
                return SPACE.matcher(s).replaceAll("");
            }
        }
        return s;
    }

    /** '不适用', '此项目不适用': a row kept only to say the 二级 does not apply. */
    public static boolean notApplicableRow(Indicator i) {
        String name = compact(i.name);
        return compact(i.target).contains("不适用")
                || (name.contains("不适用") || name.contains("不适应")) && compact(i.target).isEmpty();
    }
}
