package cn.jixiao.importing;

import cn.jixiao.domain.Framework;

import java.util.List;
import java.util.Optional;

/**
 * 指标体系名称对照: 一级 and 二级 names of another county's framework read onto the unit's own where
 * they mean the same ('社会公众或服务对象满意度指标' → '服务对象满意度指标', '经济效益' → '经济效益指标',
 * '可持续发展影响指标' → '可持续影响指标'). A name with no counterpart is kept as written.
 */
final class FrameworkNames {
    private FrameworkNames() {
    }

    /** The unit's 一级 name meaning the same as {@code written}, when it is not written so already. */
    static Optional<String> category(Framework framework, String written) {
        if (framework == null || written.isEmpty()) {
            return Optional.empty();
        }
        List<String> names = framework.categories.stream().map(c -> c.name).toList();
        if (names.contains(written)) {
            return Optional.empty();
        }
        String k = core(written);
        return names.stream().filter(n -> core(n).equals(k)).findFirst();
    }

    /** The unit's 二级 name meaning the same as {@code written}, when it is not written so already. */
    static Optional<String> subcategory(Framework framework, String written) {
        if (framework == null || written.isEmpty()) {
            return Optional.empty();
        }
        List<String> names = framework.categories.stream().flatMap(c -> c.subcategories.stream()).toList();
        if (names.contains(written)) {
            return Optional.empty();
        }
        String k = core(written);
        Optional<String> same = names.stream().filter(n -> core(n).equals(k)).findFirst();
        if (same.isPresent()) {
            return same;
        }
        // '满意度指标', '社会公众满意度' … where the unit's framework has a single satisfaction 二级
        if (k.contains("满意")) {
            List<String> satisfied = names.stream().filter(n -> n.contains("满意")).toList();
            if (satisfied.size() == 1) {
                return Optional.of(satisfied.get(0));
            }
        }
        return Optional.empty();
    }

    /** The sub-category's 一级 in the framework, for a 二级 written across both columns. */
    static Optional<String> categoryOfSubcategory(Framework framework, String subcategory) {
        if (framework == null) {
            return Optional.empty();
        }
        return framework.categories.stream().filter(c -> c.subcategories.contains(subcategory)).map(c -> c.name).findFirst();
    }

    /**
     * The 一级 a 二级 written without one goes under (a table with no 一级 column): the unit's
     * framework's, else the 2021 national guide's, else the one all built-in frameworks agree on.
     */
    static Optional<String> categoryForSubcategory(Framework framework, String subcategory) {
        String k = core(subcategory);
        if (k.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> own = categoryIn(framework, k);
        if (own.isPresent()) {
            return own;
        }
        Optional<String> national = categoryIn(cn.jixiao.domain.Frameworks.builtIn(cn.jixiao.domain.Frameworks.NATIONAL_2021).orElse(null), k);
        if (national.isPresent()) {
            return national;
        }
        List<String> all = cn.jixiao.domain.Frameworks.builtIn().stream().map(f -> categoryIn(f, k))
                .flatMap(Optional::stream).distinct().toList();
        return all.size() == 1 ? Optional.of(all.get(0)) : Optional.empty();
    }

    private static Optional<String> categoryIn(Framework framework, String core) {
        if (framework == null) {
            return Optional.empty();
        }
        return framework.categories.stream().filter(c -> c.subcategories.stream()
                        .anyMatch(s -> core(s).equals(core) || core.contains("满意") && s.contains("满意")))
                .map(c -> c.name).findFirst();
    }

    /** The 二级 a 一级 holds when it holds exactly one (满意度指标 → 服务对象满意度指标). */
    static Optional<String> onlySubcategory(Framework framework, String category) {
        if (framework == null) {
            return Optional.empty();
        }
        return framework.categories.stream().filter(c -> c.name.equals(category) && c.subcategories.size() == 1)
                .map(c -> c.subcategories.get(0)).findFirst();
    }

    /** True when the name is a 一级 of any built-in framework or of the unit's ('产出指标', '满意度'). */
    static boolean looksLikeCategory(Framework framework, String name) {
        String k = core(name);
        if (List.of("产出", "效益", "满意度", "成本").contains(k)) {
            return true;
        }
        return framework != null && framework.categories.stream().anyMatch(c -> core(c.name).equals(k));
    }

    private static final List<String> CATEGORY_NAMES = List.of("成本指标", "产出指标", "效益指标", "满意度指标");

    /** The 一级 names one cell holds, in order; several when two blocks share one merged cell. */
    static List<String> categoriesIn(String text) {
        String t = FormLabels.fold(text);
        return CATEGORY_NAMES.stream().filter(t::contains).sorted(java.util.Comparator.comparingInt(t::indexOf)).toList();
    }

    /**
     * Of the 一级 names a merged cell holds, the one a 二级 sits under in the built-in frameworks
     * ('经济效益指标' under 效益指标); the first when none says.
     */
    static String categoryAmong(String[] categories, String subcategory) {
        String k = core(subcategory);
        for (cn.jixiao.domain.Framework f : cn.jixiao.domain.Frameworks.builtIn()) {
            for (cn.jixiao.domain.Framework.Category c : f.categories) {
                if (java.util.Arrays.asList(categories).contains(c.name)
                        && c.subcategories.stream().anyMatch(s -> core(s).equals(k))) {
                    return c.name;
                }
            }
        }
        return categories[0];
    }

    /** A name without the words that differ between frameworks of the same meaning. */
    static String core(String name) {
        return FormLabels.fold(name).replace("指标", "").replace("社会公众或", "").replace("或社会公众", "")
                .replace("社会公众", "服务对象").replace("发展", "").replace("方面", "").replace("类", "");
    }
}
