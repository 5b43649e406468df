package cn.jixiao.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScoringCliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void parseTargetPrintsOneJsonObjectPerText() throws Exception {
        assertEquals(0, run("parse-target", "≥95%", "不少于20次", "2024年12月前", "控制在预算内", "成效显著"));
        String[] lines = out().strip().split("\n");
        assertEquals(5, lines.length);
        ObjectMapper json = new ObjectMapper();
        JsonNode a = json.readTree(lines[0]);
        assertEquals("≥95%", a.get("text").asText());
        assertEquals("quantitative", a.get("kind").asText());
        assertEquals("≥", a.get("comparator").asText());
        assertEquals("95", a.get("value").asText());
        assertEquals("%", a.get("unit").asText());
        assertEquals("次", json.readTree(lines[1]).get("unit").asText());
        assertEquals("date", json.readTree(lines[2]).get("kind").asText());
        assertEquals("2024-12", json.readTree(lines[2]).get("deadline").asText());
        assertTrue(json.readTree(lines[3]).get("budgetCeiling").asBoolean());
        assertTrue(json.readTree(lines[4]).get("comparator").isNull());
        assertEquals("qualitative", json.readTree(lines[4]).get("kind").asText());
    }

    @Test
    void parseTargetWithoutTextSaysWhatIsMissing() {
        assertNotEquals(0, run("parse-target"));
        assertTrue(err().contains("至少给出一个指标值"), err());
    }

    @Test
    void scoreIndicatorPrintsTheScoreAndTheRule() {
        assertEquals(0, run("score-indicator", "--target", "不少于20次", "--actual", "18次", "--weight", "15"));
        assertTrue(out().startsWith("得分 13.50（分值 15）"), out());
        assertTrue(out().contains("正向指标按完成比例计分"), out());
        assertEquals(0, run("score-indicator", "--target", "57.6万元", "--type", "≤", "--actual", "66万元", "--weight", "20",
                "--rule", "该指标分值为20分，预算成本控制在57.6万元以内计20分，每超过10%扣2分，扣完为止。"));
        assertTrue(out().startsWith("得分 18.00（分值 20）"), out());
        assertTrue(out().contains("每超过10%扣2分"), out());
        assertEquals(0, run("score-indicator", "--target", "成效显著", "--weight", "10", "--tier", "部分达成"));
        assertTrue(out().startsWith("得分 8.00"), out());
    }

    @Test
    void scoreIndicatorPutsAYearlessLimitInTheFormsYear() {
        assertEquals(0, run("score-indicator", "--target", "年底前", "--actual", "2024年1月", "--weight", "5"));
        assertTrue(out().startsWith("得分 5.00"), "no form, no year: the end of the actual's year " + out());
        assertEquals(0, run("score-indicator", "--target", "年底前", "--actual", "2024年1月", "--weight", "5", "--year", "2023"));
        assertTrue(out().startsWith("得分 0.00"), out());
        assertTrue(out().contains("晚于指标值2023年12月"), out());
        assertNotEquals(0, run("score-indicator", "--target", "年底前", "--actual", "2024年1月", "--weight", "5", "--year", "二三"));
    }

    @Test
    void minusSignsAreKept() throws Exception {
        // Issue 14: '≥-5%' printed value 5, and '-3次' against '≥5次' scored 6.00.
        assertEquals(0, run("parse-target", "≥-5%", "≥.5"));
        String[] lines = out().strip().split("\n");
        ObjectMapper json = new ObjectMapper();
        assertEquals("-5", json.readTree(lines[0]).get("value").asText());
        assertEquals("0.5", json.readTree(lines[1]).get("value").asText());
        assertEquals(0, run("score-indicator", "--target", "≥5次", "--actual", "-3次", "--weight", "10"));
        assertTrue(out().startsWith("得分 0.00（分值 10）"), out());
        assertEquals(0, run("score-indicator", "--target", "≤-5%", "--actual", "-8%", "--weight", "10"));
        assertTrue(out().startsWith("得分 10.00（分值 10）"), out());
        assertTrue(out().contains("≤-5%") && !out().contains("=5%"), out());
    }

    @Test
    void badInputIsRefusedInChinese() {
        assertNotEquals(0, run("score-indicator", "--target", "≥95%", "--actual", "96%", "--weight", "十五"));
        assertTrue(err().contains("分值应为"), err());
        assertNotEquals(0, run("score-indicator", "--actual", "96%", "--weight", "5"));
        assertTrue(err().contains("--target"), err());
        // '好' names a tier now (issue 16); a text naming none is still refused
        assertNotEquals(0, run("score-indicator", "--target", "满意", "--actual", "见附件说明", "--weight", "5"));
        assertTrue(err().contains("无法计算得分") && err().contains("评价档次"), err());
        assertNotEquals(0, run("score-indicator", "--target", "满意", "--weight", "5", "--tier", "优秀"));
        assertTrue(err().contains("评价档次应为"), err());
        assertNotEquals(0, run("score-indicator", "--target", "满意", "--weight", "5", "--actual", "100%", "--foo", "1"));
        assertTrue(err().contains("未知选项"), err());
        assertEquals("", out());
    }

    /** Found hunting issue 14's kinds: a type that is none was ignored, and a 400-digit weight gave a 400-digit score. */
    @Test
    void aTypeOrWeightOutOfItsChoicesIsRefusedNamingTheOption() {
        assertEquals(2, run("score-indicator", "--target", "≥5", "--actual", "6", "--weight", "5", "--type", "大约"));
        assertTrue(err().contains("--type") && err().contains("定性"), err());
        assertEquals(2, run("parse-target", "≥5", "--type", "bogus"));
        assertTrue(err().contains("--type") && err().contains("定性"), err());
        assertEquals(0, run("parse-target", "95%", "--type", "≥"));
        assertEquals(0, run("score-indicator", "--target", "满意", "--tier", "达成", "--weight", "5", "--type", "定性"));
        for (String weight : new String[] {"9".repeat(400), "101", "100.5", "1e3", "-1"}) {
            assertEquals(2, run("score-indicator", "--target", "≥5", "--actual", "6", "--weight", weight), weight);
            assertTrue(err().contains("分值应为 0—100") && err().contains("--weight"), err());
            assertEquals("", out());
        }
        assertEquals(0, run("score-indicator", "--target", "≥5", "--actual", "6", "--weight", "１００"));
    }
}
