package cn.jixiao.domain;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** A carried-forward row keeps every declaration field and starts its 指标自评 empty. */
class IndicatorDeclarationCopyTest {
    @Test
    void keepsEveryDeclarationFieldAndNoSelfEvaluation() throws IllegalAccessException {
        Indicator i = new Indicator("产出指标", "数量指标", "督查次数", "≥12次");
        for (Field f : Indicator.class.getFields()) {
            if (f.getType() == String.class && !Modifier.isStatic(f.getModifiers()) && !f.getName().equals("id")) {
                f.set(i, "写了" + f.getName());
            }
        }
        i.selfEvaluation.actual = "10次";
        i.selfEvaluation.score = "8";
        i.selfEvaluation.scoreManual = true;
        i.selfEvaluation.scoreReason = "手工";
        i.selfEvaluation.tier = "未达成";
        i.selfEvaluation.deviationCause = "下半年任务调整";

        Indicator c = i.declarationCopy();

        assertNotEquals(i.id, c.id);
        for (Field f : Indicator.class.getFields()) {
            if (f.getType() == String.class && !Modifier.isStatic(f.getModifiers()) && !f.getName().equals("id")) {
                assertEquals(f.get(i), f.get(c), f.getName() + " is declaration and must be carried");
            }
        }
        assertEquals(Json.write(new IndicatorSelfEvaluation()), Json.write(c.selfEvaluation));
        assertFalse(c.selfEvaluation.scoreManual);
    }
}
