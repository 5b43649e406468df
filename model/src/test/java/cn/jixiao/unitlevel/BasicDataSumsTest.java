package cn.jixiao.unitlevel;

import cn.jixiao.domain.Amount;
import cn.jixiao.domain.BasicDataColumn;
import cn.jixiao.domain.BasicDataRow;
import cn.jixiao.domain.BasicDataRowKind;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Json;
import cn.jixiao.domain.Unit;
import cn.jixiao.sample.Samples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The 基础数据表 of 衡阳市人民政府办公室 2022 (seed 001 附件2). */
class BasicDataSumsTest {
    private Unit unit;
    private FiscalYear year;
    private BasicDataSums sums;

    @BeforeEach
    void load() {
        unit = Samples.load("hengyang-office");
        year = unit.year(2022).orElseThrow();
        sums = new BasicDataSums(unit, year);
    }

    private BasicDataRow row(String label) {
        return year.basicData.rows.stream().filter(r -> r.label.strip().equals(label)).findFirst().orElseThrow();
    }

    private BasicDataRow kind(BasicDataRowKind kind) {
        return year.basicData.rows.stream().filter(r -> r.is(kind)).findFirst().orElseThrow();
    }

    private static void same(String expected, java.util.Optional<BigDecimal> actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual.orElseThrow()), () -> expected + " vs " + actual);
    }

    @Test
    void theStatedSubtotalsAreWhatTheirPartsAddUpTo() {
        BasicDataRow three = kind(BasicDataRowKind.THREE_PUBLIC);
        BasicDataRow car = kind(BasicDataRowKind.VEHICLE);
        same("137.78", sums.computed(three, BasicDataColumn.LAST_YEAR_FINAL));
        same("146.5", sums.computed(three, BasicDataColumn.THIS_YEAR_BUDGET));
        same("99.33", sums.computed(three, BasicDataColumn.THIS_YEAR_FINAL));
        same("104.11", sums.computed(car, BasicDataColumn.LAST_YEAR_FINAL));
        same("98.5", sums.computed(car, BasicDataColumn.THIS_YEAR_BUDGET));
        same("97.69", sums.computed(car, BasicDataColumn.THIS_YEAR_FINAL));
        for (BasicDataColumn c : BasicDataColumn.values()) {
            assertTrue(sums.check(three, c).isEmpty());
            assertTrue(sums.check(car, c).isEmpty());
            assertEquals(BasicDataSums.Source.COMPUTED, sums.source(three, c));
        }
        BasicDataRow projects = kind(BasicDataRowKind.PROJECT_TOTAL);
        // The seed leaves 二、部门项目支出 blank; the program adds up the project rows.
        same("838.14", sums.value(projects, BasicDataColumn.THIS_YEAR_BUDGET));
        assertEquals(year.overall.projectExpense.text(), "838.14");
        // The report states 1404.48 as 项目支出决算数; the table's own rows add up to 1404.6092.
        same("1404.6092", sums.value(projects, BasicDataColumn.THIS_YEAR_FINAL));
        assertEquals("1404.48", year.overall.projectExpenseFinal.text());
        same("95.04", year.basicData.controlRate(unit).map(cn.jixiao.domain.Percent::points));
    }

    @Test
    void aStatedSubtotalThatDoesNotAddUpIsFlaggedAndKept() {
        kind(BasicDataRowKind.RECEPTION).thisYearFinal = Amount.of("2.64");
        Check c = sums.check(kind(BasicDataRowKind.THREE_PUBLIC), BasicDataColumn.THIS_YEAR_FINAL).orElseThrow();
        assertEquals("三公经费 本年决算数：填写 99.33，计算得 100.33", c.message());
        assertEquals("99.33", kind(BasicDataRowKind.THREE_PUBLIC).thisYearFinal.text());
    }

    @Test
    void whereFiguresComeFrom() {
        assertEquals(BasicDataSums.Source.PROJECT, sums.source(row("机要工作经费"), BasicDataColumn.THIS_YEAR_BUDGET));
        // 2021 was a declaration year with no 执行数: last year's 决算 was typed.
        assertEquals(BasicDataSums.Source.TYPED, sums.source(row("机要工作经费"), BasicDataColumn.LAST_YEAR_FINAL));
        // 信访工作经费 is one of two rows of the project 信访工作经费、应急管理工作经费.
        assertEquals(BasicDataSums.Source.TYPED, sums.source(row("信访工作经费"), BasicDataColumn.THIS_YEAR_BUDGET));
        assertEquals(BasicDataSums.Source.TYPED, sums.source(kind(BasicDataRowKind.PUBLIC), BasicDataColumn.THIS_YEAR_BUDGET));
        assertEquals(BasicDataSums.Source.EMPTY, sums.source(row("……"), BasicDataColumn.THIS_YEAR_BUDGET));
    }

    @Test
    void rowsOfOneProjectAreCheckedAgainstIt() {
        List<String> messages = sums.projectChecks().stream().map(Check::message).toList();
        assertTrue(messages.contains("政府业务经费、政府综合治理工作经费 本年预算数（本表与项目）：填写 169.42，计算得 207.44"), messages.toString());
        assertTrue(messages.contains("物业管理费 本年决算数（本表与项目）：填写 196.89，计算得 196.76"), messages.toString());
        assertTrue(messages.contains("其他补助经费机关大院改造及设备购置及防空办优化办经费 本年决算数（本表与项目）：填写 418.46，计算得 418.45"), messages.toString());
        assertTrue(messages.stream().noneMatch(m -> m.startsWith("信访工作经费、应急管理工作经费")), "18 + 31.5 = 49.5");
    }

    @Test
    void generatingFromTheProjectsGivesTheSeedsFigures() {
        List<BasicDataRow> seed = year.basicData.rows.stream().map(r -> Json.copy(r, BasicDataRow.class)).toList();
        for (BasicDataRow r : year.basicData.rows) {
            if (r.is(BasicDataRowKind.PROJECT) && sums.rowsOf(r.projectLineage).size() == 1) {
                r.thisYearBudget = Amount.EMPTY;
                r.thisYearFinal = Amount.EMPTY;
            }
        }
        BasicDataGenerator.Result result = BasicDataGenerator.generate(unit, year);
        assertEquals(seed.size(), result.rows().size(), "every project already has its rows");
        // Named differences of the seed: 物业管理费's 全年执行数 is 196.76 on its self-evaluation and
        // 196.89 in the 基础数据表; 政务督查经费's 全年执行数 is printed '31..5'.
        Set<String> differ = Set.of("物业管理费/THIS_YEAR_FINAL", "政务督查经费/THIS_YEAR_FINAL");
        for (int i = 0; i < seed.size(); i++) {
            BasicDataRow s = seed.get(i);
            BasicDataRow g = result.rows().get(i);
            assertEquals(s.label, g.label);
            for (BasicDataColumn c : BasicDataColumn.values()) {
                String key = s.label + "/" + c.name();
                if (differ.contains(key)) {
                    continue;
                }
                assertEquals(c.get(s).text(), c.get(g).text(), key);
            }
        }
        assertEquals("196.76", result.rows().stream().filter(r -> r.label.equals("物业管理费")).findFirst().orElseThrow().thisYearFinal.text());
        assertTrue(result.messages().stream().anyMatch(m -> m.contains("信访工作经费、应急管理工作经费") && m.contains("2行")), result.messages().toString());
    }

    @Test
    void changeAProjectAndTheTotalsFollow() {
        year.project("综合调研经费").orElseThrow().selfEvaluation.funds.executed = Amount.of("5.5");
        year.basicData.rows = BasicDataGenerator.generate(unit, year).rows();
        assertEquals("5.5", row("综合调研经费").thisYearFinal.text());
        // +1 from 综合调研经费, and 物业管理费 takes its project's 196.76 in place of the typed 196.89.
        same("1405.4792", sums.value(kind(BasicDataRowKind.PROJECT_TOTAL), BasicDataColumn.THIS_YEAR_FINAL));
        row("综合调研经费").thisYearBudget = Amount.of("5");
        same("838.64", sums.value(kind(BasicDataRowKind.PROJECT_TOTAL), BasicDataColumn.THIS_YEAR_BUDGET));
    }

    @Test
    void anEmptyTableIsBuiltFromTheProjects() {
        Unit agency = Samples.load("hengyang-agency");
        FiscalYear y = agency.year(2024).orElseThrow();
        y.basicData.rows = BasicDataGenerator.generate(agency, y).rows();
        BasicDataSums s = new BasicDataSums(agency, y);
        same("133.00", s.value(y.basicData.rows.stream().filter(r -> r.is(BasicDataRowKind.PROJECT_TOTAL)).findFirst().orElseThrow(), BasicDataColumn.THIS_YEAR_BUDGET));
        List<String> labels = y.basicData.rows.stream().map(r -> r.label).toList();
        int category = labels.indexOf("1、业务工作专项(一个项目一行)");
        assertEquals(List.of("公车管理专项经费", "公共机构节能专项经费", "厅级干部周转房租赁及生活费"), labels.subList(category + 1, category + 4));
    }
}
