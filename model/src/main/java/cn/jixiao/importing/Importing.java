package cn.jixiao.importing;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.fields.FieldAddress;
import cn.jixiao.target.TextFold;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The rules the import's parts share: when two names are the same project, which projects a form may merge into. */
final class Importing {
    private Importing() {
    }

    /** A name as compared: full-width forms and spacing aside ('（ ）' and '( )', '　'). */
    static String fold(String name) {
        return TextFold.fold(name == null ? "" : name);
    }

    static boolean sameName(String a, String b) {
        String fa = fold(a);
        return !fa.isEmpty() && fa.equals(fold(b));
    }

    /**
     * 可合并的项目: the projects of {@code year} with the same name, then those continuing (same
     * lineage) the project of that name of the year before, each once.
     */
    static List<Project> candidates(Unit unit, String name, int year) {
        List<Project> out = new ArrayList<>();
        Optional<FiscalYear> y = unit.year(year);
        if (y.isEmpty() || fold(name).isEmpty()) {
            return out;
        }
        y.get().projects.stream().filter(p -> sameName(p.name, name)).forEach(out::add);
        unit.year(year - 1).ifPresent(before -> before.projects.stream().filter(p -> sameName(p.name, name)).forEach(last ->
                y.get().projects.stream().filter(p -> p.lineage.equals(last.lineage) && !out.contains(p)).forEach(out::add)));
        return out;
    }

    /** True for a value of a monitoring period (运行监控), which the import leaves to the monitoring page. */
    static boolean isMonitoring(FieldAddress at) {
        return at.path().startsWith("monitoring[") || at.path().contains(".monitoring[");
    }

    static String monitoringNotImported(int values) {
        return "运行监控的" + values + "项填报内容未导入，请在“运行监控”中填写。";
    }
}
