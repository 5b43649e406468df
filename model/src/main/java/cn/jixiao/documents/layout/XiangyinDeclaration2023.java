package cn.jixiao.documents.layout;

import cn.jixiao.documents.FormStyle;
import cn.jixiao.documents.FormKind;
import cn.jixiao.documents.FormDocument;
import cn.jixiao.documents.FieldText;
import cn.jixiao.fields.LineFields;
import cn.jixiao.fields.UnitFields;
import cn.jixiao.fields.ProjectFields;
import cn.jixiao.documents.PageSetup;
import cn.jixiao.documents.Paragraph;
import cn.jixiao.documents.Table;
import cn.jixiao.documents.Table.Cell;
import cn.jixiao.domain.ExpenseLine;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.ScheduleItem;
import cn.jixiao.domain.Unit;

import java.util.ArrayList;
import java.util.List;

/**
 * 项目支出预算绩效目标申报表 as 湘阴县人民政府办公室 filed it for 2023 (seed 004): basic data
 * with the 项目属性 and 项目类型 checkboxes, funds by level beside last year's, the 支出明细预算
 * with its 测算依据, the schedule, goals and indicators. Only the 二级 that carry indicators are
 * printed, as 湘阴 does; the indicator header is repeated above each further 一级 block.
 */
public final class XiangyinDeclaration2023 extends PerProjectLayout {
    private static final int MIN_EXPENSE_LINES = 3;

    @Override
    public FormKind form() {
        return FormKind.DECLARATION;
    }

    @Override
    public FormStyle style() {
        return FormStyle.XIANGYIN_2023;
    }

    @Override
    public String title() {
        return "项目支出预算绩效目标申报表";
    }

    @Override
    protected FormDocument render(Unit unit, FiscalYear year, Project p) {
        FormDocument doc = new FormDocument(documentName(p), PageSetup.A4_PORTRAIT_NARROW);
        doc.add(Paragraph.title(FieldText.of(year.year + "年度", Bound.unit(unit, UnitFields.NAME), title())));
        doc.add(Paragraph.body(FieldText.of("填报单位（盖章）：", Bound.unit(unit, UnitFields.NAME))));
        doc.add(Paragraph.body(FieldText.of("单位负责人：", Bound.first(Bound.project(p, ProjectFields.HEAD), Bound.unit(unit, UnitFields.HEAD)))));

        Table t = new Table(10, 16, 22, 16, 16, 20);
        basics(t, unit, p);
        funds(t, p);
        t.row(Cell.label("单位已有的（或拟订的）保障项目实施的制度、措施").span(2), Cell.of(Bound.project(p, ProjectFields.SAFEGUARDS)).span(4));
        schedule(t, p);
        goals(t, p);
        t.row(Cell.label("其他说明的问题").span(2), Cell.of(Bound.project(p, ProjectFields.OTHER_NOTES)).span(4));
        t.row(Cell.label("财政部门审核意见").span(2), Cell.of(Bound.project(p, ProjectFields.REVIEW_OPINION)).span(4)).minHeightMm(20);
        doc.add(t);
        return doc;
    }

    private static void basics(Table t, Unit unit, Project p) {
        t.row(Cell.label("项目基本情况").rows(7), Cell.label("项目名称"), Cell.of(Bound.project(p, ProjectFields.NAME)).span(4));
        String attribute = Text.of(p.attribute);
        FieldText bound = Bound.project(p, ProjectFields.ATTRIBUTE);
        boolean added = attribute.contains("新增");
        boolean continued = attribute.contains("延续");
        t.row(Cell.label("项目属性"), Cell.center(FieldText.of(Bound.option("新增项目", bound, added), " " + Text.box(added))).span(2),
                Cell.center(FieldText.of(Bound.option("延续项目", bound, continued && !added), " " + Text.box(continued))).span(2));
        t.row(Cell.label("主管部门"), Cell.of(Bound.first(Bound.project(p, ProjectFields.SUPERVISING_DEPARTMENT), Bound.unit(unit, UnitFields.SUPERVISING_DEPARTMENT))),
                Cell.label("项目起止时间"), Cell.of(Bound.project(p, ProjectFields.START_END)).span(2));
        t.row(Cell.label("项目负责人"), Cell.of(Bound.project(p, ProjectFields.MANAGER)), Cell.label("联系电话"),
                Cell.of(Bound.project(p, ProjectFields.MANAGER_PHONE)).span(2));
        t.row(Cell.label("绩效管理联络员"), Cell.of(Bound.project(p, ProjectFields.LIAISON)), Cell.label("联系电话"),
                Cell.of(Bound.project(p, ProjectFields.LIAISON_PHONE)).span(2));
        t.row(Cell.label("项目类型"), Cell.of(projectType(p)).span(4));
        t.row(Cell.label("项目概况"), Cell.of(Bound.project(p, ProjectFields.OVERVIEW)).span(4));
        t.row(Cell.label("项目立项依据").span(2), Cell.of(Bound.project(p, ProjectFields.BASIS)).span(4));
    }

    /** The three 项目类型 with their sub-types, each ticked when the project's type names it; any other type ticks the third. */
    static FieldText projectType(Project p) {
        String type = Text.of(p.projectType);
        String sub = Text.of(p.projectSubType);
        boolean building = type.contains("基本建设");
        boolean admin = type.contains("行政事业");
        // 湘阴's third box takes every other type the clerk may choose ('专项业务类' of the national
        // list, '其他专项类'): a typed type ticks a box, printed as the clerk wrote it
        boolean other = !type.isEmpty() && !building && !admin;
        // the ticked type and sub-type as the clerk wrote them are bound, so they come back with the ticks
        FieldText typed = Bound.project(p, ProjectFields.PROJECT_TYPE);
        FieldText subTyped = Bound.project(p, ProjectFields.PROJECT_SUB_TYPE);
        List<Object> parts = new ArrayList<>();
        parts.add("1. ");
        parts.add(Bound.option(label(type, building, "基本建设类"), typed, building));
        parts.add(" " + Text.box(building) + " 其中：");
        String[][] subTypes = {{"新建", "扩建", "改建"}, {"采购类", "修缮类", "奖励类"}};
        boolean subBound = false;
        for (int g = 0; g < 2; g++) {
            boolean of = g == 0 ? building : admin;
            for (int k = 0; k < 3; k++) {
                String s = subTypes[g][k];
                boolean ticked = of && sub.contains(s.replace("类", ""));
                parts.add(k == 0 ? "" : " ");
                // one value, one binding: the first ticked sub-type that shows it
                FieldText option = subBound ? FieldText.plain(s) : Bound.option(s, subTyped, ticked);
                subBound |= !option.bindings().isEmpty();
                parts.add(option);
                parts.add(" " + Text.box(ticked));
            }
            if (g == 0) {
                parts.add(" 2. ");
                parts.add(Bound.option(label(type, admin, "行政事业类"), typed, admin));
                parts.add(" " + Text.box(admin) + " 其中：");
            }
        }
        parts.add(" 3. ");
        parts.add(Bound.option(label(type, other, "其他专项类"), typed, other));
        parts.add(" " + Text.box(other));
        return FieldText.of(parts.toArray());
    }

    /**
     * The option's label; the ticked one as the project wrote it ('其其他专项类' on one published
     * form), without its leading number.
     */
    private static String label(String type, boolean ticked, String standard) {
        if (!ticked) {
            return standard;
        }
        String written = type.replaceFirst("^[0-9]+[.．、]\\s*", "").strip();
        return written.isEmpty() ? standard : written;
    }

    private static void funds(Table t, Project p) {
        List<ExpenseLine> lines = new ArrayList<>();
        for (ExpenseLine l : p.expenseLines == null ? List.<ExpenseLine>of() : p.expenseLines) {
            if (l != null) {
                lines.add(l);
            }
        }
        // The printed form offers three numbered lines; the ones the clerk left empty stay on it,
        // numbered on only when the clerk's own lines are numbered ('1、房租费用'): after lines
        // typed without numbers a lone '3' reads as a stray row.
        boolean numbered = lines.stream().allMatch(l -> Text.of(l.item).matches("^\\s*[0-9]+.*"));
        for (int n = lines.size() + 1; n <= MIN_EXPENSE_LINES; n++) {
            ExpenseLine blank = new ExpenseLine();
            blank.item = numbered ? String.valueOf(n) : "";
            lines.add(blank);
        }
        t.row(Cell.label("项目资金情况").rows(6 + 2 + lines.size()), Cell.label("项目资金申请（万元）").rows(6),
                Cell.label("项 目"), Cell.label("上年度安排资金"), Cell.label("本年度申请资金").span(2));
        t.row(Cell.center("合 计"), Cell.amount(Bound.project(p, ProjectFields.LAST_YEAR_STATED_TOTAL)), Cell.amount(total(p)).span(2));
        t.row(Cell.center("市级资金"), Cell.amount(Bound.project(p, ProjectFields.CITY_LAST_YEAR)), Cell.amount(Bound.project(p, ProjectFields.CITY_THIS_YEAR)).span(2));
        t.row(Cell.center("省级资金"), Cell.amount(Bound.project(p, ProjectFields.PROVINCIAL_LAST_YEAR)),
                Cell.amount(Bound.project(p, ProjectFields.PROVINCIAL_THIS_YEAR)).span(2));
        t.row(Cell.center("中央资金"), Cell.amount(Bound.project(p, ProjectFields.CENTRAL_LAST_YEAR)), Cell.amount(Bound.project(p, ProjectFields.CENTRAL_THIS_YEAR)).span(2));
        t.row(Cell.center("县级资金"), Cell.amount(Bound.project(p, ProjectFields.COUNTY_LAST_YEAR)), Cell.amount(Bound.project(p, ProjectFields.COUNTY_THIS_YEAR)).span(2));

        t.row(Cell.label("支出明细预算（万元）").rows(2 + lines.size()), Cell.label("项 目"), Cell.label("上年度安排资金"),
                Cell.label("本年度申请资金"), Cell.label("测算依据及说明"));
        // the 合计 as stated (bound), else the lines' sum (Project#expenseLinesTotal)
        t.row(Cell.center("合 计"), Cell.amount(Bound.or(Bound.project(p, ProjectFields.EXPENSE_LINES_LAST_YEAR_STATED_TOTAL),
                        Text.of(p.expenseLinesLastYearTotal()))),
                Cell.amount(Bound.or(Bound.project(p, ProjectFields.EXPENSE_LINES_STATED_TOTAL), Text.of(p.expenseLinesTotal()))), Cell.of(Bound.project(p, ProjectFields.EXPENSE_LINES_TOTAL_BASIS)));
        for (ExpenseLine l : lines) {
            int k = p.expenseLines == null ? -1 : p.expenseLines.indexOf(l);
            if (k < 0) {
                t.row(Cell.of(Text.of(l.item)), Cell.amount(""), Cell.amount(""), Cell.of(""));
                continue;
            }
            t.row(Cell.of(Bound.expenseLine(p, k, l, LineFields.EXPENSE_ITEM)),
                    Cell.amount(Bound.expenseLine(p, k, l, LineFields.EXPENSE_LAST_YEAR)),
                    Cell.amount(Bound.expenseLine(p, k, l, LineFields.EXPENSE_THIS_YEAR)),
                    Cell.of(Bound.expenseLine(p, k, l, LineFields.EXPENSE_BASIS)));
        }
    }

    private static void schedule(Table t, Project p) {
        List<ScheduleItem> items = new ArrayList<>();
        for (ScheduleItem s : p.schedule == null ? List.<ScheduleItem>of() : p.schedule) {
            if (s != null) {
                items.add(s);
            }
        }
        if (items.isEmpty()) {
            items.add(new ScheduleItem());
        }
        t.row(Cell.label("项目年度实施进度计划").rows(1 + items.size()), Cell.label("项目实施内容").span(2),
                Cell.label("开始时间"), Cell.label("结束时间").span(2));
        for (ScheduleItem s : items) {
            int k = p.schedule == null ? -1 : p.schedule.indexOf(s);
            if (k < 0) {
                t.row(Cell.of("").span(2), Cell.center(""), Cell.center("").span(2));
                continue;
            }
            t.row(Cell.of(Bound.schedule(p, k, s, LineFields.SCHEDULE_CONTENT)).span(2),
                    Cell.center(Bound.schedule(p, k, s, LineFields.SCHEDULE_START)),
                    Cell.center(Bound.schedule(p, k, s, LineFields.SCHEDULE_END)).span(2));
        }
    }

    private static void goals(Table t, Project p) {
        List<IndicatorTree.Block> blocks = IndicatorTree.arrange(java.util.Optional.empty(), p.indicators);
        List<List<Cell>> rows = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            if (b > 0) {
                rows.add(header());
            }
            rows.addAll(IndicatorRows.rows(IndicatorRows.Whose.project(p), List.of(blocks.get(b)), c -> c, IndicatorRows.nameAndTarget(p), 2));
        }
        if (rows.isEmpty()) {
            rows.add(List.of(Cell.of(""), Cell.of(""), Cell.of(""), Cell.of("")));
        }
        t.row(Cell.label("项目年度绩效目标情况").rows(3 + rows.size()), Cell.label("长期绩效目标"),
                Cell.of(Bound.project(p, ProjectFields.LONG_TERM_GOAL)).span(4));
        t.row(Cell.label("本年度绩效目标"), Cell.of(annualGoal(p)).span(4));
        List<Cell> first = new ArrayList<>();
        first.add(Cell.label("项目年度绩效指标").rows(1 + rows.size()));
        first.addAll(header());
        t.row(first.toArray(Cell[]::new));
        for (List<Cell> r : rows) {
            t.row(r.toArray(Cell[]::new));
        }
    }

    private static List<Cell> header() {
        return List.of(Cell.label("一级指标"), Cell.label("二级指标"), Cell.label("三级指标"), Cell.label("指标值"));
    }
}
