package cn.jixiao.review.checks;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Framework;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Unit;
import cn.jixiao.review.BaseCheck;
import cn.jixiao.review.FieldRef;
import cn.jixiao.review.Finding;
import cn.jixiao.review.Frames;
import cn.jixiao.review.Names;
import cn.jixiao.review.Rows;
import cn.jixiao.review.Severity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 产出, 效益 and 满意度 indicators all present, and 成本 where the framework has it (as 一级 or
 * 二级). 满意度 counts whether the framework has it as 一级 or under 效益.
 */
public final class CategoriesPresent extends BaseCheck {
    public CategoriesPresent() {
        super("CATEGORY_MISSING", Severity.ERROR, "缺少产出、效益、满意度（或成本）指标");
    }

    @Override
    public List<Finding> check(Unit unit, FiscalYear y) {
        List<Finding> out = new ArrayList<>();
        for (Rows.Tree t : Rows.trees(y)) {
            Framework f = Frames.of(unit, y, t.project());
            Map<String, String> wanted = new LinkedHashMap<>();
            wanted.put(Frames.OUTPUT, "产出指标");
            wanted.put(Frames.BENEFIT, "效益指标");
            wanted.put(Frames.SATISFACTION, "满意度指标");
            if (Frames.frameworkHas(f, Frames.COST)) {
                wanted.put(Frames.COST, "成本指标");
            }
            List<String> missing = new ArrayList<>();
            for (var e : wanted.entrySet()) {
                boolean present = false;
                for (Indicator i : t.indicators()) {
                    if (Frames.isConcept(i, e.getKey()) && !i.name.isBlank()) {
                        present = true;
                        break;
                    }
                }
                if (!present) {
                    missing.add(e.getValue());
                }
            }
            if (missing.isEmpty()) {
                continue;
            }
            String what = String.join("、", missing);
            String message = t.indicators().isEmpty()
                    ? "还没有任何绩效指标，至少需要" + what + "。"
                    : "缺少" + what + "，每个项目的绩效指标都应有产出、效益和满意度指标"
                    + (wanted.containsKey(Frames.COST) ? "（本指标体系还要求成本指标）" : "") + "。";
            if (t.project() == null) {
                out.add(onUnit(y, FieldRef.overall("indicators"), Names.OVERALL, message));
            } else {
                out.add(onProject(y, t.project(), "indicators", message));
            }
        }
        return out;
    }
}
