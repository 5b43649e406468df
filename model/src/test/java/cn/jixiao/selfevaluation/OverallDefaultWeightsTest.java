package cn.jixiao.selfevaluation;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.sample.Samples;
import cn.jixiao.scoring.ScoringEngine;
import cn.jixiao.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Default 分值 for the 部门整体 of 衡阳市机关事务 2024 (national framework, 成本 as an 一级). */
class OverallDefaultWeightsTest {
    @TempDir
    Path dir;

    @Test
    void theUnitLevelIndicatorsGetTheDefaultWeightsAsOneUndoableEdit() {
        Path file = dir.resolve("agency.jixiao");
        try (Workspace ws = Workspace.create(file, Samples.load("hengyang-agency"))) {
            FiscalYear fy = ws.unit().years.get(0);
            assertTrue(OverallDefaultWeights.applicable(fy));
            ws.history().perform(OverallDefaultWeights.of(fy));
            // 成本 counts with 产出: 50 over ten rows; 效益 30 over four; 满意度 10 on its one row.
            assertEquals(List.of("5", "5", "5", "5", "5", "5", "5", "5", "5", "5", "8", "8", "7", "7", "10"),
                    fy.overall.indicators.stream().map(i -> i.weight).toList());
            assertEquals("10", fy.overall.selfEvaluation.funds.weight);
            assertEquals(List.of("成本指标 5", "产出指标 45", "效益指标 30", "满意度指标 10"),
                    fy.overall.categoryWeights.stream().map(c -> c.category + " " + c.weight).toList());
            assertEquals(0, new BigDecimal("100").compareTo(ScoringEngine.total(fy.overall, fy.year).weightSum()));
            assertFalse(OverallDefaultWeights.applicable(fy));
            assertThrows(IllegalStateException.class, () -> OverallDefaultWeights.of(fy));

            ws.history().undo();
            assertTrue(fy.overall.indicators.stream().allMatch(i -> i.weight.isEmpty()));
            assertTrue(fy.overall.selfEvaluation.funds.weight.isEmpty());
            ws.history().redo();
        }
        try (Workspace again = Workspace.open(file)) {
            FiscalYear fy = again.unit().years.get(0);
            assertEquals("5", fy.overall.indicators.get(0).weight);
            assertEquals("10", fy.overall.indicators.get(14).weight);
            assertEquals("10", fy.overall.selfEvaluation.funds.weight);
        }
    }

    @Test
    void aYearWithoutUnitLevelIndicatorsHasNothingToWeigh() {
        FiscalYear fy = Samples.load("huaiyuan-office").years.get(0);
        assertFalse(OverallDefaultWeights.applicable(fy));
    }
}
