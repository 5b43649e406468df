package cn.jixiao.unitlevel;

import cn.jixiao.domain.Amount;
import cn.jixiao.domain.BasicDataColumn;
import cn.jixiao.domain.BasicDataRow;
import cn.jixiao.domain.BasicDataRowKind;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Json;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fills the 基础数据表's project rows from the year's projects. A project with one row gets the
 * figures the program knows (budget, 执行数, last year's 执行数) and keeps the ones it does not;
 * a project the clerk split over several rows is left alone; a project with no row gets one
 * under its category. The result is a new list of copies, so the caller can make one undoable edit.
 */
public final class BasicDataGenerator {
    static final String DEFAULT_CATEGORY = BasicDataRowKind.PROJECT_CATEGORIES.get(0);

    /** The new rows and, for the clerk, what was done. */
    public record Result(List<BasicDataRow> rows, List<String> messages) {
    }

    private BasicDataGenerator() {
    }

    /** The rows of an empty table: the form's standard lines ({@link BasicDataRowKind#standardRows()}). */
    public static List<BasicDataRow> skeleton() {
        return BasicDataRowKind.standardRows();
    }

    public static Result generate(Unit unit, FiscalYear year) {
        List<BasicDataRow> rows = new ArrayList<>();
        year.basicData.rows.forEach(r -> rows.add(Json.copy(r, BasicDataRow.class)));
        if (rows.isEmpty()) {
            rows.addAll(skeleton());
        }
        FiscalYear view = new FiscalYear(year.year);
        view.projects = year.projects;
        view.basicData.rows = rows;
        BasicDataSums sums = new BasicDataSums(unit, view);
        List<String> messages = new ArrayList<>();
        int updated = 0;
        int added = 0;
        for (Project p : year.projects) {
            List<BasicDataRow> mine = sums.rowsOf(p.lineage);
            if (mine.size() > 1) {
                messages.add("“" + p.name + "”在本表分为" + mine.size() + "行，未改动。");
                continue;
            }
            BasicDataRow row;
            if (mine.isEmpty()) {
                row = new BasicDataRow(BasicDataRowKind.PROJECT, p.name);
                row.projectLineage = p.lineage;
                rows.add(insertionPoint(rows, category(p)), row);
                added++;
            } else {
                row = mine.get(0);
                updated++;
            }
            for (BasicDataColumn c : BasicDataColumn.values()) {
                Optional<BigDecimal> v = sums.projectFigure(p.lineage, c);
                Optional<BigDecimal> now = Figures.read(c.get(row));
                if (v.isPresent() && (now.isEmpty() || !Figures.same(now.get(), v.get()))) {
                    c.set(row, Amount.of(Figures.format(v.get())));
                }
            }
        }
        messages.add(0, "已按项目更新" + updated + "行，新增" + added + "行。");
        return new Result(rows, messages);
    }

    private static String category(Project p) {
        return p.basicDataCategory.isBlank() ? DEFAULT_CATEGORY : p.basicDataCategory.strip();
    }

    /** After the last project row of the category's block; a new category row when there is none. */
    private static int insertionPoint(List<BasicDataRow> rows, String category) {
        int start = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).is(BasicDataRowKind.CATEGORY) && rows.get(i).label.contains(category)) {
                start = i;
                break;
            }
        }
        if (start < 0) {
            int at = indexOfKind(rows, BasicDataRowKind.PROCUREMENT);
            at = at < 0 ? rows.size() : at;
            rows.add(at, new BasicDataRow(BasicDataRowKind.CATEGORY, category));
            return at + 1;
        }
        int at = start + 1;
        while (at < rows.size() && rows.get(at).is(BasicDataRowKind.PROJECT)) {
            at++;
        }
        return at;
    }

    private static int indexOfKind(List<BasicDataRow> rows, BasicDataRowKind kind) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).is(kind)) {
                return i;
            }
        }
        return -1;
    }
}
