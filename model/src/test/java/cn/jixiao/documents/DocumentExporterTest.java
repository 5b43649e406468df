package cn.jixiao.documents;

import cn.jixiao.cli.Cli;
import cn.jixiao.domain.Unit;
import cn.jixiao.store.UnitFile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentExporterTest {
    private static final String FORM = DemoDeclarationLayout.FORM;
    private static final String STYLE = DemoDeclarationLayout.STYLE;

    @TempDir
    Path dir;

    @Test
    void theRegistryFindsLayoutsThroughTheServicesFile() {
        assertTrue(FormLayouts.all().stream().anyMatch(l -> l instanceof DemoDeclarationLayout));
        assertTrue(FormLayouts.find(FORM, STYLE).isPresent());
        assertTrue(FormLayouts.find(FORM, "no-such-style").isEmpty());
        assertTrue(FormLayouts.forms().contains(FORM));
        assertEquals(List.of(STYLE), FormLayouts.styles(FORM));
    }

    @Test
    void aPerProjectFormCoversEveryProjectOfTheYearInOneFile() throws Exception {
        Unit u = SeedUnits.hengyang2021();
        List<int[]> steps = new ArrayList<>();
        List<Path> written = DocumentExporter.export(u,
                new DocumentExporter.Request(2021, FORM, STYLE, List.of(), DocumentExporter.Format.DOCX, dir),
                (done, total) -> steps.add(new int[] {done, total}));
        assertEquals(List.of(dir.resolve("2021-项目绩效目标申报表-衡阳市人民政府办公室.docx")), written);
        List<String> texts = DocumentText.docx(written.get(0));
        assertTrue(texts.contains("机要工作经费") && texts.contains("纪检派驻机构专项经费"));
        assertEquals(3, steps.size(), "one step per project and one for the file");
        assertEquals(3, steps.get(2)[0]);
        assertEquals(3, steps.get(2)[1]);
    }

    @Test
    void theStyleDefaultsToTheYearsThenTheUnits() throws Exception {
        Unit u = SeedUnits.hengyang2021();
        DocumentExporter.Request noStyle = new DocumentExporter.Request(2021, FORM, null, List.of(), DocumentExporter.Format.XLSX, dir);
        // The year says hengyang-2021, for which the demo form has no layout: the message lists the styles.
        DocumentExporter.ChoiceException e = assertThrows(DocumentExporter.ChoiceException.class,
                () -> DocumentExporter.export(u, noStyle, DocumentExporter.Progress.NONE));
        assertTrue(e.getMessage().contains("hengyang-2021") && e.getMessage().contains(STYLE), e.getMessage());
        u.year(2021).orElseThrow().formStyle = "";
        u.formStyle = STYLE;
        List<Path> written = DocumentExporter.export(u, noStyle, DocumentExporter.Progress.NONE);
        assertTrue(Files.isRegularFile(written.get(0)));
    }

    @Test
    void unknownChoicesAreNamedWithTheValidOnes() {
        Unit u = SeedUnits.hengyang2021();
        DocumentExporter.ChoiceException year = assertThrows(DocumentExporter.ChoiceException.class, () ->
                DocumentExporter.export(u, new DocumentExporter.Request(2030, FORM, STYLE, List.of(), DocumentExporter.Format.DOCX, dir),
                        DocumentExporter.Progress.NONE));
        assertTrue(year.getMessage().contains("2030") && year.getMessage().contains("2021"), year.getMessage());
        DocumentExporter.ChoiceException form = assertThrows(DocumentExporter.ChoiceException.class, () ->
                DocumentExporter.export(u, new DocumentExporter.Request(2021, "shenbao", STYLE, List.of(), DocumentExporter.Format.DOCX, dir),
                        DocumentExporter.Progress.NONE));
        assertTrue(form.getMessage().contains(FORM + "（项目绩效目标申报表）"), form.getMessage());
        DocumentExporter.ChoiceException project = assertThrows(DocumentExporter.ChoiceException.class, () ->
                DocumentExporter.export(u, new DocumentExporter.Request(2021, FORM, STYLE, List.of("机要经费"), DocumentExporter.Format.DOCX, dir),
                        DocumentExporter.Progress.NONE));
        assertTrue(project.getMessage().contains("机要工作经费、纪检派驻机构专项经费"), project.getMessage());
        DocumentExporter.ChoiceException format = assertThrows(DocumentExporter.ChoiceException.class,
                () -> DocumentExporter.Format.parse("odt"));
        assertEquals(List.of("docx", "xlsx", "json", "pdf"), format.choices());
        assertEquals(DocumentExporter.Format.PDF, DocumentExporter.Format.parse(" PDF "));
    }

    @Test
    void oneChosenProjectOrSeparateFilesNameTheProject() throws Exception {
        Unit u = SeedUnits.hengyang2021();
        List<Path> one = DocumentExporter.export(u, new DocumentExporter.Request(2021, FORM, STYLE, List.of("机要工作经费"),
                DocumentExporter.Format.XLSX, dir), DocumentExporter.Progress.NONE);
        assertEquals("2021-项目绩效目标申报表-衡阳市人民政府办公室-机要工作经费.xlsx", one.get(0).getFileName().toString());
        List<Path> each = DocumentExporter.export(u, new DocumentExporter.Request(2021, FORM, STYLE, List.of(),
                DocumentExporter.Format.DOCX, dir, true), DocumentExporter.Progress.NONE);
        assertEquals(2, each.size());
        assertTrue(each.get(1).getFileName().toString().endsWith("-纪检派驻机构专项经费.docx"));
    }

    @Test
    void fileNamesAreSafeOnWindows() {
        assertEquals("2024-项目支出绩效目标申报表-某局_办公室-A_B_C_D",
                DocumentExporter.fileName(2024, "项目支出绩效目标申报表", "某局/办公室", "A:B*C?D. "));
        assertTrue(DocumentExporter.fileName(2024, "表", "单".repeat(300), null).length() <= 120);
    }

    @Test
    void theCliWritesTheFormsAndPrintsEachPath() throws Exception {
        Path unitFile = dir.resolve("衡阳.jixiao");
        try (UnitFile f = UnitFile.create(unitFile)) {
            f.importUnit(SeedUnits.hengyang2021());
        }
        Path out = dir.resolve("out");
        for (String format : List.of("docx", "xlsx", "json", "pdf")) {
            Run r = cli("export", unitFile.toString(), "--year", "2021", "--form", FORM, "--style", STYLE,
                    "--format", format, "--out", out.toString());
            assertEquals(0, r.code, r.err);
            assertEquals("", r.err, "a successful export prints nothing else (no library's logging)");
            Path written = Path.of(r.out.strip());
            assertEquals("2021-项目绩效目标申报表-衡阳市人民政府办公室." + format, written.getFileName().toString());
            assertTrue(Files.size(written) > 0);
        }
        JsonNode json = new ObjectMapper().readTree(out.resolve("2021-项目绩效目标申报表-衡阳市人民政府办公室.json").toFile());
        assertEquals(2, json.get("documents").size());
        assertEquals("项目绩效目标申报表", json.get("documents").get(0).get("texts").get(0).asText());

        Run two = cli("export", unitFile.toString(), "--year", "2021", "--form", FORM, "--style", STYLE, "--format", "docx",
                "--project", "机要工作经费", "--project", "纪检派驻机构专项经费", "--separate", "--out", out.toString());
        assertEquals(0, two.code, two.err);
        assertEquals(2, two.out.strip().lines().count());

        Run bad = cli("export", unitFile.toString(), "--year", "2021", "--form", FORM, "--style", "huaiyuan-2024",
                "--format", "docx", "--out", out.toString());
        assertNotEquals(0, bad.code);
        assertTrue(bad.err.contains("没有 huaiyuan-2024 版式") && bad.err.contains(STYLE), bad.err);

        Run whole = cli("export", unitFile.toString(), "--format", "json", "--out", out.toString());
        assertEquals(0, whole.code, whole.err);
        assertTrue(Files.readString(Path.of(whole.out.strip()), StandardCharsets.UTF_8).contains("机要工作经费"));
    }

    private record Run(int code, String out, String err) {
    }

    private static Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
