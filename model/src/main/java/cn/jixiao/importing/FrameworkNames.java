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

    /** A name without the words that differ between frameworks of the same meaning. */
    static String core(String name) {
        return FormLabels.fold(name).replace("指标", "").replace("社会公众或", "").replace("或社会公众", "")
                .replace("社会公众", "服务对象").replace("发展", "").replace("方面", "").replace("类", "");
    }
}
