package cn.jixiao.scoring;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.sample.Samples;
import cn.jixiao.sample.SeedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Seed 001 (衡阳市人民政府办公室, 2022 self-evaluations): with the printed 分值 and 实际完成值, the
 * computed 得分 and 总分 are the printed ones. What the forms state wrongly is named here.
 */
class Seed001SelfEvaluationTest {
    private static final Path SEGMENTS = SeedData.segments();

    /**
     * Published errors in the funds rows: the 执行率 printed beside 全年执行数 = 全年预算数 (so 100%).
     * Four forms divided by 年初预算数; 001_06 printed 248.04% where 418.45 ÷ 16.87 is 2480.44%: a
     * slipped decimal point on top of the wrong divisor. The 得分 (10) is right on every form.
     */
    private static final Map<String, String> STATED_RATE_ERRORS = Map.of(
            "大院保维护费、会务中心维护费", "填报的执行率136.58%与计算值100.00%（全年执行数÷全年预算数）不符；填报值是按年初预算数计算的（136.58%）",
            "水电补助", "填报的执行率164.58%与计算值100.00%（全年执行数÷全年预算数）不符；填报值是按年初预算数计算的（164.58%）",
            "其他补助经费机关大院改造及设备购置及防空办优化办经费", "填报的执行率248.04%与计算值100.00%（全年执行数÷全年预算数）不符",
            "物业管理费", "填报的执行率146.5%与计算值100.00%（全年执行数÷全年预算数）不符；填报值是按年初预算数计算的（146.50%）",
            "县市区长会议经费及电视电话会议经费", "填报的执行率99.99%与计算值100.00%（全年执行数÷全年预算数）不符；填报值是按年初预算数计算的（99.99%）");

    private static FiscalYear year;

    @BeforeAll
    static void load() {
        year = Samples.load("hengyang-office").years.stream().filter(y -> y.year == 2022).findFirst().orElseThrow();
    }

    @Test
    void everyComputedScoreAndTotalIsThePublishedOne() {
        assertEquals(12, year.projects.size());
        List<String> differences = new ArrayList<>();
        for (Project p : year.projects) {
            ProjectScore s = ScoringEngine.total(p, year.year);
            for (int i = 0; i < p.indicators.size(); i++) {
                ScoreResult r = s.indicators().get(i);
                Indicator ind = p.indicators.get(i);
                if (!r.computed() || r.differsFromStated() || r.stated() == null) {
                    differences.add(p.name + " / " + ind.name + ": " + r.summary());
                }
                assertFalse(r.pointsLost(), ind.name);
            }
            assertEquals("10.00", s.funds().score().toPlainString(), p.name);
            assertEquals("100.00", s.total().toPlainString(), p.name);
            assertEquals("100", s.stated().toPlainString(), p.name);
            assertFalse(s.differsFromStated(), p.name);
            assertEquals(Grade.EXCELLENT, s.grade().orElseThrow());
            assertEquals(0, s.weightSum().compareTo(java.math.BigDecimal.valueOf(100)), p.name);
        }
        assertEquals(List.of(), differences);
    }

    @Test
    void theStatedExecutionRatesThatAreWrongAreNamed() {
        Map<String, String> found = new LinkedHashMap<>();
        for (Project p : year.projects) {
            List<String> w = ScoringEngine.scoreFunds(p.selfEvaluation.funds).warnings();
            if (!w.isEmpty()) {
                assertEquals(1, w.size(), p.name);
                found.put(p.name, w.get(0));
            }
        }
        assertEquals(STATED_RATE_ERRORS, found);
    }

    @Test
    void theUnitLevelSelfEvaluationScoresAHundredAndItsStatedRateIsWrong() {
        ProjectScore s = ScoringEngine.total(year.overall, year.year);
        assertEquals(14, s.indicators().size());
        assertEquals("100.00", s.total().toPlainString());
        assertNull(s.stated(), "the 总分 cell of 附件3 is left blank");
        assertTrue(s.indicators().stream().noneMatch(ScoreResult::differsFromStated));
        // 执行数 4848.13 against 资金总额 2677.71 is 181.05% (181.0577…, cut), not the printed 143.91%.
        assertEquals(List.of("填报的执行率143.91%与计算值181.05%（执行数÷资金总额）不符"), s.funds().warnings());
        assertEquals("10.00", s.funds().score().toPlainString());
    }

    /** The sample is a transcription: its 指标值, 实际完成值, 分值 and 得分 must be those printed in the segments. */
    @Test
    void theSampleCarriesThePrintedRows() throws IOException {
        for (String line : Files.readAllLines(SEGMENTS.resolve("manifest.tsv"), StandardCharsets.UTF_8)) {
            String[] c = line.split("\t", -1);
            if (!c[0].matches("001_\\d\\d")) {
                continue;
            }
            String name = c[5];
            Project p = year.projects.stream().filter(x -> x.name.equals(name)).findFirst().orElseThrow(() -> new AssertionError(name));
            List<String> printed = printedRows(Files.readString(SEGMENTS.resolve(c[6]), StandardCharsets.UTF_8));
            List<String> sample = p.indicators.stream()
                    .map(i -> squeeze(i.target) + "|" + squeeze(i.selfEvaluation.actual) + "|" + squeeze(i.weight) + "|" + squeeze(i.selfEvaluation.score)).toList();
            assertEquals(printed, sample, c[0]);
        }
    }

    /** Indicator rows of a 项目支出绩效自评表 segment: 9 cells, from the header to 总分. */
    static List<String> printedRows(String text) {
        List<String> rows = new ArrayList<>();
        boolean started = false;
        for (String row : text.split("\n\n(?=\t\n\t|\t\\s*总分)")) {
            String[] raw = row.strip().isEmpty() ? new String[0] : row.replaceAll("^\n+", "").split("\n(?=\t)");
            List<String> cells = new ArrayList<>();
            for (String r : raw) {
                cells.add(squeeze(r));
            }
            if (cells.stream().anyMatch(x -> x.contains("三级指标"))) {
                started = true;
                continue;
            }
            if (!started || cells.isEmpty()) {
                continue;
            }
            if (cells.get(0).startsWith("总分")) {
                break;
            }
            assertEquals(9, cells.size(), row);
            rows.add(cells.get(4) + "|" + cells.get(5) + "|" + cells.get(6) + "|" + cells.get(7));
        }
        return rows;
    }

    private static String squeeze(String s) {
        return s.replaceAll("[\\s\u3000\u00a0]", "");
    }
}
