package cn.jixiao.exchange;

import cn.jixiao.PlainChinese;
import cn.jixiao.cli.Cli;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.sample.Samples;
import cn.jixiao.store.FileStates;
import cn.jixiao.store.UnitFile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import cn.jixiao.domain.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 14, items 2, 11 and 13: import takes exactly the format, and says in Chinese what is wrong and where. */
class StrictImportTest {
    @TempDir
    Path dir;

    private int count;

    /** 衡阳市人民政府办公室 as the embedded sample holds it, as a JSON tree to break. */
    private static ObjectNode sample() {
        return (ObjectNode) Json.MAPPER.valueToTree(new UnitDocument(Samples.load(Samples.DEFAULT)));
    }

    private static ObjectNode firstProject(ObjectNode doc) {
        return (ObjectNode) doc.at("/unit/years/0/projects/0");
    }

    /** Imports the bytes into a new file: returns stderr, after checking the import failed and left no file. */
    private String refused(byte[] bytes) throws Exception {
        Path json = dir.resolve("doc" + count + ".json");
        Path file = dir.resolve("u" + count++ + ".jixiao");
        Files.write(json, bytes);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(new String[] {"import", file.toString(), json.toString()}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String message = err.toString(StandardCharsets.UTF_8);
        assertNotEquals(0, code, "refused: " + new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.UTF_8));
        PlainChinese.assertPlain(message);
        assertFalse(Files.exists(file), "no unit file is left by a refused import");
        return message;
    }

    private String refused(String text) throws Exception {
        return refused(text.getBytes(StandardCharsets.UTF_8));
    }

    private String refused(Consumer<ObjectNode> breakIt) throws Exception {
        ObjectNode doc = sample();
        breakIt.accept(doc);
        return refused(Json.MAPPER.writeValueAsString(doc));
    }

    @Test
    void duplicateProjectIdsAreRefusedNamingTheIdAndBothProjects() throws Exception {
        ObjectNode doc = sample();
        ArrayNode projects = (ArrayNode) doc.at("/unit/years/0/projects");
        String id = projects.get(0).get("id").asText();
        ((ObjectNode) projects.get(3)).put("id", id);
        String message = refused(Json.MAPPER.writeValueAsString(doc));
        assertTrue(message.contains(id), message);
        assertTrue(message.contains(projects.get(0).get("name").asText()) && message.contains(projects.get(3).get("name").asText()), message);
    }

    @Test
    void duplicateIndicatorIdsAndYearsAreRefused() throws Exception {
        assertTrue(refused(d -> {
            ArrayNode inds = (ArrayNode) d.at("/unit/years/0/projects/1/indicators");
            ((ObjectNode) inds.get(1)).put("id", inds.get(0).get("id").asText());
        }).contains("指标编号"));
        assertTrue(refused(d -> ((ArrayNode) d.at("/unit/years")).add(d.at("/unit/years/0").deepCopy())).contains("出现了两次"));
    }

    @Test
    void encodingsOtherThanUtf8AreRefusedWithWhatToDoAndABomIsAccepted() throws Exception {
        String text = UnitExchange.toJson(Samples.load(Samples.DEFAULT));
        assertTrue(refused(text.getBytes(Charset.forName("GBK"))).contains("UTF-8"));
        assertTrue(refused(text.getBytes(StandardCharsets.UTF_16)).contains("UTF-8"));
        assertTrue(refused(text.getBytes(StandardCharsets.UTF_16LE)).contains("UTF-8"));
        byte[] invalid = text.getBytes(StandardCharsets.UTF_8);
        invalid[200] = (byte) 0xC3;
        invalid[201] = (byte) 0x28;
        assertTrue(refused(invalid).contains("UTF-8"));

        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        Path json = Files.write(dir.resolve("notepad.json"), bom);
        assertEquals(Samples.load(Samples.DEFAULT).name, UnitExchange.read(json).name, "what Notepad saves is read");
    }

    @Test
    void deepNestingAndHugeNumbersGetAMessageNotACrash() throws Exception {
        String head = "{\"format\":\"jixiao-unit\",\"formatVersion\":1,\"unit\":{\"name\":\"x\",\"years\":";
        refused(head + "[".repeat(10_000) + "]".repeat(10_000) + "}}");
        refused(head + "[".repeat(10_000));
        String digits = "9".repeat(5_000);
        refused("{\"format\":\"jixiao-unit\",\"formatVersion\":" + digits + ",\"unit\":{\"name\":\"x\"}}");
        refused(head + "[{\"year\":" + digits + "}]}}");
        refused(head + "[{\"year\":20" + "0".repeat(20) + "}]}}");
        refused(d -> firstProject(d).put("name", 1e300).set("indicators", Json.MAPPER.getNodeFactory().numberNode(new java.math.BigDecimal(digits))));
    }

    @Test
    void nullsAreRefusedNamingTheField() throws Exception {
        assertTrue(refused(d -> ((ObjectNode) d.get("unit")).putNull("name")).contains("名称"));
        assertTrue(refused(d -> ((ObjectNode) d.get("unit")).putNull("years")).contains("年度"));
        String projects = refused(d -> ((ObjectNode) d.at("/unit/years/0")).putNull("projects"));
        assertTrue(projects.contains("第1个年度") && projects.contains("项目"), projects);
        String indicators = refused(d -> firstProject(d).putNull("indicators"));
        assertTrue(indicators.contains("第1个年度的第1个项目"), indicators);
        String entry = refused(d -> ((ArrayNode) d.at("/unit/years/0/projects/2/indicators")).insertNull(1));
        assertTrue(entry.contains("第3个项目的第2个指标"), entry);
        refused(d -> ((ArrayNode) d.at("/unit/years")).insertNull(0));
        refused(d -> ((ObjectNode) d.at("/unit/years/0/projects/0/indicators/0")).putNull("weight"));
        refused(d -> ((ObjectNode) d.at("/unit/years/0")).putNull("year"));
        refused(d -> d.putNull("unit"));
        refused("null");
    }

    @Test
    void wrongTypesAreRefusedNamingTheFieldAndTheKindExpected() throws Exception {
        String years = refused(d -> ((ObjectNode) d.get("unit")).put("years", "2024"));
        assertTrue(years.contains("年度列表") && years.contains("列表"), years);
        String projects = refused(d -> ((ObjectNode) d.at("/unit/years/0")).putObject("projects"));
        assertTrue(projects.contains("第1个年度") && projects.contains("列表"), projects);
        String name = refused(d -> firstProject(d).putObject("name").put("x", 1));
        assertTrue(name.contains("第1个年度的第1个项目") && name.contains("名称") && name.contains("文字"), name);
        String indicator = refused(d -> ((ArrayNode) d.at("/unit/years/0/projects/2/indicators")).insert(0, "指标"));
        assertTrue(indicator.contains("第3个项目的第1个指标"), indicator);
        refused(d -> ((ObjectNode) d.at("/unit/years/0")).put("year", "二〇二四"));
        refused(d -> firstProject(d).putArray("draft").add(1));
        refused(d -> firstProject(d).putArray("funds"));
        refused("[]");
        refused("\"jixiao-unit\"");
        refused("");
    }

    @Test
    void onlyTheFormatItselfIsAccepted() throws Exception {
        assertTrue(refused(d -> d.remove("format")).contains("format"));
        assertTrue(refused(d -> d.put("format", "jixiao-units")).contains("format"));
        assertTrue(refused(d -> d.remove("formatVersion")).contains("formatVersion"));
        for (String v : new String[] {"1.5", "0", "-1", "\"1\"", "true"}) {
            refused(d -> d.set("formatVersion", read(v)));
        }
        assertTrue(refused(d -> d.put("formatVersion", UnitDocument.VERSION + 1)).contains("更新版本"));
        String text = UnitExchange.toJson(Samples.load(Samples.DEFAULT));
        refused(text + "{}");
        refused(text + "多余的文字");
        refused(text.replaceFirst("\\{", "{\"format\":\"x\","));
        String noYear = refused(d -> ((ObjectNode) d.at("/unit/years/0")).remove("year"));
        assertTrue(noYear.contains("第1个年度") && noYear.contains("year"), noYear);
        for (int year : new int[] {-5, 0, 1999, 2101, 99999}) {
            String m = refused(d -> ((ObjectNode) d.at("/unit/years/0")).put("year", year));
            assertTrue(m.contains(String.valueOf(year)), m);
        }
        refused(d -> d.remove("unit"));
        refused(d -> ((ObjectNode) d.get("unit")).put("name", "  "));
    }

    @Test
    void aDocumentIsNotMergedIntoAFileWhoseUnitRowIsMissing() throws Exception {
        Path file = Files.createDirectory(dir.resolve("data")).resolve("u.jixiao");
        try (UnitFile f = UnitFile.create(file)) {
            f.importUnit(Samples.load(Samples.DEFAULT));
        }
        FileStates.exec(file, "DELETE FROM unit");
        FileStates.Snapshot before = FileStates.Snapshot.of(file);
        Path json = Files.writeString(dir.resolve("a.json"), UnitExchange.toJson(Samples.load(Samples.DEFAULT)));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(new String[] {"import", file.toString(), json.toString()}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertNotEquals(0, code);
        PlainChinese.assertPlain(err.toString(StandardCharsets.UTF_8));
        before.assertUnchanged();
    }

    @Test
    void theSampleItselfStillImports() throws Exception {
        Unit u = UnitExchange.fromJson(UnitExchange.toJson(Samples.load(Samples.DEFAULT)));
        Project p = u.years.get(0).projects.get(0);
        assertEquals(Samples.load(Samples.DEFAULT).years.get(0).projects.get(0).name, p.name);
    }

    private static JsonNode read(String json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
