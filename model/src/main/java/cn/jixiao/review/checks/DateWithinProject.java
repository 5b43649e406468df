package cn.jixiao.review.checks;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.ScheduleItem;
import cn.jixiao.domain.Unit;
import cn.jixiao.review.BaseCheck;
import cn.jixiao.review.DateText;
import cn.jixiao.review.Finding;
import cn.jixiao.review.Names;
import cn.jixiao.review.Rows;
import cn.jixiao.review.Severity;
import cn.jixiao.review.Targets;
import cn.jixiao.target.TargetKind;
import cn.jixiao.target.TargetValue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A date target falls within the project: not after the end of its 起止时间 or of its 进度计划,
 * or, for a one-year project that states neither, not after the budget year.
 */
public final class DateWithinProject extends BaseCheck {
    public DateWithinProject() {
        super("DATE_AFTER_PROJECT_END", Severity.WARNING, "时间类指标值晚于项目结束时间");
    }

    @Override
    public List<Finding> check(Unit unit, FiscalYear y) {
        List<Finding> out = new ArrayList<>();
        for (Rows.Row r : Rows.all(y)) {
            var i = r.indicator();
            if (!Targets.readable(i)) {
                continue;
            }
            TargetValue t = Targets.of(i);
            if (t.kind() != TargetKind.DATE || t.deadline() == null) {
                continue;
            }
            Optional<End> end = end(r.project(), y);
            // '年底前' has the year of the form it stands in
            LocalDate due = t.deadline().inYear(y.year).lastDay();
            if (end.isPresent() && due.isAfter(end.get().date())) {
                out.add(onIndicator(y, r.project(), i, "target", Names.indicator(i) + "的指标值“" + i.target + "”晚于"
                        + end.get().what() + "（" + end.get().date().getYear() + "年" + end.get().date().getMonthValue() + "月"
                        + end.get().date().getDayOfMonth() + "日），请改为项目期内的时间。"));
            }
        }
        return out;
    }

    record End(LocalDate date, String what) {
    }

    static Optional<End> end(Project p, FiscalYear y) {
        if (p == null) {
            return Optional.of(new End(LocalDate.of(y.year, 12, 31), y.year + "年度结束"));
        }
        Optional<LocalDate> stated = p.startEnd.isBlank() ? Optional.empty() : DateText.rangeEnd(p.startEnd, y.year);
        if (stated.isPresent()) {
            return Optional.of(new End(stated.get(), "项目起止时间“" + p.startEnd + "”的结束时间"));
        }
        LocalDate last = null;
        for (ScheduleItem s : p.schedule) {
            Optional<LocalDate> e = DateText.rangeEnd(s.end, y.year);
            if (e.isPresent() && (last == null || e.get().isAfter(last))) {
                last = e.get();
            }
        }
        if (last != null) {
            return Optional.of(new End(last, "进度计划的结束时间"));
        }
        if (p.period.isBlank() || p.period.strip().matches("1\\s*年|一年")) {
            return Optional.of(new End(LocalDate.of(y.year, 12, 31), y.year + "年度结束"));
        }
        return Optional.empty();
    }
}
