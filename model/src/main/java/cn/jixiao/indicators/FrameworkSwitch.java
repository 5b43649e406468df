package cn.jixiao.indicators;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Framework;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Json;
import cn.jixiao.domain.Project;
import cn.jixiao.editing.CompoundEdit;
import cn.jixiao.editing.Edit;
import cn.jixiao.editing.Edits;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Switching a project to another 指标体系: each 三级 moves to the 二级 of the new framework that
 * means the same ('社会公众或服务对象满意度指标' → '服务对象满意度指标', '成本指标' under 产出 →
 * the 成本指标 一级), and one with no counterpart keeps its 一级/二级, so nothing is lost.
 */
public final class FrameworkSwitch {
    private FrameworkSwitch() {
    }

    /** The edit that switches the project: framework id, 不适用 marks and indicators, as one step. */
    public static Edit edit(FiscalYear year, Project project, Framework to) {
        List<Indicator> moved = remap(project.indicators, to);
        List<String> notApplicable = new ArrayList<>();
        for (String mark : project.notApplicable) {
            int slash = mark.indexOf('/');
            String cat = slash < 0 ? "" : mark.substring(0, slash);
            String sub = slash < 0 ? mark : mark.substring(slash + 1);
            String[] target = place(to, cat, sub);
            String m = target[0] + "/" + target[1];
            if (!notApplicable.contains(m)) {
                notApplicable.add(m);
            }
        }
        return new CompoundEdit("切换指标体系为" + to.name, List.of(
                Edits.projectField("指标体系", year, project, p -> p.frameworkId, (p, v) -> p.frameworkId = v, to.id),
                Edits.projectField("不适用标记", year, project, p -> List.copyOf(p.notApplicable),
                        (p, v) -> p.notApplicable = new ArrayList<>(v), List.copyOf(notApplicable)),
                Edits.indicators("移动指标到新的指标体系", project.id, project.indicators,
                        IndicatorOutline.of(to, moved).flatten())));
    }

    /** Copies (same ids) of the indicators with their 一级/二级 in the new framework. */
    public static List<Indicator> remap(List<Indicator> indicators, Framework to) {
        List<Indicator> out = new ArrayList<>();
        for (Indicator i : indicators) {
            String[] p = place(to, i.category, i.subcategory);
            if (p[0].equals(i.category) && p[1].equals(i.subcategory)) {
                out.add(i);
            } else {
                Indicator c = Json.copy(i, Indicator.class);
                c.category = p[0];
                c.subcategory = p[1];
                out.add(c);
            }
        }
        return out;
    }

    /** {一级, 二级} in the framework for an old pair; the old pair itself when nothing matches. */
    static String[] place(Framework to, String category, String subcategory) {
        String subKey = key(subcategory);
        String catKey = key(category);
        Optional<String[]> sameSub = find(to, (c, s) -> key(s).equals(subKey));
        if (sameSub.isPresent()) {
            return sameSub.get();
        }
        // 成本 as a 一级 (经济成本指标…) becomes the 成本指标 二级 under 产出, and back
        Optional<String[]> subNamedAsOldCategory = find(to, (c, s) -> key(s).equals(catKey));
        if (subNamedAsOldCategory.isPresent()) {
            return subNamedAsOldCategory.get();
        }
        for (Framework.Category c : to.categories) {
            if (key(c.name).equals(subKey) && !c.subcategories.isEmpty()) {
                return new String[] {c.name, c.subcategories.get(0)};
            }
        }
        // 满意度指标 (怀远's own 二级 name) → 服务对象满意度
        Optional<String[]> endsAlike = find(to, (c, s) -> key(s).endsWith(subKey) || subKey.endsWith(key(s)));
        return endsAlike.orElse(new String[] {category, subcategory});
    }

    private static Optional<String[]> find(Framework fw, java.util.function.BiPredicate<String, String> test) {
        for (Framework.Category c : fw.categories) {
            for (String s : c.subcategories) {
                if (test.test(c.name, s)) {
                    return Optional.of(new String[] {c.name, s});
                }
            }
        }
        return Optional.empty();
    }

    /** What a 一级/二级 name means, without the words the frameworks differ in. */
    static String key(String name) {
        String k = name.strip().replace("社会公众或", "");
        if (k.endsWith("指标")) {
            k = k.substring(0, k.length() - 2);
        }
        return k;
    }
}
