package cn.jixiao.indicators;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Framework;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.editing.Edit;
import cn.jixiao.editing.Edits;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Copying 三级 indicators from another project (or the same project's previous year) into a
 * project: each copy gets a new id, loses the self-evaluation of its old year, and lands at the
 * end of the 二级 that means the same in the target's framework.
 */
public final class IndicatorCopies {
    /** A project the clerk may copy from, with its year. */
    public record Source(FiscalYear year, Project project, boolean previousYear) {
        public String label() {
            return year.year + "年 " + project.name + (previousYear ? "（本项目上年度）" : "");
        }
    }

    private IndicatorCopies() {
    }

    /** The same project (same lineage) in the nearest earlier year that has it. */
    public static Optional<Source> previousYear(Unit unit, FiscalYear year, Project project) {
        Source best = null;
        for (FiscalYear fy : unit.years) {
            if (fy.year >= year.year || best != null && fy.year < best.year().year) {
                continue;
            }
            for (Project p : fy.projects) {
                if (p.lineage.equals(project.lineage) && p != project) {
                    best = new Source(fy, p, true);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Every other project that has indicators: the previous year's first, then newest year first. */
    public static List<Source> sources(Unit unit, FiscalYear year, Project project) {
        List<Source> out = new ArrayList<>();
        Optional<Source> previous = previousYear(unit, year, project);
        previous.ifPresent(out::add);
        List<FiscalYear> years = new ArrayList<>(unit.years);
        years.sort((a, b) -> Integer.compare(b.year, a.year));
        for (FiscalYear fy : years) {
            for (Project p : fy.projects) {
                boolean isPrevious = previous.isPresent() && previous.get().project() == p;
                if (p != project && !isPrevious && !p.indicators.isEmpty()) {
                    out.add(new Source(fy, p, false));
                }
            }
        }
        return out;
    }

    /** New indicators for the target: new ids, no 实际完成值/得分/偏差原因, 一级/二级 of the target's framework. */
    public static List<Indicator> copies(List<Indicator> chosen, Framework targetFramework) {
        List<Indicator> fresh = new ArrayList<>();
        for (Indicator i : chosen) {
            Indicator n = i.declarationCopy();
            fresh.add(n);
        }
        return targetFramework == null ? fresh : FrameworkSwitch.remap(fresh, targetFramework);
    }

    /** The edit that adds copies of {@code chosen} to the project, as one step; null when none are chosen. */
    public static Edit copyInto(Unit unit, FiscalYear year, Project target, List<Indicator> chosen) {
        if (chosen.isEmpty()) {
            return null;
        }
        Framework fw = FrameworkSwitch.frameworkOf(unit, year, target);
        List<Indicator> all = new ArrayList<>(target.indicators);
        all.addAll(copies(chosen, fw));
        return Edits.indicators("复制" + chosen.size() + "条指标", target.id, target.indicators,
                IndicatorOutline.of(fw, all).flatten());
    }
}
