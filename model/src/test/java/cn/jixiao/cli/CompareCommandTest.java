package cn.jixiao.cli;

import cn.jixiao.documents.FormDocument;
import cn.jixiao.documents.XlsxWriter;
import cn.jixiao.documents.layout.SeedFidelity;
import cn.jixiao.domain.Json;
import cn.jixiao.domain.Unit;
import cn.jixiao.store.UnitFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `jixiao compare`: prints what the bureau changed, changes no file; refuses a workbook that is not ours with exit 1. */
class CompareCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void printsTheBureausChangeAndChangesNothing() throws Exception {
        Path file = dir.resolve("hy.jixiao");
        assertEquals(0, run("new", file.toString(), "--sample", "hengyang-office"));
        Unit unit = UnitFile.read(file);
        SeedFidelity.Entry e = SeedFidelity.manifest().stream()
                .filter(x -> x.sample().equals("hengyang-office") && !x.project().isEmpty()).findFirst().orElseThrow();
        var year = unit.year(e.year()).orElseThrow();
        var project = year.project(e.project()).orElseThrow();
        List<FormDocument> docs = SeedFidelity.layout(e.form(), e.style()).documents(unit, year, List.of(project), 0);
        Path returned = dir.resolve("退回.xlsx");
        XlsxWriter.write(docs, returned);
        String indicator = project.indicators.get(0).name;
        try (InputStream in = Files.newInputStream(returned); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Row r : wb.getSheetAt(0)) {
                for (Cell c : r) {
                    if (c.toString().equals(indicator)) {
                        r.removeCell(c);
                        r.createCell(new CellReference(c.getAddress().formatAsString()).getCol()).setCellValue(indicator + "（调整）");
                        break;
                    }
                }
            }
            try (OutputStream o = Files.newOutputStream(returned)) {
                wb.write(o);
            }
        }
        String before = sha256(file);

        assertEquals(0, run("compare", file.toString(), returned.toString()), err.toString(StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("【" + project.name + "】"), text);
        assertTrue(text.contains("改动  三级指标“" + indicator + "” · 三级指标：" + indicator + " → " + indicator + "（调整）"), text);

        assertEquals(0, run("compare", file.toString(), returned.toString(), "--json"));
        Map<?, ?> json = Json.MAPPER.readValue(out.toString(StandardCharsets.UTF_8), Map.class);
        List<?> differences = (List<?>) json.get("differences");
        assertEquals(1, differences.size(), json.toString());
        assertEquals(indicator + "（调整）", ((Map<?, ?>) differences.get(0)).get("new"));
        assertEquals(before, sha256(file), "the unit file is unchanged");
    }

    @Test
    void aWorkbookNotMadeByTheProgramExitsOneWithAChineseMessage() throws Exception {
        Path file = dir.resolve("hy.jixiao");
        assertEquals(0, run("new", file.toString(), "--sample", "hengyang-office"));
        Path foreign = dir.resolve("财政局自制.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream o = Files.newOutputStream(foreign)) {
            wb.createSheet("审核").createRow(0).createCell(0).setCellValue("审核意见：请补充指标");
            wb.write(o);
        }
        String before = sha256(file);
        assertEquals(1, run("compare", file.toString(), foreign.toString()));
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("“财政局自制.xlsx”不是本程序导出的表格"), message);
        assertEquals(before, sha256(file));
    }

    @Test
    void anExportWithCommentsEndsWithTheirSheet() throws Exception {
        Path file = dir.resolve("hy.jixiao");
        assertEquals(0, run("new", file.toString(), "--sample", "hengyang-office"));
        SeedFidelity.Entry e = SeedFidelity.manifest().stream()
                .filter(x -> x.sample().equals("hengyang-office") && !x.project().isEmpty()).findFirst().orElseThrow();
        try (UnitFile f = UnitFile.open(file)) {
            Unit unit = f.load();
            var project = unit.year(e.year()).orElseThrow().project(e.project()).orElseThrow();
            var c = cn.jixiao.fields.FieldComment.of(e.year(), new cn.jixiao.fields.FieldAddress(cn.jixiao.fields.Owner.PROJECT,
                    project.id, "", "name"), "财政局", java.time.LocalDate.of(2021, 4, 1), "名称请与批复一致", "退回.xlsx");
            c.handled = true;
            c.note = "已改为批复名称";
            f.saveComment(c);
        }
        Path out1 = dir.resolve("out");
        assertEquals(0, run("export", file.toString(), "--year", String.valueOf(e.year()), "--form", e.form(), "--style", e.style(),
                "--project", e.project(), "--format", "xlsx", "--comments", "--out", out1.toString()), err.toString(StandardCharsets.UTF_8));
        Path written = Path.of(out.toString(StandardCharsets.UTF_8).strip());
        try (InputStream in = Files.newInputStream(written); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            org.apache.poi.ss.usermodel.Sheet last = null;
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                if (!wb.isSheetHidden(i) && !wb.isSheetVeryHidden(i)) {
                    last = wb.getSheetAt(i);
                }
            }
            StringBuilder text = new StringBuilder();
            last.forEach(r -> r.forEach(c -> text.append(c.toString()).append('|')));
            assertTrue(text.toString().contains("名称请与批复一致") && text.toString().contains("已处理：已改为批复名称")
                    && text.toString().contains(e.project()), last.getSheetName() + ": " + text);
        }
        assertEquals(0, run("export", file.toString(), "--year", String.valueOf(e.year()), "--form", e.form(), "--style", e.style(),
                "--project", e.project(), "--format", "xlsx", "--out", dir.resolve("plain").toString()));
        try (InputStream in = Files.newInputStream(Path.of(out.toString(StandardCharsets.UTF_8).strip())); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                assertTrue(!wb.getSheetName(i).contains("意见及处理情况"), "no comments sheet unless asked");
            }
        }
    }

    private static String sha256(Path p) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }
}
