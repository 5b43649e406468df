package cn.jixiao.selfevaluation;

import cn.jixiao.domain.CategoryWeight;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.sample.Samples;
import cn.jixiao.scoring.ScoringEngine;
import cn.jixiao.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 开始自评 on the published declarations of 怀远 2024 and 衡阳 2021. */
class StartSelfEvaluationTest {
    @TempDir
    Path dir;
    private Workspace ws;

    @BeforeEach
    void open() {
        ws = Workspace.create(dir.resolve("huaiyuan.jixiao"), Samples.load("huaiyuan-office"));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private static FiscalYear year(Unit u, int y) {
        return u.years.stream().filter(f -> f.year == y).findFirst().orElseThrow();
    }

    private static List<String> weights(Project p) {
        return p.indicators.stream().map(i -> i.weight).toList();
    }

    @Test
    void theDeclarationBecomesTheSelfEvaluationAndIsSavedAsOneUndoableStep() {
        FiscalYear fy = year(ws.unit(), 2024);
        Project p = fy.project("督查考核专项经费项目").orElseThrow();
        ws.history().perform(StartSelfEvaluation.of(fy, p));

        assertTrue(p.selfEvaluation.started);
        // 产出 50 over six rows; 不适用 rows 0; 社会效益 and 可持续影响 share 效益 30; 满意度 10.
        assertEquals(List.of("9", "9", "8", "8", "8", "8", "0", "15", "0", "15", "10"), weights(p));
        assertEquals("≥60次", p.indicators.get(0).target, "targets are carried unchanged");
        assertEquals(p.annualGoal, p.selfEvaluation.expectedOutcome);
        assertEquals("18.00", p.selfEvaluation.funds.initialBudget.text());
        assertEquals("18.00", p.selfEvaluation.funds.adjustedBudget.text());
        assertEquals("18.00", p.selfEvaluation.funds.fiscalInitial.text());
        assertEquals("0.00", p.selfEvaluation.funds.otherInitial.text());
        assertTrue(p.selfEvaluation.funds.executed.isEmpty(), "执行数 is for the clerk to fill in");
        assertEquals("10", p.selfEvaluation.funds.weight);
        assertEquals(List.of("产出指标 50", "效益指标 30", "满意度指标 10"),
                p.categoryWeights.stream().map(c -> c.category + " " + c.weight).toList());
        assertEquals(0, new BigDecimal("100").compareTo(ScoringEngine.total(p, fy.year).weightSum()));

        ws.history().undo();
        assertFalse(p.selfEvaluation.started);
        assertTrue(p.indicators.stream().allMatch(i -> i.weight.isEmpty()));
        assertTrue(p.categoryWeights.isEmpty());
        ws.history().redo();
        assertTrue(p.selfEvaluation.started);
        assertEquals("9", p.indicators.get(0).weight);

        Project saved = reopened().project("督查考核专项经费项目").orElseThrow();
        assertTrue(saved.selfEvaluation.started);
        assertEquals(weights(p), weights(saved));
        assertEquals("18.00", saved.selfEvaluation.funds.initialBudget.text());
        assertEquals("产出指标", saved.categoryWeights.get(0).category);
    }

    @Test
    void anUndoneStartIsUndoneInTheFileToo() {
        FiscalYear fy = year(ws.unit(), 2024);
        Project p = fy.project("督查考核专项经费项目").orElseThrow();
        ws.history().perform(StartSelfEvaluation.of(fy, p));
        ws.history().undo();
        Project undone = reopened().project("督查考核专项经费项目").orElseThrow();
        assertFalse(undone.selfEvaluation.started);
        assertTrue(undone.selfEvaluation.funds.initialBudget.isEmpty());
        assertTrue(undone.selfEvaluation.expectedOutcome.isEmpty());
        assertTrue(undone.indicators.stream().allMatch(i -> i.weight.isEmpty()));
    }

    private FiscalYear reopened() {
        Path path = ws.path();
        ws.close();
        ws = Workspace.open(path);
        return year(ws.unit(), 2024);
    }

    @Test
    void everyHuaiyuanDeclarationStartsWithWholeWeightsAddingUpTo100() {
        FiscalYear fy = year(ws.unit(), 2024);
        for (Project p : fy.projects) {
            ws.history().perform(StartSelfEvaluation.of(fy, p));
            for (Indicator i : p.indicators) {
                assertTrue(i.weight.matches("\\d+"), p.name + " / " + i.name + ": " + i.weight);
            }
            assertEquals(0, new BigDecimal("100").compareTo(ScoringEngine.total(p, fy.year).weightSum()), p.name);
        }
    }

    @Test
    void everyDeclarationOfEverySampleStartsWithAllItsPointsPlacedOrNamedAsUnplaced() {
        for (String name : Samples.NAMES) {
            try (Workspace w = Workspace.create(dir.resolve(name + ".jixiao"), Samples.load(name))) {
                for (FiscalYear fy : w.unit().years) {
                    for (Project p : fy.projects) {
                        if (p.selfEvaluation.started) {
                            continue;
                        }
                        StartSelfEvaluation start = StartSelfEvaluation.of(fy, p);
                        w.history().perform(start);
                        BigDecimal sum = ScoringEngine.total(p, fy.year).weightSum();
                        int unplaced = start.notes().stream().mapToInt(n -> n.contains("满意度") ? 10 : n.contains("效益") ? 30
                                : n.contains("产出") ? 50 : 0).sum();
                        assertEquals(0, new BigDecimal(100 - unplaced).compareTo(sum),
                                name + " " + fy.year + " " + p.name + " " + start.notes());
                        assertFalse(p.selfEvaluation.funds.initialBudget.isEmpty(), name + " " + p.name + ": 年初预算数");
                    }
                }
            }
        }
    }

    @Test
    void aStartedSelfEvaluationCannotBeStartedAgain() {
        FiscalYear fy = year(ws.unit(), 2024);
        Project p = fy.projects.get(0);
        ws.history().perform(StartSelfEvaluation.of(fy, p));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> StartSelfEvaluation.of(fy, p));
        assertTrue(e.getMessage().contains("已经开始"));
    }

    @Test
    void hengyang2021SatisfactionUnderEffectStillGetsItsOwnTenPoints() {
        Unit u = Samples.load("hengyang-office");
        FiscalYear fy = year(u, 2021);
        Project p = fy.project("大院保安转辅警经费").orElseThrow();
        try (Workspace hy = Workspace.create(dir.resolve("hy.jixiao"), u)) {
            FiscalYear live = year(hy.unit(), 2021);
            Project lp = live.project("大院保安转辅警经费").orElseThrow();
            hy.history().perform(StartSelfEvaluation.of(live, lp));
            // 产出 5 rows × 10; 效益 3 rows × 10; the two 满意度 rows filed under 效益 × 5.
            assertEquals(List.of("10", "10", "10", "10", "10", "10", "10", "10", "5", "5"), weights(lp));
            assertEquals(List.of("产出指标 50", "效益指标 40"),
                    lp.categoryWeights.stream().map(c -> c.category + " " + c.weight).toList());
            assertEquals("152.5", lp.selfEvaluation.funds.initialBudget.text());
            assertEquals("提供正常安全工作环境", lp.selfEvaluation.expectedOutcome);
        }
        assertFalse(p.selfEvaluation.started, "the sample itself is untouched");
    }

    @Test
    void weightsAlreadyWrittenAreKept() {
        FiscalYear fy = year(ws.unit(), 2024);
        Project p = fy.projects.get(1);
        p.indicators.get(0).weight = "20";
        StartSelfEvaluation start = StartSelfEvaluation.of(fy, p);
        ws.history().perform(start);
        assertEquals("20", p.indicators.get(0).weight);
        assertTrue(p.indicators.stream().skip(1).allMatch(i -> i.weight.isEmpty()));
        assertTrue(start.notes().get(0).contains("保留"));
    }

    @Test
    void aGroupWithoutRowsLeavesItsPointsUnspentAndSaysSo() {
        Indicator a = new Indicator("产出指标", "数量指标", "次数", "≥5次");
        Indicator b = new Indicator("效益指标", "社会效益指标", "效果", "明显");
        DefaultWeights.Spread s = DefaultWeights.spread(List.of(a, b), List.of());
        assertEquals(List.of("50", "30"), List.copyOf(s.weights().values()));
        assertEquals(List.of("没有满意度指标，其10分未分配，请调整其他指标的分值"), s.notes());
        List<CategoryWeight> cw = s.categoryWeights();
        assertEquals("产出指标", cw.get(0).category);
    }
}
