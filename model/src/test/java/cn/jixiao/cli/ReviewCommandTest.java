package cn.jixiao.cli;

import cn.jixiao.domain.Json;
import cn.jixiao.exchange.UnitExchange;
import cn.jixiao.sample.Samples;
import cn.jixiao.sample.SyntheticUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReviewCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<String> lines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void aUnitFileWithErrorsExitsOneAndPrintsOneLinePerFinding() throws Exception {
        Path file = dir.resolve("hy.jixiao");
        assertEquals(0, run("new", file.toString(), "--sample", "hengyang-office"));
        assertEquals(1, run("review", file.toString(), "--year", "2022"));
        assertTrue(lines().contains("错误  2022  政务督查经费  自评表“其中：当年财政拨款”的全年执行数填的是“31..5”，多了小数点，应为“31.5”之类的数字，请核对。"),
                String.join("\n", lines()));
        assertTrue(lines().get(lines().size() - 1).startsWith("共 "), "a count closes the list");
    }

    @Test
    void jsonLinesCarryCodeSeverityYearProjectFieldAndMessage() throws Exception {
        Path json = dir.resolve("ag.json");
        UnitExchange.write(Samples.load("hengyang-agency"), json);
        assertEquals(1, run("review", json.toString(), "--json"));
        boolean seen = false;
        for (String line : lines()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> m = Json.MAPPER.readValue(line, Map.class);
            assertTrue(m.keySet().containsAll(List.of("code", "severity", "year", "project", "field", "message")), line);
            seen |= m.get("code").equals("RULE_CONTRADICTS_WEIGHT") && m.get("field").equals("scoringRule");
        }
        assertTrue(seen, String.join("\n", lines()));
    }

    @Test
    void aCleanUnitExitsZero() throws Exception {
        Path json = dir.resolve("syn.json");
        UnitExchange.write(SyntheticUnit.generate(5, 20, 42), json);
        assertEquals(0, run("review", json.toString()));
        assertEquals(List.of("共 0 条：错误 0 条，警告 0 条，提示 0 条。"), lines());
    }

    @Test
    void aMissingYearIsSaidInChinese() throws Exception {
        Path json = dir.resolve("hy.json");
        UnitExchange.write(Samples.load("huaiyuan-office"), json);
        assertEquals(1, run("review", json.toString(), "--year", "2019"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("没有2019年度的数据"));
    }
}
