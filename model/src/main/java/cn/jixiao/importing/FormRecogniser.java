package cn.jixiao.importing;

import cn.jixiao.domain.Amount;
import cn.jixiao.domain.CategoryWeight;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Framework;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.MoneyText;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.fields.Field;
import cn.jixiao.fields.FieldKind;
import cn.jixiao.fields.IndicatorFields;
import cn.jixiao.fields.ProjectFields;
import cn.jixiao.importing.FormLabels.Label;
import cn.jixiao.importing.FormLabels.MoneyUnit;
import cn.jixiao.importing.IndicatorColumns.Role;
import cn.jixiao.importing.source.SourceCell;
import cn.jixiao.importing.source.SourceDocument;
import cn.jixiao.importing.source.SourceTable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 表单识别: finds the project forms (申报表 / 绩效目标表 / 批复表 and 自评表) in the tables of a
 * clerk's Word or Excel file, in any county's layout, and reads each into a project: the labelled
 * fields (wording from {@link FormLabels}, value right of or below its label, or in the label's own
 * cell), the funds block, and the indicator table (header found by {@link IndicatorColumns}, merged
 * 一级 and 二级 filled down, continued across page breaks). A new 项目名称 starts a new form. Every
 * non-blank cell not placed is handed back, and every guess is named.
 */
public final class FormRecogniser {
    private FormRecogniser() {
    }

    /**
     * The forms the document holds, in document order; empty when it holds none (the import then
     * says 未找到项目表格).
     *
     * @param unit the unit the forms go into: its framework (指标体系) is what 二级 names are read onto
     */
    public static List<FoundForm> recognise(SourceDocument document, Unit unit) {
        return new Walk(document, unit).run();
    }

    private static final Pattern YEAR_IN_TITLE = Pattern.compile("(20\\d{2})\\s*年(度|(?!\\s*\\d{1,2}\\s*月))");
    private static final Pattern YEAR_ONLY = Pattern.compile("^[(（]?\\s*(20\\d{2})\\s*年度?\\s*[)）]?$");
    private static final Pattern TABLE_UNIT = Pattern.compile("单位\\s*[:：]\\s*(万元|元)");
    /** What an empty 二级 row holds instead of nothing: '/', '—', '无'. */
    private static final Pattern PLACEHOLDER = Pattern.compile("[\\s\u3000]*([/／\\\\—–\\-－]+|无)[\\s\u3000]*");

    /** The funds block's label of the whole period's total ('中期资金总额', '实施期资金总额'). */
    private static final Pattern LONG_TERM_FUNDS = Pattern.compile("(中长期|中期|长期|实施期|项目期)(项目)?(资金|预算)(总额|合计|总计)");
    /** An 一级's weight written in its cell: '产出指标（50分）', '效益指标 30分', '满意度指标（10）'. */
    private static final Pattern CATEGORY_WEIGHT = Pattern.compile("[(（]\\s*(\\d+(?:\\.\\d+)?)\\s*分?\\s*[)）]\\s*$|[(（]\\s*(\\d+(?:\\.\\d+)?)\\s*分\\s*[)）]|(\\d+(?:\\.\\d+)?)\\s*分\\s*$");

    /** One pass over a document's tables, row by row, building the forms. */
    private static final class Walk {
        private final SourceDocument document;
        private final Unit unit;
        private final List<Draft> forms = new ArrayList<>();
        private Draft current;
        /** Cells and hints met before the first form starts: they belong to it. */
        private final List<SourceCell> pendingCells = new ArrayList<>();
        private final List<String> pendingTitles = new ArrayList<>();
        private MoneyUnit tableUnit = MoneyUnit.WAN;
        private IndicatorColumns columns;
        private SourceTable columnsTable;
        private MoneyGrid grid;

        Walk(SourceDocument document, Unit unit) {
            this.document = document;
            this.unit = unit;
        }

        List<FoundForm> run() {
            SourceTable lastTable = null;
            for (SourceTable table : document.tables()) {
                table(table);
                lastTable = table;
            }
            if (lastTable != null) {
                // '填报人：…  联系电话：…  填报日期：…' below the last table
                int n = 0;
                for (String line : document.trailingText()) {
                    outsideLine(line, lastTable, lastTable.place() + "后的文字", n++, false);
                }
            }
            finish();
            List<Draft> found = forms.stream().filter(Draft::isForm).toList();
            // a sheet or document titled once ('2024年部门预算项目绩效目标表' over several projects):
            // a form stating no year of its own is of the year of the form before it
            Draft before = null;
            for (Draft d : found) {
                if (d.labelYear == null && d.titleYear == null && before != null && before.year().isPresent()) {
                    d.carriedYear = before.year().getAsInt();
                }
                before = d;
            }
            return found.stream().map(d -> d.build(unit)).toList();
        }

        private void table(SourceTable table) {
            grid = null;
            if (columns != null && columnsTable != null && !columns.fits(table, columnsTable.columns())) {
                columns = null;
            }
            if (!table.sheet().isEmpty()) {
                // a sheet named '2023年自评表': a title; the sheet's own title rows, nearer the form, outweigh it
                title(table.sheet());
            }
            int n = 0;
            for (String line : table.textBefore()) {
                Matcher u = TABLE_UNIT.matcher(line);
                if (u.find()) {
                    tableUnit = u.group(1).equals("元") ? MoneyUnit.YUAN : MoneyUnit.WAN;
                }
                textLine(line, table);
                outsideLine(line, table, table.place() + "前的文字", n++, true);
            }
            for (int r = 0; r < table.rows(); r++) {
                int last = row(table, r);
                List<SourceCell> sink = current == null ? pendingCells : current.seen;
                for (int k = r; k <= last; k++) {
                    sink.addAll(ownCells(table, k));
                }
                r = last;
            }
        }

        /** A paragraph before a table: a title (year, kind) or a 项目名称 written above the table. */
        private void textLine(String line, SourceTable table) {
            // '项目名称：X  主管部门：Y': each label with its own value
            for (FormLabels.Part i : FormLabels.parts(line)) {
                if (i.label() == null) {
                    continue;
                }
                if (i.label().kind() == FormLabels.Kind.FIELD && i.label().field() == ProjectFields.NAME && !i.value().isBlank()) {
                    if (!sameFormNamedAgain(i.value())) {
                        startForm(table);
                    }
                    current.set(ProjectFields.NAME, i.value());
                } else if (i.label().kind() == FormLabels.Kind.YEAR) {
                    year(i.value()).ifPresent(y -> draftForHints().ifPresentOrElse(d -> d.labelYear = y,
                            () -> pendingTitles.add(y + "年度")));
                }
            }
            title(line);
        }

        /**
         * A line outside the tables holding labels ('填报单位：…', '填报人：张三  联系电话：1234  填报日期：…'):
         * its label-value pairs fill the same fields as in a table (a signature below a form is that
         * form's; a field the form has already begins the next one); the rest of the line is shown as
         * not placed. A line without a label (a title, '单位：万元') is left to {@link #textLine}.
         */
        private void outsideLine(String line, SourceTable table, String place, int lineIndex, boolean mayStartNext) {
            List<FormLabels.Part> parts = FormLabels.parts(line);
            if (parts.stream().noneMatch(p -> p.label() != null && p.label().kind() == FormLabels.Kind.FIELD
                    && p.label().field() != ProjectFields.NAME)) {
                return;
            }
            List<SourceCell> cells = new ArrayList<>();
            Set<SourceCell> used = new LinkedHashSet<>();
            Label before = null;
            for (int k = 0; k < parts.size(); k++) {
                FormLabels.Part p = parts.get(k);
                // a line is no grid: its pieces are shown as cells of row -1-line, column k
                SourceCell cell = new SourceCell(-1 - lineIndex, k, 1, 1, p.text(), place);
                cells.add(cell);
                Label label = p.label() == null ? null : phoneOf(before, p.label());
                if (label == null) {
                    continue;
                }
                before = label;
                if (label.kind() != FormLabels.Kind.FIELD || label.field() == ProjectFields.NAME) {
                    // 项目名称, 年度 and headings: read by textLine
                    used.add(cell);
                    continue;
                }
                Field<Project> f = label.field();
                if (mayStartNext && current != null && !current.project.indicators.isEmpty() && !p.value().isBlank()
                        && !f.get(current.project).isBlank()) {
                    current = null;
                }
                Draft d = draft(table);
                if (d.field(f, p.value(), label.unit(), tableUnit, place) || squeeze(f.get(d.project)).equals(squeeze(p.value()))) {
                    used.add(cell);
                }
            }
            List<SourceCell> sink = current == null ? pendingCells : current.seen;
            sink.addAll(cells);
            if (current != null) {
                current.placed.addAll(used);
            }
        }

        /** 联系电话 after 项目负责人 (or 联络员) is that person's phone, not the form's signature phone. */
        private static Label phoneOf(Label before, Label label) {
            if (before == null || label.kind() != FormLabels.Kind.FIELD || label.field() != ProjectFields.PHONE
                    || before.kind() != FormLabels.Kind.FIELD) {
                return label;
            }
            if (before.field() == ProjectFields.MANAGER) {
                return new Label(FormLabels.Kind.FIELD, ProjectFields.MANAGER_PHONE, label.unit());
            }
            if (before.field() == ProjectFields.LIAISON) {
                return new Label(FormLabels.Kind.FIELD, ProjectFields.LIAISON_PHONE, label.unit());
            }
            return label;
        }

        private Optional<Draft> draftForHints() {
            return current != null && current.project.name.isBlank() ? Optional.of(current) : Optional.empty();
        }

        private void title(String text) {
            Optional<Draft> d = draftForHints();
            if (d.isPresent()) {
                d.get().title(text);
            } else {
                pendingTitles.add(text);
            }
        }

        private void startForm(SourceTable table) {
            if (current != null && (!current.project.name.isBlank() || !current.project.indicators.isEmpty())) {
                current = null;
            }
            if (current == null) {
                current = new Draft(table.place());
                forms.add(current);
                current.seen.addAll(pendingCells);
                pendingCells.clear();
                // the title nearest the form wins: an earlier one may be a continued table's heading
                for (int k = pendingTitles.size() - 1; k >= 0; k--) {
                    current.title(pendingTitles.get(k));
                }
                pendingTitles.clear();
                current.placed.addAll(pendingTitleCells);
                pendingTitleCells.clear();
                columns = null;
            }
        }

        private Draft draft(SourceTable table) {
            if (current == null) {
                startForm(table);
            }
            return current;
        }

        private void finish() {
            if (current != null) {
                current.seen.addAll(pendingCells);
            }
        }

        /** Reads row r; returns the last row it consumed. */
        private int row(SourceTable table, int r) {
            if (rowBlank(table, r)) {
                return r;
            }
            Optional<IndicatorColumns> header = IndicatorColumns.at(table, r);
            if (header.isPresent()) {
                Draft d = draft(table);
                columns = header.get();
                columnsTable = table;
                grid = null;
                d.placed.addAll(columns.headerCells());
                header.get().headerCells().forEach(c -> d.title(c.text()));
                return r + columns.headerRows() - 1;
            }
            Optional<MoneyGrid> money = MoneyGrid.at(table, r);
            if (money.isPresent()) {
                Draft d = draft(table);
                grid = money.get();
                columns = null;
                d.placed.addAll(ownCells(table, r));
                if (grid.selfEvaluation()) {
                    d.selfEvaluation = true;
                }
                return r;
            }
            if (columns != null) {
                if (!endsIndicators(table, r) && !acrossTheTable(table, r)) {
                    indicatorRow(table, r);
                    return r;
                }
                columns = null;
                if (totalsRow(table, r)) {
                    return r;
                }
            }
            if (grid != null) {
                if (grid.row(table, r, this)) {
                    return r;
                }
                grid = null;
            }
            labelRow(table, r);
            return r;
        }

        private boolean rowBlank(SourceTable table, int r) {
            return ownCells(table, r).isEmpty();
        }

        // ---- labels ----

        private void labelRow(SourceTable table, int r) {
            List<SourceCell> cells = table.cellsOf(r);
            if (table == listTable || cells.stream().anyMatch(c -> c.row() == r && List.of("序号", "编号").contains(FormLabels.fold(c.text())))) {
                // a list of projects (公开清单: 序号, 项目名称, 预算金额), one a row, is no form: its
                // 项目名称 column is no label; its cells are shown as not placed
                listTable = table;
                return;
            }
            for (int i = 0; i < cells.size(); i++) {
                SourceCell cell = cells.get(i);
                if (cell.row() != r || cell.isBlank() || (current != null && current.placed.contains(cell))) {
                    continue;
                }
                if (LONG_TERM_FUNDS.matcher(FormLabels.key(cell.text())).matches()) {
                    // '中期资金总额：' heads the 实施期's column of the funds block; its parts
                    // (其中：财政拨款, 其他资金) below are the period's, not the year's: not placed
                    longTermFunds = cell;
                    continue;
                }
                Optional<Label> label = FormLabels.label(cell.text());
                if (label.isPresent()) {
                    label = Optional.of(phoneOf(labelLeftOf(cells, i), label.get()));
                }
                if (label.isPresent() && underLongTermFunds(table, cell, label.get())) {
                    continue;
                }
                if (label.isPresent()) {
                    Optional<SourceCell> value = valueOf(table, cells, i);
                    labelled(table, cell, label.get(), value);
                    continue;
                }
                List<FormLabels.Inline> inline = FormLabels.inline(cell.text());
                if (!inline.isEmpty()) {
                    for (FormLabels.Inline in : inline) {
                        apply(table, cell, in.label(), in.value(), null);
                    }
                    if (current != null) {
                        current.placed.add(cell);
                    }
                    continue;
                }
                if (isTitle(cell.text())) {
                    title(cell.text());
                    if (current != null) {
                        current.placed.add(cell);
                    } else {
                        pendingTitleCells.add(cell);
                    }
                }
            }
        }

        /** The nearest label left of cells[i] in its row, if any. */
        private static Label labelLeftOf(List<SourceCell> cells, int i) {
            for (int k = i - 1; k >= 0; k--) {
                Optional<Label> l = cells.get(k).isBlank() ? Optional.empty() : FormLabels.label(cells.get(k).text());
                if (l.isPresent()) {
                    return l.get();
                }
            }
            return null;
        }

        /** The last 中期资金总额 label met: the funds block's column of the whole period. */
        private SourceCell longTermFunds;

        /** True for an amount label in the column a 中期资金总额 label heads, in the rows just below it. */
        private boolean underLongTermFunds(SourceTable table, SourceCell cell, Label label) {
            SourceCell head = longTermFunds;
            return head != null && label.kind() == FormLabels.Kind.FIELD && label.field().kind() == FieldKind.AMOUNT
                    && table.cellsOf(head.row()).contains(head) && cell.column() == head.column()
                    && cell.row() > head.row() && cell.row() <= head.row() + 4;
        }

        /** The table being read as a list of projects, not as a form. */
        private SourceTable listTable;

        /** Title cells met before any form: placed once the form starts. */
        private final List<SourceCell> pendingTitleCells = new ArrayList<>();

        private void labelled(SourceTable table, SourceCell cell, Label label, Optional<SourceCell> value) {
            String text = value.map(SourceCell::text).orElse("");
            apply(table, cell, label, text, value.orElse(null));
        }

        private void apply(SourceTable table, SourceCell labelCell, Label label, String value, SourceCell valueCell) {
            if (label.kind() == FormLabels.Kind.FIELD && label.field() == ProjectFields.NAME && !value.isBlank()
                    && !sameFormNamedAgain(value)) {
                startForm(table);
            }
            if (!value.isBlank() && startsNextForm(label)) {
                // the form's table is over and this label states what the form already has: it is
                // the next form's ('预算年度 | 2024' heading the next page's form)
                current = null;
            }
            if (label.kind() == FormLabels.Kind.GROUP && current == null) {
                // a heading alone starts no form
                pendingCells.add(labelCell);
                return;
            }
            Draft d = draft(table);
            d.placed.add(labelCell);
            boolean used = switch (label.kind()) {
                case GROUP -> false;
                case YEAR -> {
                    OptionalInt y = year(value).map(OptionalInt::of).orElse(OptionalInt.empty());
                    y.ifPresent(v -> d.labelYear = v);
                    yield y.isPresent();
                }
                case FIELD -> d.field(label.field(), value, label.unit(), tableUnit,
                        valueCell == null ? labelCell.place() : valueCell.place());
            };
            if (used && valueCell != null) {
                d.placed.add(valueCell);
            }
        }

        /**
         * True when a 项目名称 repeats the current form's before its indicators (written above the
         * table as '项目名称：…' and again in it): the same form, not a new one.
         */
        private boolean sameFormNamedAgain(String name) {
            return current != null && current.project.indicators.isEmpty() && !current.project.name.isBlank()
                    && squeeze(current.project.name).equals(squeeze(name));
        }

        /**
         * True when a label met after the current form's indicators names what that form has
         * already (a year, a 主管部门): a form states each once, so the label begins the next form,
         * whose 项目名称 may come a row or two later.
         */
        private boolean startsNextForm(Label label) {
            if (current == null || current.project.indicators.isEmpty()) {
                return false;
            }
            return switch (label.kind()) {
                case YEAR -> current.labelYear != null;
                case FIELD -> label.field() != ProjectFields.NAME && !label.field().get(current.project).isBlank();
                case GROUP -> false;
            };
        }

        /**
         * The cell holding a label's value: the next cell right of it when that is no label; below it
         * when the label ends its row or stands in a row of labels.
         */
        private Optional<SourceCell> valueOf(SourceTable table, List<SourceCell> cells, int i) {
            SourceCell label = cells.get(i);
            SourceCell right = i + 1 < cells.size() ? cells.get(i + 1) : null;
            Optional<SourceCell> below = table.at(label.row() + label.rowSpan(), label.column())
                    .filter(b -> b.row() == label.row() + label.rowSpan() && b.column() == label.column()
                            && !isLabel(b) && FormLabels.inline(b.text()).isEmpty());
            if (right != null && right.isBlank() && below.filter(b -> !b.isBlank()).isPresent()
                    && cells.stream().filter(c -> c != label && c.row() == label.row()).anyMatch(Walk::isLabel)) {
                // a row of labels with their values in the row below; the blank right of the last
                // label is the sheet's empty cell, not its value
                return below;
            }
            if (right != null && right.isBlank() && !table.sheet().isEmpty()) {
                // a sheet's label with its value a few empty cells further right
                Optional<SourceCell> further = cells.subList(i + 1, cells.size()).stream().filter(c -> !c.isBlank()).findFirst();
                if (further.isPresent() && !isLabel(further.get()) && FormLabels.inline(further.get().text()).isEmpty()) {
                    return further;
                }
            }
            if (right != null && !isLabel(right) && FormLabels.inline(right.text()).isEmpty()) {
                return Optional.of(right);
            }
            if (right != null && !FormLabels.inline(right.text()).isEmpty()) {
                return Optional.empty();
            }
            return below;
        }

        private static boolean isLabel(SourceCell cell) {
            return !cell.isBlank() && FormLabels.label(cell.text()).isPresent();
        }

        private static boolean isTitle(String text) {
            String t = FormLabels.fold(text);
            return t.length() <= 60 && (t.endsWith("表") && (t.contains("绩效") || t.contains("申报") || t.contains("自评")
                    || t.contains("目标") || t.contains("批复")) || YEAR_ONLY.matcher(t).matches());
        }

        // ---- indicators ----

        private boolean endsIndicators(SourceTable table, int r) {
            int first = columns.columns().values().stream().min(Integer::compare).orElse(0);
            for (SourceCell c : ownCells(table, r)) {
                if (c.column() > first) {
                    continue;
                }
                if (isTotals(c.text())) {
                    return true;
                }
                Optional<Label> l = FormLabels.label(c.text());
                if (l.isPresent() && l.get().kind() != FormLabels.Kind.GROUP) {
                    return true;
                }
                if (!FormLabels.inline(c.text()).isEmpty()) {
                    return true;
                }
            }
            return false;
        }

        /** A row one cell wide over 一级 to 指标值 (a note, a signature line) holds no indicator. */
        private boolean acrossTheTable(SourceTable table, int r) {
            SourceCell first = cell(table, r, columns.has(Role.CATEGORY) ? Role.CATEGORY : Role.NAME);
            SourceCell target = cell(table, r, columns.has(Role.TARGET) ? Role.TARGET : Role.NAME);
            SourceCell name = cell(table, r, Role.NAME);
            return first != null && first.row() == r && first.equals(target) && first.equals(name);
        }

        private static boolean isTotals(String text) {
            return List.of("总分", "合计", "总计", "得分合计", "分值合计", "自评总分", "综合得分").contains(FormLabels.fold(text));
        }

        /** The 总分 row of a self-evaluation: the weights' and the scores' totals as stated. */
        private boolean totalsRow(SourceTable table, int r) {
            Optional<SourceCell> label = ownCells(table, r).stream().filter(c -> isTotals(c.text())).findFirst();
            if (label.isEmpty() || current == null) {
                return false;
            }
            current.placed.add(label.get());
            // the figures right of the label, in order: 分值 then 得分 (a form that states only one states 得分)
            table.cellsOf(r).stream().filter(c -> c.column() > label.get().column() && PLACEHOLDER.matcher(c.text()).matches())
                    .forEach(current.placed::add);
            List<SourceCell> after = table.cellsOf(r).stream().filter(c -> c.column() > label.get().column() && !c.isBlank()
                    && c.text().strip().matches("[\\d.０-９．]+\\s*分?")).toList();
            if (after.size() >= 2) {
                current.set(ProjectFields.STATED_WEIGHT_TOTAL, after.get(0).text().strip());
                current.set(ProjectFields.STATED_TOTAL_SCORE, after.get(1).text().strip());
                current.placed.add(after.get(0));
                current.placed.add(after.get(1));
            } else if (after.size() == 1) {
                current.set(ProjectFields.STATED_TOTAL_SCORE, after.get(0).text().strip());
                current.placed.add(after.get(0));
            }
            return true;
        }

        private void indicatorRow(SourceTable table, int r) {
            projectOfRow(table, r);
            Draft d = draft(table);
            SourceCell cat = cell(table, r, Role.CATEGORY);
            SourceCell sub = cell(table, r, Role.SUBCATEGORY);
            String category;
            if (cat == null || cat.isBlank()) {
                category = d.category;
            } else {
                d.placed.add(cat);
                category = categoryName(d, cat);
            }
            String subcategory;
            boolean spanning = cat != null && cat.equals(sub) && !cat.isBlank();
            if (spanning) {
                subcategory = "";
                d.spanning = true;
            } else if (sub == null || sub.isBlank()) {
                boolean sameCategory = cat == null || cat.isBlank() || cat.equals(d.categoryCell);
                subcategory = sameCategory ? d.subcategory : "";
            } else {
                d.placed.add(sub);
                subcategory = level(sub.text());
            }
            if (cat != null && !cat.isBlank()) {
                d.categoryCell = cat;
            }
            d.category = category;
            d.subcategory = subcategory;
            Indicator ind = new Indicator();
            ind.category = category.contains("\n") ? FrameworkNames.categoryAmong(category.split("\n"), subcategory) : category;
            ind.subcategory = subcategory;
            boolean any = false;
            Set<SourceCell> hierarchy = new LinkedHashSet<>();
            if (cat != null) {
                hierarchy.add(cat);
            }
            if (sub != null) {
                hierarchy.add(sub);
            }
            for (Role role : Role.values()) {
                if (role == Role.CATEGORY || role == Role.SUBCATEGORY) {
                    continue;
                }
                SourceCell c = cell(table, r, role);
                if (c == null || c.isBlank() || hierarchy.contains(c)) {
                    continue;
                }
                if ((role == Role.WEIGHT || role == Role.SCORE) && c.row() != r) {
                    // a merged 分值 counts once, on its first row
                    continue;
                }
                Field<Indicator> f = indicatorField(role);
                if (f == null) {
                    continue;
                }
                String v = c.text().strip().replace('\u3000', ' ').strip();
                if (blankFigure(f.kind(), v)) {
                    d.placed.add(c);
                    continue;
                }
                if (!f.get(ind).isEmpty()) {
                    continue;
                }
                f.set(ind, v);
                d.placed.add(c);
                if ((role == Role.NAME || role == Role.TARGET || role == Role.ACTUAL) && !PLACEHOLDER.matcher(v).matches()) {
                    any = true;
                }
            }
            if (any) {
                d.project.indicators.add(ind);
            }
        }

        /**
         * In a list of projects' indicators (项目名称 | 资金总额 | 年度目标 | 一级 | 二级 | 三级 | 指标值),
         * a row whose 项目名称 cell is a new one starts that project's form.
         */
        private void projectOfRow(SourceTable table, int r) {
            SourceCell name = columns.has(Role.PROJECT) ? cell(table, r, Role.PROJECT) : null;
            if (name == null || name.isBlank() || (current != null && current.placed.contains(name))) {
                return;
            }
            IndicatorColumns kept = columns;
            SourceTable keptTable = columnsTable;
            startForm(table);
            columns = kept;
            columnsTable = keptTable;
            Draft d = current;
            d.placed.add(name);
            d.set(cn.jixiao.fields.ProjectFields.NAME, name.text().strip());
            SourceCell amount = columns.has(Role.AMOUNT) ? cell(table, r, Role.AMOUNT) : null;
            if (amount != null && !amount.isBlank() && d.field(cn.jixiao.fields.ProjectFields.STATED_TOTAL, amount.text(),
                    MoneyUnit.NONE, tableUnit, amount.place())) {
                d.placed.add(amount);
            }
            SourceCell goal = columns.has(Role.GOAL) ? cell(table, r, Role.GOAL) : null;
            if (goal != null && !goal.isBlank() && d.field(cn.jixiao.fields.ProjectFields.ANNUAL_GOAL, goal.text(),
                    MoneyUnit.NONE, tableUnit, goal.place())) {
                d.placed.add(goal);
            }
        }

        private SourceCell cell(SourceTable table, int r, Role role) {
            return columns.cell(table, r, role).orElse(null);
        }

        private static Field<Indicator> indicatorField(Role role) {
            return switch (role) {
                case NAME -> IndicatorFields.NAME;
                case TARGET -> IndicatorFields.TARGET;
                case CONTENT, STANDARD -> IndicatorFields.TARGET_CONTENT;
                case SCORING_RULE -> IndicatorFields.SCORING_RULE;
                case UNIT -> IndicatorFields.UNIT_OF_MEASURE;
                case COMPARATOR -> IndicatorFields.COMPARATOR;
                case REMARK -> IndicatorFields.REMARK;
                case WEIGHT -> IndicatorFields.WEIGHT;
                case ACTUAL -> IndicatorFields.ACTUAL;
                case SCORE -> IndicatorFields.SCORE_STATED;
                case DEVIATION -> IndicatorFields.DEVIATION_CAUSE;
                case CATEGORY, SUBCATEGORY, PROJECT, AMOUNT, GOAL -> null;
            };
        }

        /** An 一级 cell's name, without the weight a self-evaluation writes in it ('产出指标（50分）'). */
        private String categoryName(Draft d, SourceCell cell) {
            String text = cell.text();
            List<String> several = FrameworkNames.categoriesIn(text);
            if (several.size() > 1) {
                // one cell over two 一级 blocks (其他补助经费 2022: 产出指标 and 效益指标): each row
                // goes under the one its 二级 belongs to, see rowCategory
                if (d.weighted.add(cell)) {
                    for (String c : several) {
                        if (!d.project.mergedCategories.contains(c)) {
                            d.project.mergedCategories.add(c);
                        }
                    }
                    d.guesses.add(new FoundForm.Guess(cell.place(), "一级指标“" + squeeze(text) + "”含" + several.size()
                            + "个一级指标，各行按其二级指标归入"));
                }
                return String.join("\n", several);
            }
            Matcher m = CATEGORY_WEIGHT.matcher(text);
            if (m.find()) {
                String name = level(text.substring(0, m.start()) + text.substring(m.end()));
                if (d.weighted.add(cell)) {
                    d.project.categoryWeights.add(new CategoryWeight(name, m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3)));
                }
                return name;
            }
            return level(text);
        }

        // ---- helpers ----

        private static List<SourceCell> ownCells(SourceTable table, int r) {
            return table.cellsOf(r).stream().filter(c -> c.row() == r && !c.isBlank()).toList();
        }
    }

    /**
     * True for a placeholder ('—', '-', '／', '无', '——') in a cell of figures (金额, 分值, 执行率, 得分):
     * the clerk's way of writing nothing there. Text fields keep it as written.
     */
    static boolean blankFigure(FieldKind kind, String value) {
        return (kind == FieldKind.AMOUNT || kind == FieldKind.RATE || kind == FieldKind.SCORE || kind == FieldKind.COUNT)
                && PLACEHOLDER.matcher(value).matches();
    }

    /** 一级 and 二级 names never hold meaningful spaces: '可持续影响\n指标' is '可持续影响指标'. */
    static String squeeze(String text) {
        return text.replaceAll("[\\s\u3000]+", "").strip();
    }

    private static final Pattern LEVEL_NUMBERING = Pattern.compile("^([一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\\d]+[)）]|\\d+[、.．](?!\\d)|[①②③④⑤⑥⑦⑧⑨⑩])");

    /** An 一级 or 二级 name as the framework writes it: no spaces, no outline numbering ('一、产出指标', '（二）质量指标'). */
    static String level(String text) {
        return LEVEL_NUMBERING.matcher(squeeze(text)).replaceFirst("");
    }

    static Optional<Integer> year(String text) {
        Matcher m = Pattern.compile("(20\\d{2})").matcher(MoneyText.fold(text));
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    /** A form being read: the project it fills and what the walk learnt about it. */
    private static final class Draft {
        final String place;
        final Project project = new Project();
        final List<SourceCell> seen = new ArrayList<>();
        final Set<SourceCell> placed = new LinkedHashSet<>();
        final Set<SourceCell> weighted = new LinkedHashSet<>();
        final List<FoundForm.Guess> guesses = new ArrayList<>();
        Integer labelYear;
        Integer titleYear;
        /** The year of the form before, for a form that states none (a guess). */
        Integer carriedYear;
        String titleYearText = "";
        boolean selfEvaluation;
        boolean spanning;
        String category = "";
        String subcategory = "";
        SourceCell categoryCell;

        Draft(String place) {
            this.place = place;
        }

        /** The form's year: stated by a label or its title, or carried from the form before. */
        OptionalInt year() {
            Integer y = labelYear != null ? labelYear : titleYear != null ? titleYear : carriedYear;
            return y == null ? OptionalInt.empty() : OptionalInt.of(y);
        }

        boolean isForm() {
            return !project.name.isBlank() || !project.indicators.isEmpty();
        }

        void title(String text) {
            String t = FormLabels.fold(text);
            if (t.contains("自评") || t.contains("评价表")) {
                selfEvaluation = true;
            }
            if (titleYear == null) {
                Matcher m = YEAR_IN_TITLE.matcher(MoneyText.fold(text));
                if (m.find()) {
                    titleYear = Integer.parseInt(m.group(1));
                    titleYearText = text.strip();
                }
            }
        }

        void set(Field<Project> field, String value) {
            if (field.get(project).isBlank()) {
                field.set(project, value);
            }
        }

        /** Fills a field from a label's value; false when the value is not one (blank, or an amount without a figure). */
        boolean field(Field<Project> field, String raw, MoneyUnit labelUnit, MoneyUnit tableUnit, String place) {
            String value = raw == null ? "" : raw.strip().replace('\u3000', ' ').strip();
            if (value.isEmpty() || blankFigure(field.kind(), value)) {
                return true;
            }
            if (!field.get(project).isBlank()) {
                return false;
            }
            if (field.kind() == FieldKind.AMOUNT) {
                Optional<Amount> a = amount(value, labelUnit, tableUnit, place);
                if (a.isEmpty()) {
                    return false;
                }
                field.set(project, a.get().text());
                return true;
            }
            if (field == ProjectFields.SUPERVISING_DEPARTMENT) {
                // '[003]怀远县人民政府办公室': the code in brackets is the department's code
                Matcher m = Pattern.compile("^[\\[【(（]\\s*(\\d+)\\s*[]】)）]\\s*(.+)$").matcher(value);
                if (m.matches()) {
                    set(ProjectFields.SUPERVISING_DEPARTMENT_CODE, m.group(1));
                }
            }
            if (field == ProjectFields.STATED_EXECUTION_RATE || field == ProjectFields.INITIAL_BUDGET
                    || field == ProjectFields.EXECUTED) {
                selfEvaluation = true;
            }
            field.set(project, value);
            return true;
        }

        /** An amount in 万元 from what a cell says; 元 converted (a guess named), other text kept as stated. */
        Optional<Amount> amount(String value, MoneyUnit labelUnit, MoneyUnit tableUnit, String place) {
            String s = MoneyText.fold(value);
            if (!s.matches(".*\\d.*")) {
                return Optional.empty();
            }
            // '￥125,000.00元', '1,234.5（万元）': the currency sign and the unit's brackets say nothing more
            s = s.replaceFirst("^[￥¥]\\s*", "").replaceFirst("[(（]\\s*(万元|元|万)\\s*[)）]$", "$1").strip();
            MoneyUnit unit = MoneyUnit.NONE;
            if (s.endsWith("万元") || s.endsWith("万")) {
                unit = MoneyUnit.WAN;
                s = s.substring(0, s.length() - (s.endsWith("万元") ? 2 : 1)).strip();
            } else if (s.endsWith("元")) {
                unit = MoneyUnit.YUAN;
                s = s.substring(0, s.length() - 1).strip();
            }
            MoneyUnit effective = unit != MoneyUnit.NONE ? unit : labelUnit != MoneyUnit.NONE ? labelUnit : tableUnit;
            Optional<BigDecimal> n = MoneyText.parsePlain(s);
            if (n.isEmpty()) {
                return Optional.of(Amount.of(value));
            }
            if (effective == MoneyUnit.YUAN) {
                // exactly what the division gives: 180,000.00元 is 18.00万元, 123,456.70元 is 12.34567万元
                BigDecimal wan = n.get().divide(BigDecimal.valueOf(10_000));
                if (wan.scale() < 0) {
                    wan = wan.setScale(0);
                }
                guesses.add(new FoundForm.Guess(place, "金额“" + value + "”以元为单位，按" + wan.toPlainString() + "万元导入"));
                return Optional.of(Amount.of(wan));
            }
            return Optional.of(Amount.of(s));
        }

        FoundForm build(Unit unit) {
            OptionalInt year = OptionalInt.empty();
            if (labelYear != null) {
                year = OptionalInt.of(labelYear);
            } else if (titleYear != null) {
                year = OptionalInt.of(titleYear);
                guesses.add(0, new FoundForm.Guess("", "年度取自标题“" + titleYearText + "”"));
            } else if (carriedYear != null) {
                year = OptionalInt.of(carriedYear);
                guesses.add(0, new FoundForm.Guess("", "年度取自同一文件中前一个表单（" + carriedYear + "年度）"));
            }
            Framework framework = frameworkOf(unit, year);
            for (Indicator i : project.indicators) {
                onto(framework, i);
                if (i.target.strip().equals("不适用") || i.name.contains("不适用")) {
                    String key = i.category + "/" + i.subcategory;
                    if (!project.notApplicable.contains(key)) {
                        project.notApplicable.add(key);
                    }
                }
            }
            List<SourceCell> unplaced = new ArrayList<>();
            Set<SourceCell> once = new LinkedHashSet<>();
            for (SourceCell c : seen) {
                if (!c.isBlank() && !placed.contains(c) && once.add(c)) {
                    unplaced.add(c);
                }
            }
            FoundForm.Kind kind = selfEvaluation || project.indicators.stream().anyMatch(i -> !i.selfEvaluation.actual.isEmpty()
                    || !i.selfEvaluation.score.isEmpty()) ? FoundForm.Kind.SELF_EVALUATION : FoundForm.Kind.DECLARATION;
            if (kind == FoundForm.Kind.SELF_EVALUATION) {
                project.selfEvaluation.started = true;
                // a 自评表's signature (填表人, 联系电话, 填报日期, 单位负责人签字) is the self-evaluation's
                List<List<Field<Project>>> signature = List.of(List.of(ProjectFields.PREPARER, ProjectFields.SE_PREPARER),
                        List.of(ProjectFields.PHONE, ProjectFields.SE_PHONE), List.of(ProjectFields.DATE, ProjectFields.SE_DATE),
                        List.of(ProjectFields.HEAD, ProjectFields.SE_HEAD));
                for (List<Field<Project>> pair : signature) {
                    String v = pair.get(0).get(project);
                    if (!v.isBlank() && pair.get(1).get(project).isBlank()) {
                        pair.get(1).set(project, v);
                        pair.get(0).set(project, "");
                    }
                }
            }
            return new FoundForm(kind, place, year, project, unplaced, guesses);
        }

        private static Framework frameworkOf(Unit unit, OptionalInt year) {
            if (unit == null) {
                return null;
            }
            FiscalYear fy = year.isPresent() ? unit.year(year.getAsInt()).orElse(null) : null;
            if (fy == null && !unit.years.isEmpty()) {
                fy = unit.years.get(unit.years.size() - 1);
            }
            return unit.frameworkOf(fy, null).orElse(null);
        }

        /** Reads the row's 一级 and 二级 onto the unit's framework where they mean the same, as a guess. */
        private void onto(Framework framework, Indicator i) {
            if (spanning && i.subcategory.isEmpty() && !i.category.isEmpty()) {
                // one cell over 一级 and 二级: a 一级 name, or a 二级 whose 一级 the framework knows
                if (!FrameworkNames.looksLikeCategory(framework, i.category)) {
                    String sub = FrameworkNames.subcategory(framework, i.category).orElse(i.category);
                    Optional<String> cat = FrameworkNames.categoryOfSubcategory(framework, sub);
                    if (cat.isPresent()) {
                        i.subcategory = sub;
                        i.category = cat.get();
                        guess("二级指标“" + sub + "”按指标体系归入一级指标“" + cat.get() + "”");
                        return;
                    }
                } else {
                    String cat = FrameworkNames.category(framework, i.category).orElse(i.category);
                    Optional<String> only = FrameworkNames.onlySubcategory(framework, cat);
                    if (only.isPresent()) {
                        i.subcategory = only.get();
                        guess("一级指标“" + cat + "”下的二级指标按“" + only.get() + "”导入");
                    }
                }
            }
            FrameworkNames.category(framework, i.category).ifPresent(c -> {
                guess("一级指标“" + i.category + "”按“" + c + "”导入");
                i.category = c;
            });
            FrameworkNames.subcategory(framework, i.subcategory).ifPresent(s -> {
                guess("二级指标“" + i.subcategory + "”按“" + s + "”导入");
                i.subcategory = s;
            });
            if (!i.category.isEmpty() && !i.subcategory.isEmpty()) {
                // a 二级 the framework keeps under another 一级 (衡阳 2021 put 满意度 under 效益) goes there,
                // or the tree would show the same 二级 twice
                FrameworkNames.categoryOfSubcategory(framework, i.subcategory).filter(c -> !c.equals(i.category)).ifPresent(c -> {
                    guess("二级指标“" + i.subcategory + "”按指标体系归入一级指标“" + c + "”");
                    i.category = c;
                });
            }
            if (i.category.isEmpty() && !i.subcategory.isEmpty()) {
                // a table with no 一级 column ('二级指标 | 三级指标 | 指标值')
                FrameworkNames.categoryForSubcategory(framework, i.subcategory).ifPresent(c -> {
                    guess("二级指标“" + i.subcategory + "”未写一级指标，按指标体系归入“" + c + "”");
                    i.category = c;
                });
            }
        }

        private void guess(String text) {
            if (guesses.stream().noneMatch(g -> g.text().equals(text))) {
                guesses.add(new FoundForm.Guess("", text));
            }
        }
    }

    /**
     * 资金表: the funds block whose columns are amounts (年初预算数 / 全年预算数 / 全年执行数 / 分值 /
     * 执行率 / 得分 of a 自评表; 上年度安排资金 / 本年度申请资金 of a declaration) and whose rows are the
     * total and its parts (年度资金总额, 其中：财政拨款, 上年结转资金, 其他资金; 中央/省级/市级/县级资金).
     */
    private record MoneyGrid(int[] columnOf, boolean expenses, MoneyUnit unit) {
        static final int INITIAL = 0, ADJUSTED = 1, EXECUTED = 2, RATE = 3, WEIGHT = 4, SCORE = 5, THIS_YEAR = 6, LAST_YEAR = 7, BASIS = 8,
                PERIOD = 9;

        boolean selfEvaluation() {
            return columnOf[INITIAL] >= 0 || columnOf[ADJUSTED] >= 0 || columnOf[EXECUTED] >= 0;
        }

        static Optional<MoneyGrid> at(SourceTable table, int r) {
            int[] cols = {-1, -1, -1, -1, -1, -1, -1, -1, -1, -1};
            boolean expenses = false;
            int found = 0;
            for (SourceCell c : table.cellsOf(r)) {
                if (c.row() != r || c.isBlank()) {
                    continue;
                }
                if (MoneyText.parsePlain(MoneyText.fold(c.text())).isPresent()) {
                    // a figure: the row holds values ('年度 | 2024 | 项目期 | 3年'), it heads no block
                    return Optional.empty();
                }
                String t = FormLabels.key(c.text());
                int kind = -1;
                if (t.matches("(中长期|中期|长期|实施期|项目期)(资金|金额|预算|预算数|安排)?")) {
                    // the whole period's column beside the year's (中央部门申报表): not read
                    kind = PERIOD;
                } else if (t.matches("(本|当)?年度(资金|金额|预算|预算数|安排)?")) {
                    kind = THIS_YEAR;
                } else if (t.contains("年初预算")) {
                    kind = INITIAL;
                } else if (t.contains("全年预算") || t.contains("调整后预算") || t.contains("调整预算")) {
                    kind = ADJUSTED;
                } else if (t.contains("执行数") || t.contains("实际支出") || t.contains("执行金额")) {
                    kind = EXECUTED;
                } else if (t.contains("执行率")) {
                    kind = RATE;
                } else if (t.equals("分值")) {
                    kind = WEIGHT;
                } else if (t.equals("得分")) {
                    kind = SCORE;
                } else if (t.contains("上年")) {
                    kind = LAST_YEAR;
                } else if (t.contains("本年") || t.contains("申请资金") || t.contains("申请金额") || t.contains("当年预算")) {
                    kind = THIS_YEAR;
                } else if (t.contains("测算依据")) {
                    kind = BASIS;
                } else if (t.contains("明细")) {
                    expenses = true;
                }
                if (kind >= 0 && cols[kind] < 0) {
                    cols[kind] = c.column();
                    found++;
                }
            }
            boolean money = cols[INITIAL] >= 0 || cols[ADJUSTED] >= 0 || cols[EXECUTED] >= 0 || cols[THIS_YEAR] >= 0;
            // '项目资金（元）' over the block, or '年初预算数（元）': the unit of the block's figures
            MoneyUnit unit = table.cellsOf(r).stream().map(c -> FormLabels.unitOf(c.text())).filter(u -> u != MoneyUnit.NONE)
                    .findFirst().orElse(MoneyUnit.NONE);
            return found >= 2 && money ? Optional.of(new MoneyGrid(cols, expenses, unit)) : Optional.empty();
        }

        /** Reads a row of the block; false when the row is not one of it. */
        boolean row(SourceTable table, int r, Walk walk) {
            int first = java.util.Arrays.stream(columnOf).filter(c -> c >= 0).min().orElse(0);
            SourceCell label = table.cellsOf(r).stream().filter(c -> c.row() == r && !c.isBlank() && c.column() < first)
                    .reduce((a, b) -> b).orElse(null);
            if (label == null) {
                return false;
            }
            String t = FormLabels.key(label.text());
            Draft d = walk.current;
            if (d == null) {
                return false;
            }
            if (expenses) {
                return expenseRow(table, r, label, t, d, walk);
            }
            List<Field<Project>> targets;
            if (t.contains("合计") || t.contains("总计") || t.contains("总额") || t.contains("资金总额") || t.equals("总计")) {
                targets = fields(ProjectFields.INITIAL_BUDGET, ProjectFields.ADJUSTED_BUDGET, ProjectFields.EXECUTED,
                        ProjectFields.STATED_EXECUTION_RATE, ProjectFields.FUNDS_WEIGHT, ProjectFields.STATED_FUNDS_SCORE,
                        ProjectFields.STATED_TOTAL, ProjectFields.LAST_YEAR_STATED_TOTAL);
            } else if (t.contains("财政拨款") || t.contains("财政资金") || t.contains("预算资金")) {
                targets = fields(ProjectFields.FISCAL_INITIAL, ProjectFields.FISCAL_ADJUSTED, ProjectFields.FISCAL_EXECUTED,
                        null, null, null, ProjectFields.FISCAL_APPROPRIATION, null);
            } else if (t.contains("结转")) {
                targets = fields(ProjectFields.CARRY_OVER_INITIAL, ProjectFields.CARRY_OVER_ADJUSTED,
                        ProjectFields.CARRY_OVER_EXECUTED, null, null, null, null, null);
            } else if (t.contains("其他") || t.contains("其它") || t.contains("自有") || t.contains("自筹")) {
                targets = fields(ProjectFields.OTHER_INITIAL, ProjectFields.OTHER_ADJUSTED, ProjectFields.OTHER_EXECUTED,
                        null, null, null, ProjectFields.OTHER_FUNDS, null);
            } else if (t.contains("中央")) {
                targets = fields(null, null, null, null, null, null, ProjectFields.CENTRAL_THIS_YEAR, ProjectFields.CENTRAL_LAST_YEAR);
            } else if (t.contains("省")) {
                targets = fields(null, null, null, null, null, null, ProjectFields.PROVINCIAL_THIS_YEAR, ProjectFields.PROVINCIAL_LAST_YEAR);
            } else if (t.contains("市")) {
                targets = fields(null, null, null, null, null, null, ProjectFields.CITY_THIS_YEAR, ProjectFields.CITY_LAST_YEAR);
            } else if (t.contains("县") || t.contains("区级") || t.contains("本级")) {
                targets = fields(null, null, null, null, null, null, ProjectFields.COUNTY_THIS_YEAR, ProjectFields.COUNTY_LAST_YEAR);
            } else {
                return false;
            }
            d.placed.add(label);
            for (int k = 0; k < 8; k++) {
                Field<Project> f = targets.get(k);
                if (columnOf[k] < 0) {
                    continue;
                }
                Optional<SourceCell> cell = table.at(r, columnOf[k]).filter(c -> !c.equals(label));
                if (cell.isEmpty() || cell.get().isBlank()) {
                    continue;
                }
                if (f == null) {
                    // a part's 分值 / 执行率 / 得分 written as '—': nothing there
                    if (PLACEHOLDER.matcher(cell.get().text()).matches()) {
                        d.placed.add(cell.get());
                    }
                    continue;
                }
                MoneyUnit labelUnit = FormLabels.unitOf(label.text());
                if (d.field(f, cell.get().text(), labelUnit != MoneyUnit.NONE ? labelUnit : unit, walk.tableUnit, cell.get().place())) {
                    d.placed.add(cell.get());
                }
            }
            return true;
        }

        private boolean expenseRow(SourceTable table, int r, SourceCell label, String t, Draft d, Walk walk) {
            d.placed.add(label);
            String thisYear = text(table, r, THIS_YEAR, label);
            String lastYear = text(table, r, LAST_YEAR, label);
            String basis = text(table, r, BASIS, label);
            if (t.contains("合计") || t.contains("总计")) {
                d.field(ProjectFields.EXPENSE_LINES_STATED_TOTAL, thisYear, MoneyUnit.NONE, walk.tableUnit, label.place());
                d.field(ProjectFields.EXPENSE_LINES_LAST_YEAR_STATED_TOTAL, lastYear, MoneyUnit.NONE, walk.tableUnit, label.place());
                d.set(ProjectFields.EXPENSE_LINES_TOTAL_BASIS, basis);
            } else {
                cn.jixiao.domain.ExpenseLine line = new cn.jixiao.domain.ExpenseLine();
                line.item = label.text().strip();
                line.thisYear = d.amount(thisYear, MoneyUnit.NONE, walk.tableUnit, label.place()).orElse(Amount.EMPTY);
                line.lastYear = d.amount(lastYear, MoneyUnit.NONE, walk.tableUnit, label.place()).orElse(Amount.EMPTY);
                line.basis = basis;
                d.project.expenseLines.add(line);
            }
            for (int k : new int[]{THIS_YEAR, LAST_YEAR, BASIS}) {
                if (columnOf[k] >= 0) {
                    table.at(r, columnOf[k]).filter(c -> !c.equals(label)).ifPresent(d.placed::add);
                }
            }
            return true;
        }

        private String text(SourceTable table, int r, int kind, SourceCell label) {
            if (columnOf[kind] < 0) {
                return "";
            }
            return table.at(r, columnOf[kind]).filter(c -> !c.equals(label)).map(c -> c.text().strip()).orElse("");
        }

        @SafeVarargs
        private static List<Field<Project>> fields(Field<Project>... f) {
            return java.util.Arrays.asList(f);
        }
    }
}
