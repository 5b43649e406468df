package cn.jixiao.review.checks;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.review.BaseCheck;
import cn.jixiao.review.Finding;
import cn.jixiao.review.Severity;

import java.util.ArrayList;
import java.util.List;

/** 项目名称 filled. */
public final class ProjectNameFilled extends BaseCheck {
    public ProjectNameFilled() {
        super("PROJECT_NAME_MISSING", Severity.ERROR, "项目名称没有填写");
    }

    @Override
    public List<Finding> check(Unit unit, FiscalYear y) {
        List<Finding> out = new ArrayList<>();
        for (int k = 0; k < y.projects.size(); k++) {
            Project p = y.projects.get(k);
            if (p.name.isBlank()) {
                out.add(onProject(y, p, "name", "第" + (k + 1) + "个项目没有填写项目名称。"));
            }
        }
        return out;
    }
}
