package cn.jixiao.documents.layout;

import cn.jixiao.documents.FormStyle;
import cn.jixiao.documents.FormDocument;
import cn.jixiao.documents.FormLayout;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Monitoring;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.monitoring.Light;
import cn.jixiao.monitoring.MonitoringStatus;

import java.util.List;

/**
 * A form of the 绩效运行监控 stage: printed for one monitoring period (截至 X 月). Without a
 * month the latest period of each subject is printed; a subject not yet monitored prints a blank
 * form for the month asked for (or June, the usual one), for filling in by hand.
 */
abstract class MonitoringLayout implements FormLayout {
    /** The usual period when none is asked for and nothing is monitored yet: 1—6月. */
    static final int USUAL_MONTH = 6;

    @Override
    public FormStyle style() {
        return FormStyle.STANDARD;
    }

    /** One common template, whatever the unit's style. */
    @Override
    public boolean anyStyle() {
        return true;
    }

    @Override
    public final List<FormDocument> render(Unit unit, FiscalYear year, List<Project> projects) {
        return render(unit, year, projects, 0);
    }

    /** The period of a project (empty id: the 部门整体): the month's, else the latest, else a blank one. */
    static Monitoring period(FiscalYear year, String projectId, int month) {
        if (month > 0) {
            return year.monitoring(projectId, month).orElseGet(() -> new Monitoring(projectId, month));
        }
        return year.latestMonitoring(projectId).orElseGet(() -> new Monitoring(projectId, USUAL_MONTH));
    }

    /** '绿灯' once anything is filled to judge by; blank otherwise. */
    static String light(Light l) {
        return l == Light.NONE ? "" : l.chinese();
    }

    /** '（2022年1—6月）'. */
    static String periodLine(FiscalYear year, int month) {
        return "（" + (year.year > 0 ? String.valueOf(year.year) : "\u3000\u3000\u3000\u3000") + "年1—" + month + "月）";
    }

    static String rate(MonitoringStatus s, String stated) {
        return EvaluationFigures.rate(stated, s.executionRate());
    }
}
