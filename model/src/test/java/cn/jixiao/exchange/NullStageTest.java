package cn.jixiao.exchange;

import cn.jixiao.domain.Json;
import cn.jixiao.domain.Unit;
import cn.jixiao.review.Review;
import cn.jixiao.sample.Samples;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code "selfEvaluation": null} (issue 15: review threw a NullPointerException on it) never
 * reaches a domain object: the import refuses it by its place, for a project's and for the
 * 部门整体's, in a version-1 document as in a current one, so review only ever sees stage objects.
 */
class NullStageTest {
    @Test
    void aNullSelfEvaluationIsRefusedByItsPlace() throws Exception {
        for (String at : new String[] {"/unit/years/0/projects/0", "/unit/years/0/overall"}) {
            ObjectNode doc = (ObjectNode) Json.MAPPER.readTree(UnitExchange.toJson(Samples.load("hengyang-office")));
            ((ObjectNode) doc.at(at)).putNull("selfEvaluation");
            String message = assertThrows(UnitExchange.ExchangeException.class, () -> UnitExchange.fromJson(doc.toString())).getMessage();
            assertTrue(message.contains("第1个年度") && message.contains("空值（null）"), message);
            doc.put("formatVersion", 1);
            assertThrows(UnitExchange.ExchangeException.class, () -> UnitExchange.fromJson(doc.toString()));
        }
    }

    @Test
    void reviewOfEveryImportedSampleRuns() {
        for (String name : Samples.NAMES) {
            Unit u = UnitExchange.fromJson(UnitExchange.toJson(Samples.load(name)));
            Review.run(u);
        }
    }
}
