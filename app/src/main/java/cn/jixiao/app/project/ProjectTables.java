package cn.jixiao.app.project;

import cn.jixiao.app.Messages;
import cn.jixiao.app.main.MainViewModel;
import cn.jixiao.app.project.RowTable.Col;
import cn.jixiao.domain.Amount;
import cn.jixiao.domain.ExpenseLine;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.ScheduleItem;
import cn.jixiao.store.UnitFile;
import javafx.scene.Node;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/** The project's 支出明细预算 and 年度实施进度计划 as small editable tables. */
final class ProjectTables {
    private ProjectTables() {
    }

    static Node expenseLines(MainViewModel vm, FiscalYear year, Project project) {
        List<Col<ExpenseLine>> cols = List.of(
                new Col<>("item", Messages.text("projectTables.text.expenseItem"), 220, l -> l.item, (l, v) -> l.item = v, false),
                new Col<>("lastYear", Messages.text("projectTables.text.lastYear"), 90, l -> l.lastYear.text(), (l, v) -> l.lastYear = Amount.of(v), true),
                new Col<>("thisYear", Messages.text("projectTables.text.thisYear"), 90, l -> l.thisYear.text(), (l, v) -> l.thisYear = Amount.of(v), true),
                new Col<>("basis", Messages.text("projectTables.text.calculationBasis"), 320, l -> l.basis, (l, v) -> l.basis = v, false));
        return new RowTable<>(vm, "expenseLines", Messages.text("projectTables.text.expenseLines"), project.expenseLines, ExpenseLine::new, cols,
                save(year, project), lines -> totals(project, lines)).node();
    }

    static Node schedule(MainViewModel vm, FiscalYear year, Project project) {
        List<Col<ScheduleItem>> cols = List.of(
                new Col<>("content", Messages.text("projectTables.text.scheduleContent"), 380, s -> s.content, (s, v) -> s.content = v, false),
                new Col<>("start", Messages.text("projectTables.text.start"), 120, s -> s.start, (s, v) -> s.start = v, false),
                new Col<>("end", Messages.text("projectTables.text.end"), 120, s -> s.end, (s, v) -> s.end = v, false));
        return new RowTable<>(vm, "schedule", Messages.text("projectTables.text.schedule"), project.schedule, ScheduleItem::new, cols, save(year, project), null).node();
    }

    private static Consumer<UnitFile> save(FiscalYear year, Project project) {
        return file -> file.saveProject(year.year, project, year.projects.indexOf(project));
    }

    /** 合计 as the program adds the lines up, beside the 合计 the form states, when there is one. */
    private static String totals(Project project, List<ExpenseLine> lines) {
        if (lines.isEmpty()) {
            return "";
        }
        String last = sum(lines, l -> l.lastYear);
        String now = sum(lines, l -> l.thisYear);
        String stated = project.expenseLinesStatedTotal.isEmpty() ? "" : Messages.text("projectTables.text.statedTotalAside", project.expenseLinesStatedTotal.text());
        return Messages.text("projectTables.text.expenseTotals", last, now, stated);
    }

    private static String sum(List<ExpenseLine> lines, Function<ExpenseLine, Amount> get) {
        BigDecimal total = BigDecimal.ZERO;
        for (ExpenseLine l : lines) {
            total = total.add(get.apply(l).value().orElse(BigDecimal.ZERO));
        }
        return total.toPlainString();
    }
}
