package cn.jixiao.selfevaluation;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.sample.Samples;
import cn.jixiao.scoring.Grade;
import cn.jixiao.scoring.ScoringEngine;
import cn.jixiao.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The score grid's data on the published 衡阳 2022 self-evaluations, and overruling a score. */
class ScoreSheetTest {
    @TempDir
    Path dir;
    private Workspace ws;
    private Project guards;

    @BeforeEach
    void open() {
        ws = Workspace.create(dir.resolve("hy.jixiao"), Samples.load("hengyang-office"));
        FiscalYear fy = ws.unit().years.stream().filter(y -> y.year == 2022).findFirst().orElseThrow();
        guards = fy.project("大院保安转辅警经费").orElseThrow();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void thePublishedSelfEvaluationScoresInFullWithItsLabelsPrintedOncePerGroup() {
        ScoreSheet sheet = ScoreSheet.of(guards, 2022);
        assertEquals(9, sheet.rows().size());
        assertEquals(0, new BigDecimal("100").compareTo(sheet.score().total()), "every target met, 执行率 100%");
        assertEquals(Grade.EXCELLENT, sheet.score().grade().orElseThrow());
        assertEquals(0, sheet.missingCauses());
        ScoreSheet.Row first = sheet.rows().get(0);
        assertTrue(first.showCategory() && first.showSubcategory());
        ScoreSheet.Row second = sheet.rows().get(1);
        assertFalse(second.showCategory());
        assertTrue(second.showSubcategory(), "质量指标 starts here");
        assertFalse(sheet.rows().get(2).showSubcategory(), "执勤率 is the second 质量指标 row");
        assertEquals("定量 30 人（未写方向，按达到计）", first.targetReading());
        assertEquals("定量 ≤ 3800 元", sheet.rows().get(4).targetReading());
        assertTrue(sheet.rows().get(7).qualitative(), "基本满意 is judged, not measured");
        assertEquals("定性", sheet.rows().get(7).targetReading());
    }

    @Test
    void aLostPointWithoutCauseIsFlaggedUntilACauseIsWritten() {
        Indicator people = guards.indicators.get(0);
        people.selfEvaluation.actual = "27人";
        // the published form's 15 still stands: it is what the indicator is credited with, and the
        // computed 13.50 beside it is flagged, not silently put in its place
        ScoreSheet.Row stale = ScoreSheet.of(guards, 2022).rows().get(0);
        assertTrue(stale.result().differsFromStated());
        assertFalse(stale.missingCause());
        people.selfEvaluation.score = "";
        ScoreSheet sheet = ScoreSheet.of(guards, 2022);
        ScoreSheet.Row row = sheet.rows().get(0);
        assertEquals(0, new BigDecimal("13.50").compareTo(row.result().score()), "27 of 30 × 15");
        assertTrue(row.missingCause());
        assertEquals("扣分未说明原因：得分13.50低于分值15，请在“偏差原因”中写明原因及改进措施", row.missingCauseMessage());
        assertEquals(0, new BigDecimal("98.50").compareTo(sheet.score().total()));
        people.selfEvaluation.deviationCause = "3名保安未通过辅警招录考试，下年度继续招录";
        assertFalse(ScoreSheet.of(guards, 2022).rows().get(0).missingCause());
    }

    @Test
    void aScoreOverruledWithAReasonIsKeptAndUndoBringsTheComputedOneBack() {
        Indicator duty = guards.indicators.get(2);
        assertEquals("手工评分必须填写理由", ScoreOverride.problem(duty, "8", " ").orElseThrow());
        assertEquals("得分12高于分值10，得分不能超过分值", ScoreOverride.problem(duty, "12", "理由").orElseThrow());
        assertTrue(ScoreOverride.problem(duty, "八", "理由").orElseThrow().contains("不是数字"));
        assertThrows(IllegalArgumentException.class,
                () -> ScoreOverride.manual(guards.id, guards.indicators, duty, "8", ""));

        ws.history().perform(ScoreOverride.manual(guards.id, guards.indicators, duty, "８", "夜间岗位两次空岗"));
        var result = ScoringEngine.score(duty);
        assertTrue(result.manual());
        assertEquals(0, new BigDecimal("8").compareTo(result.score()));
        assertTrue(result.explanation().contains("夜间岗位两次空岗"));
        assertEquals(0, new BigDecimal("98").compareTo(ScoreSheet.of(guards, 2022).score().total()));

        ws.history().undo();
        assertFalse(duty.selfEvaluation.scoreManual);
        assertEquals("10", duty.selfEvaluation.score, "the published 得分 is back, not a blank");
        assertEquals(0, new BigDecimal("10").compareTo(ScoringEngine.score(duty).score()));

        ws.history().redo();
        ws.history().perform(ScoreOverride.automatic(guards.id, guards.indicators, duty));
        assertFalse(duty.selfEvaluation.scoreManual);
        assertEquals("", duty.selfEvaluation.scoreReason);
        assertEquals(0, new BigDecimal("10").compareTo(ScoringEngine.score(duty).score()));
    }
}
