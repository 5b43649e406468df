package cn.jixiao.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CliTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theWindowsQuickCommandCheckKnowsExactlyTheCommands() {
        assertEquals(CommandNames.NAMES, Cli.COMMANDS.stream().map(Command::name).collect(java.util.stream.Collectors.toSet()));
        assertTrue(Cli.isCommand(new String[] {"export", "x.jixiao"}));
        assertTrue(Cli.isCommand(new String[] {"--version"}));
        assertTrue(!Cli.isCommand(new String[] {"单位.jixiao"}) && !Cli.isCommand(new String[0]));
    }

    @Test
    void newNeverOverwritesAnExistingFile() throws Exception {
        Path f = dir.resolve("u.jixiao");
        Files.writeString(f, "已有内容");
        assertNotEquals(0, run("new", f.toString(), "--name", "测试单位"));
        assertTrue(err().contains("已存在"), err());
        assertEquals("已有内容", Files.readString(f));
    }

    /** Found hunting issue 14's kinds: `new --name ""` made a unit without a name. */
    @Test
    void aNewUnitNeedsANameAndItsControlCharactersAreSaid() throws Exception {
        Path f = dir.resolve("u.jixiao");
        assertEquals(2, run("new", f.toString(), "--name", "  "));
        assertTrue(err().contains("--name") && err().contains("不能为空"), err());
        assertTrue(Files.notExists(f));
        assertEquals(0, run("new", f.toString(), "--name", "衡阳市\u0001人民政府办公室"));
        assertTrue(err().contains("提示") && err().contains("不可见字符"), err());
        assertEquals("衡阳市人民政府办公室", cn.jixiao.store.UnitFile.read(f).name);
    }

    @Test
    void anUnknownSampleListsTheChoices() {
        assertNotEquals(0, run("new", dir.resolve("x.jixiao").toString(), "--sample", "changsha"));
        assertTrue(err().contains("hengyang-office"), err());
    }

    @Test
    void anUnknownCommandSaysSoInChinese() {
        assertEquals(2, run("frobnicate"));
        assertTrue(err().contains("未知命令"), err());
    }

    @Test
    void importOfABrokenDocumentFailsAndLeavesNoFile() throws Exception {
        Path json = dir.resolve("bad.json");
        Files.writeString(json, "{\"format\":\"jixiao-unit\",\"formatVersion\":1,\"unit\":{\"name\":", StandardCharsets.UTF_8);
        Path f = dir.resolve("u.jixiao");
        assertNotEquals(0, run("import", f.toString(), json.toString()));
        assertTrue(err().contains("不是有效的单位 JSON 文档"), err());
        assertTrue(Files.notExists(f));
    }

    @Test
    void anEmptyUnitExportsAndImports() throws Exception {
        Path f = dir.resolve("u.jixiao");
        assertEquals(0, run("new", f.toString(), "--name", "怀远县人民政府办公室"));
        assertEquals(0, run("export", f.toString(), "--format", "json", "--out", dir.toString()));
        Path json = Path.of(out.toString(StandardCharsets.UTF_8).strip());
        assertTrue(Files.readString(json, StandardCharsets.UTF_8).contains("怀远县人民政府办公室"));
        assertEquals(0, run("import", dir.resolve("v.jixiao").toString(), json.toString()));
    }

    @Test
    void versionPrints() {
        assertEquals(0, run("--version"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("jixiao"));
    }
}
