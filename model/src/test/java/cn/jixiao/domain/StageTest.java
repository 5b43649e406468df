package cn.jixiao.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Each stage object says which stage it is; the stage stays out of the JSON. */
class StageTest {
    @Test
    void stageObjectsNameTheirStage() {
        assertEquals(Stage.SELF_EVALUATION, new SelfEvaluation().stage());
        assertEquals(Stage.SELF_EVALUATION, new IndicatorSelfEvaluation().stage());
        assertEquals(Stage.SELF_EVALUATION, new UnitOverall().selfEvaluation.stage());
        assertEquals(Stage.SELF_EVALUATION, new Indicator().selfEvaluation.stage());
        assertEquals(Stage.MONITORING, new Monitoring().stage());
        assertEquals(Stage.MONITORING, new IndicatorMonitoring().stage());
        assertEquals("申报", Stage.DECLARATION.chinese());
        assertEquals("监控", Stage.MONITORING.chinese());
        assertEquals("自评", Stage.SELF_EVALUATION.chinese());
    }

    @Test
    void theStageIsNotWrittenToTheJson() {
        assertFalse(Json.write(new Monitoring()).contains("stage"));
        assertFalse(Json.write(new SelfEvaluation()).contains("stage"));
    }
}
