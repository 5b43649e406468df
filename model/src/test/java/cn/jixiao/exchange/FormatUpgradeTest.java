package cn.jixiao.exchange;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Json;
import cn.jixiao.domain.SelfEvaluation;
import cn.jixiao.domain.Unit;
import cn.jixiao.sample.Samples;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A version-1 document (the samples as shipped are version 1) imports with 部门整体's
 * self-evaluation figures in overall.selfEvaluation, each value where version 2 keeps it.
 */
class FormatUpgradeTest {
    @Test
    void theShippedSamplesAreVersionOne() throws IOException {
        for (String name : Samples.NAMES) {
            assertEquals(1, raw(name).get("formatVersion").intValue(), name);
        }
    }

    @Test
    void versionOneOverallFiguresLandInTheSelfEvaluation() throws IOException {
        JsonNode v1 = raw("hengyang-office");
        Unit unit = Samples.load("hengyang-office");
        List<String> seen = new ArrayList<>();
        for (JsonNode year : v1.get("unit").get("years")) {
            JsonNode o = year.get("overall");
            SelfEvaluation s = unit.year(year.get("year").intValue()).map((FiscalYear y) -> y.overall.selfEvaluation).orElseThrow();
            assertEquals(text(o, "executed"), s.funds.executed.text());
            assertEquals(text(o, "statedExecutionRate"), s.funds.statedExecutionRate);
            assertEquals(text(o, "fundsWeight"), s.funds.weight);
            assertEquals(text(o, "statedFundsScore"), s.funds.statedScore);
            assertEquals(text(o, "statedTotalScore"), s.statedTotalScore);
            assertEquals(text(o, "statedWeightTotal"), s.statedWeightTotal);
            if (o.has("executed")) {
                seen.add(o.get("executed").asText());
            }
        }
        assertFalse(seen.isEmpty(), "the sample states a 部门整体 执行数 in some year");
    }

    @Test
    void aSignatureOfVersionOneMovesToo() {
        String v1 = "{\"format\":\"jixiao-unit\",\"formatVersion\":1,\"unit\":{\"name\":\"湘阴县人民政府办公室\","
                + "\"years\":[{\"year\":2023,\"overall\":{\"executed\":\"12.5\",\"selfEvaluationSignature\":{\"preparer\":\"方小莉\"}}}]}}";
        Unit u = UnitExchange.fromJson(v1);
        SelfEvaluation s = u.years.get(0).overall.selfEvaluation;
        assertEquals("12.5", s.funds.executed.text());
        assertEquals("方小莉", s.signature.preparer);
        assertTrue(UnitExchange.toJson(u).contains("\"formatVersion\" : 2"));
    }

    private static String text(JsonNode o, String key) {
        return o.has(key) ? o.get(key).asText() : "";
    }

    private static JsonNode raw(String name) throws IOException {
        try (InputStream in = Samples.class.getResourceAsStream("/samples/" + name + ".json")) {
            return Json.MAPPER.readTree(in);
        }
    }
}
