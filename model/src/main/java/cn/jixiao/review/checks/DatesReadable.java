package cn.jixiao.review.checks;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.ScheduleItem;
import cn.jixiao.domain.Unit;
import cn.jixiao.review.BaseCheck;
import cn.jixiao.review.DateText;
import cn.jixiao.review.Finding;
import cn.jixiao.review.Severity;

import java.util.ArrayList;
import java.util.List;

/** 项目起止时间 and the 进度计划's 开始/结束时间 are dates ('2023/1/12月' in 004 is not). */
public final class DatesReadable extends BaseCheck {
    public DatesReadable() {
        super("DATE_UNREADABLE", Severity.ERROR, "日期写法无法识别");
    }

    @Override
    public List<Finding> check(Unit unit, FiscalYear y) {
        List<Finding> out = new ArrayList<>();
        for (Project p : y.projects) {
            if (!DateText.readable(p.startEnd, y.year)) {
                out.add(onProject(y, p, "startEnd", "项目起止时间“" + p.startEnd + "”无法识别，请写成如“" + y.year + "年1月-" + y.year + "年12月”。"));
            }
            for (int k = 0; k < p.schedule.size(); k++) {
                ScheduleItem s = p.schedule.get(k);
                String row = "进度计划“" + (s.content.isBlank() ? "第" + (k + 1) + "行" : s.content) + "”的";
                if (!DateText.readable(s.start, y.year)) {
                    out.add(onProject(y, p, "schedule[" + k + "].start", row + "开始时间“" + s.start + "”无法识别，请写成如“" + y.year + "年1月1日”。"));
                }
                if (!DateText.readable(s.end, y.year)) {
                    out.add(onProject(y, p, "schedule[" + k + "].end", row + "结束时间“" + s.end + "”无法识别，请写成如“" + y.year + "年12月31日”。"));
                }
            }
        }
        return out;
    }
}
