package cn.jixiao.review.checks;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.review.BaseCheck;
import cn.jixiao.review.FieldRef;
import cn.jixiao.review.Finding;
import cn.jixiao.review.Names;
import cn.jixiao.review.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * 主管部门 filled, on the project or else on the unit. When neither the unit nor any project
 * names it, one finding on the unit says so instead of one per project.
 */
public final class DepartmentFilled extends BaseCheck {
    public DepartmentFilled() {
        super("DEPARTMENT_MISSING", Severity.ERROR, "主管部门没有填写（项目和单位信息都没有）");
    }

    @Override
    public List<Finding> check(Unit unit, FiscalYear y) {
        List<Finding> out = new ArrayList<>();
        if (!unit.supervisingDepartment.isBlank() || y.projects.isEmpty()) {
            return out;
        }
        List<Project> missing = y.projects.stream().filter(p -> p.supervisingDepartment.isBlank()).toList();
        if (missing.size() == y.projects.size()) {
            out.add(onUnit(y, FieldRef.unit("supervisingDepartment"), Names.UNIT,
                    "主管部门没有填写，" + y.year + "年的" + missing.size() + "个项目也都没有填写主管部门。请在单位信息中填写主管部门（一级预算单位填本单位名称）。"));
            return out;
        }
        for (Project p : missing) {
            out.add(onProject(y, p, "supervisingDepartment", "没有填写主管部门，单位信息中也没有。"));
        }
        return out;
    }
}
