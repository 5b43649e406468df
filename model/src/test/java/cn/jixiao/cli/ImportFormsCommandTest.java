package cn.jixiao.cli;

import cn.jixiao.documents.DocxWriter;
import cn.jixiao.documents.FormLayouts;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.sample.Samples;
import cn.jixiao.store.UnitFile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `jixiao import-forms FILE DOCUMENT... [--year Y] [--dry-run] [--json]`. */
class ImportFormsCommandTest {
    static final String OTHER_NAME = "社区居家养老服务补助";

    @TempDir
    Path dir;

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

    /** Our own 2021 declaration of every project of the sample, as Word. */
    private Path ownDeclarations() throws Exception {
        Unit sample = Samples.load(Samples.DEFAULT);
        FiscalYear y = sample.year(2021).orElseThrow();
        Path file = dir.resolve("2021申报表.docx");
        DocxWriter.write(FormLayouts.find("declaration", "hengyang-2021").orElseThrow().documents(sample, y, y.projects, 0), file);
        return file;
    }

    /** A declaration in a county layout unlike ours, with or without the year in its title. */
    private Path otherLayout(String name, boolean withYear) throws Exception {
        Path file = dir.resolve(name);
        List<List<String>> rows = List.of(
                List.of("项目名称", OTHER_NAME, "主管部门", "某县民政局"),
                List.of("资金总额（万元）", "50", "其中：财政拨款", "50"),
                List.of("年度绩效目标", "为全县200名居家老人提供上门服务。", "", ""),
                List.of("一级指标", "二级指标", "三级指标", "指标值"),
                List.of("产出指标", "数量指标", "服务老人人数", "≥200人"),
                List.of("满意度指标", "服务对象满意度指标", "老人满意度", "≥90%"));
        try (XWPFDocument d = new XWPFDocument(); OutputStream o = Files.newOutputStream(file)) {
            d.createParagraph().createRun().setText(withYear ? "2023年度项目支出绩效目标申报表" : "项目支出绩效目标申报表");
            XWPFTable t = d.createTable(rows.size(), 4);
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < 4; c++) {
                    t.getRow(r).getCell(c).setText(rows.get(r).get(c));
                }
            }
            d.write(o);
        }
        return file;
    }

    static String sha256(Path f) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }

    @Test
    void importsOurOwnFormsAndAnotherLayoutIntoANewFileOneLineAProject() throws Exception {
        Path unitFile = dir.resolve("民政.jixiao");
        Path own = ownDeclarations();
        Path other = otherLayout("养老.docx", true);
        assertEquals(0, run("import-forms", unitFile.toString(), own.toString(), other.toString()), err());
        assertFalse(err().contains("Log4j") || err().contains("ERROR"), "no library's words on the console: " + err());
        List<String> lines = out().lines().toList();
        assertEquals(13, lines.size(), out());
        assertTrue(lines.get(0).startsWith("2021年度  大院保安转辅警经费  金额 "), lines.get(0));
        assertTrue(lines.get(12).startsWith("2023年度  " + OTHER_NAME + "  金额 50 万元  三级指标 2 个  未能放置的单元格 0 个"), lines.get(12));
        Unit unit = UnitFile.read(unitFile);
        assertEquals("衡阳市人民政府办公室", unit.name, "the unit named by our own export");
        assertEquals("hengyang-2021", unit.formStyle, "and printed in the 版式 of our own export, so it exports again");
        assertEquals(Samples.load(Samples.DEFAULT).year(2021).orElseThrow().frameworkId, unit.year(2021).orElseThrow().frameworkId,
                "with the 指标体系 the forms were printed with (their empty 二级 print again)");
        assertEquals(0, run("export", unitFile.toString(), "--year", "2021", "--form", "declaration", "--format", "docx",
                "--out", dir.resolve("again").toString()), err());
        assertEquals(12, unit.year(2021).orElseThrow().projects.size());
        Project p = unit.year(2023).orElseThrow().project(OTHER_NAME).orElseThrow();
        assertEquals("50", p.budget().text());

        // again: the same forms merge into their projects instead of doubling them
        assertEquals(0, run("import-forms", unitFile.toString(), own.toString()), err());
        assertTrue(out().lines().allMatch(l -> l.contains("合并到")), out());
        assertEquals(12, UnitFile.read(unitFile).year(2021).orElseThrow().projects.size());
    }

    @Test
    void dryRunWritesNothing() throws Exception {
        Path unitFile = dir.resolve("u.jixiao");
        Path other = otherLayout("养老.docx", true);
        assertEquals(0, run("import-forms", unitFile.toString(), other.toString(), "--dry-run"), err());
        assertTrue(out().contains(OTHER_NAME), out());
        assertFalse(Files.exists(unitFile), "no file made");

        assertEquals(0, run("new", unitFile.toString(), "--name", "某县民政局"));
        String before = sha256(unitFile);
        assertEquals(0, run("import-forms", unitFile.toString(), other.toString(), "--dry-run", "--year", "2024"), err());
        assertTrue(out().startsWith("2024年度  " + OTHER_NAME), out());
        assertEquals(before, sha256(unitFile));
        assertTrue(UnitFile.read(unitFile).years.isEmpty());
    }

    @Test
    void aDocumentThatCannotBeReadIsNamedAndTheOthersAreStillImported() throws Exception {
        Path unitFile = dir.resolve("u.jixiao");
        Path letter = dir.resolve("通知.docx");
        try (XWPFDocument d = new XWPFDocument(); OutputStream o = Files.newOutputStream(letter)) {
            d.createParagraph().createRun().setText("关于做好预算绩效管理工作的通知");
            d.write(o);
        }
        Path noYear = otherLayout("无年度.docx", false);
        Path good = otherLayout("养老.docx", true);
        assertEquals(1, run("import-forms", unitFile.toString(), letter.toString(), noYear.toString(), good.toString()));
        assertTrue(err().contains("“通知.docx”中未找到项目表格"), err());
        assertTrue(err().contains("“无年度.docx”未写明年度") && err().contains("--year"), err());
        Unit unit = UnitFile.read(unitFile);
        assertEquals(List.of(2023), unit.years.stream().map(y -> y.year).toList(), "only the document that was read came in");
        assertEquals(1, unit.year(2023).orElseThrow().projects.size());
    }

    @Test
    void jsonGivesOneObjectAProject() throws Exception {
        Path unitFile = dir.resolve("u.jixiao");
        assertEquals(0, run("import-forms", unitFile.toString(), otherLayout("养老.docx", false).toString(), "--year", "2022", "--json"), err());
        JsonNode line = new ObjectMapper().readTree(out().lines().findFirst().orElseThrow());
        assertEquals(2022, line.get("year").asInt());
        assertEquals(OTHER_NAME, line.get("name").asText());
        assertEquals("50", line.get("amount").asText());
        assertEquals(2, line.get("indicators").asInt());
        assertEquals(0, line.get("unplaced").size());
        assertEquals("新建项目", line.get("action").asText());
        assertTrue(UnitFile.read(unitFile).year(2022).orElseThrow().project(OTHER_NAME).isPresent());
    }

    @Test
    void argumentsAreChecked() {
        assertEquals(2, run("import-forms", dir.resolve("u.jixiao").toString()));
        assertTrue(err().contains("DOCUMENT"), err());
        assertEquals(2, run("import-forms", dir.resolve("u.jixiao").toString(), "a.docx", "--year", "1800"));
        assertTrue(err().contains("--year"), err());
    }
}
