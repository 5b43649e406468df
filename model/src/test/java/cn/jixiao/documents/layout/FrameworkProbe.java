package cn.jixiao.documents.layout;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Framework;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;

import java.util.Optional;

/** Lets tests outside the layout package ask which framework the forms arrange a project's indicators under. */
public final class FrameworkProbe {
    private FrameworkProbe() {
    }

    public static Optional<Framework> of(Unit unit, FiscalYear year, Project project) {
        return IndicatorRows.framework(unit, year, project);
    }
}
