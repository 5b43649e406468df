package cn.jixiao.app.export;

import cn.jixiao.documents.DocumentExporter;
import cn.jixiao.documents.DocumentExporter.Format;
import cn.jixiao.domain.Unit;
import cn.jixiao.sample.Samples;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import org.testfx.util.WaitForAsyncUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The export choices on the sample unit: default forms per year's style, project choice, failures in Chinese. */
@ExtendWith(ApplicationExtension.class)
class ExportViewModelTest {
    private final Unit unit = Samples.load("hengyang-office");

    private static List<String> ticked(ExportViewModel m) {
        return m.forms().stream().filter(f -> f.selectedProperty().get()).map(ExportViewModel.FormChoice::form).toList();
    }

    @Test
    void eachYearOffersTheFormsOfItsStyle(@TempDir Path out) {
        ExportViewModel m = new ExportViewModel(unit, 2021, out);
        assertEquals(List.of("declaration"), ticked(m), "2021 is declared in the 衡阳 2021 style");
        assertEquals("hengyang-2021", m.form("declaration").orElseThrow().styleProperty().get());
        m.yearProperty().set(2022);
        assertEquals(List.of("self-evaluation", "overall-self-evaluation", "basic-data", "report"), ticked(m),
                "2022 is the 衡阳 2022 self-evaluation: 自评表, 部门整体自评表, 基础数据表, 自评报告");
        assertEquals(12, m.projects().size());
    }

    @Test
    void theCommentsSheetIsAskedForOnlyWhenTicked(@TempDir Path out) {
        Path file = out.resolve("u.jixiao");
        try (cn.jixiao.workspace.Workspace ws = cn.jixiao.workspace.Workspace.create(file, Samples.load("hengyang-office"))) {
            var project = ws.unit().year(2021).orElseThrow().projects.get(0);
            ws.history().perform(cn.jixiao.editing.Edits.addComments(ws.comments(2021), List.of(cn.jixiao.fields.FieldComment.of(2021,
                    new cn.jixiao.fields.FieldAddress(cn.jixiao.fields.Owner.PROJECT, project.id, "", "name"), "财政局", null, "请核对名称", ""))));
            ExportViewModel m = new ExportViewModel(ws.unit(), 2021, out).comments(ws);
            assertTrue(m.requests().stream().allMatch(r -> r.comments().isEmpty()), "not unless asked");
            m.withCommentsProperty().set(true);
            assertTrue(!m.requests().isEmpty() && m.requests().stream().allMatch(r -> r.comments().size() == 1
                    && r.comments().get(0).text.equals("请核对名称")));
        }
    }

    @Test
    void theProjectChoiceAppliesToPerProjectFormsOnly(@TempDir Path out) {
        ExportViewModel m = new ExportViewModel(unit, 2022, out);
        m.xlsxProperty().set(true);
        m.chooseOnlyProject("政务督查经费");
        List<DocumentExporter.Request> requests = m.requests();
        assertEquals(8, requests.size(), "four forms, Word and Excel each");
        for (DocumentExporter.Request r : requests) {
            assertEquals(r.form().equals("self-evaluation") ? List.of("政务督查经费") : List.of(), r.projects(), r.form());
            assertEquals(2022, r.year());
            assertEquals(out, r.outDir());
        }
        assertTrue(requests.stream().anyMatch(r -> r.format() == Format.XLSX));
        m.allProjectsProperty().set(true);
        assertTrue(m.requests().stream().allMatch(r -> r.projects().isEmpty()));
    }

    /** 导出报送包 needs only the year and the folder: the forms' ticks and formats do not apply. */
    @Test
    void theYearsPackageIsOneWorkbookAndOnePdfNamedAsTheBureauAsks(@TempDir Path out) throws Exception {
        ExportViewModel m = new ExportViewModel(unit, 2022, out);
        m.forms().forEach(f -> f.selectedProperty().set(false));
        m.docxProperty().set(false);
        assertTrue(m.problem().isPresent(), "an export of nothing cannot start");
        assertEquals(java.util.Optional.empty(), m.packageProblem());
        List<Path> written = run(m.packageTask());
        assertEquals(List.of(out.resolve("2022-衡阳市人民政府办公室-报送包.xlsx"), out.resolve("2022-衡阳市人民政府办公室-报送包.pdf")),
                written);
        assertTrue(Files.size(written.get(0)) > 0 && Files.size(written.get(1)) > 0);
    }

    /** PDF is a format of the dialog like Word and Excel: ticked alone, the export writes PDF files. */
    @Test
    void exportsAsPdf(@TempDir Path out) throws Exception {
        ExportViewModel m = new ExportViewModel(unit, 2021, out);
        m.docxProperty().set(false);
        m.pdfProperty().set(true);
        m.chooseOnlyProject("机要工作经费");
        assertTrue(m.requests().stream().allMatch(r -> r.format() == Format.PDF));
        List<Path> written = run(m.exportTask());
        assertEquals(1, written.size());
        assertTrue(written.get(0).getFileName().toString().endsWith(".pdf"), written.toString());
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(written.get(0)), 5);
        assertEquals("%PDF-", new String(head, java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void nothingToExportIsSaidBeforeStarting(@TempDir Path out) {
        ExportViewModel m = new ExportViewModel(unit, 2021, out);
        assertTrue(m.problem().isEmpty());
        m.docxProperty().set(false);
        assertEquals("请至少选择一种文件格式（Word、Excel 或 PDF）。", m.problem().orElseThrow());
        m.pdfProperty().set(true);
        assertTrue(m.problem().isEmpty(), "PDF alone is a format");
        m.pdfProperty().set(false);
        m.docxProperty().set(true);
        m.allProjectsProperty().set(false);
        assertEquals("请至少勾选一个项目。", m.problem().orElseThrow());
        m.forms().forEach(f -> f.selectedProperty().set(false));
        assertEquals("请至少选择一种表格。", m.problem().orElseThrow());
    }

    @Test
    void aFileThatCannotBeWrittenNamesTheFormAndTheProject(@TempDir Path out) throws Exception {
        ExportViewModel m = new ExportViewModel(unit, 2021, out);
        m.chooseOnlyProject("机要工作经费");
        List<Path> written = run(m.exportTask());
        assertEquals(1, written.size());
        Path file = written.get(0);
        Files.delete(file);
        Files.createDirectories(file.resolve("in-the-way"));  // a folder where the file should go

        ExecutionException e = assertThrows(ExecutionException.class, () -> run(m.exportTask()));
        String message = e.getCause().getMessage();
        assertTrue(message.startsWith("生成《" + m.form("declaration").orElseThrow().title() + "》（docx）时出错（项目“机要工作经费”）："),
                message);
        assertTrue(message.endsWith("那里已有同名的文件夹"), message);
        assertFalse(message.contains("Exception") || message.contains("null"), message);
    }

    @Test
    void cancellingStopsAtTheNextProject(@TempDir Path out) throws Exception {
        ExportViewModel m = new ExportViewModel(unit, 2021, out);
        m.separateFilesProperty().set(true);
        m.xlsxProperty().set(true);
        Task<List<Path>> task = m.exportTask();
        // the clerk presses 取消 as soon as the bar first moves
        task.progressProperty().addListener((o, a, b) -> {
            if (b.doubleValue() > 0) {
                task.cancel(false);
            }
        });
        Thread t = new Thread(task);
        t.start();
        t.join(60_000);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Worker.State.CANCELLED, WaitForAsyncUtils.asyncFx(task::getState).get());
        long files;
        try (var s = Files.list(out)) {
            files = s.count();
        }
        assertTrue(files < 24, "12 projects as Word and Excel would be 24 files; cancelled after " + files);
    }

    private static List<Path> run(Task<List<Path>> task) throws Exception {
        task.run();
        return task.get();
    }

    @Test
    void theFormatsAndFolderOfTheLastExportAreRememberedPerUser(@TempDir Path home, @TempDir Path out) throws Exception {
        String before = System.getProperty("jixiao.home");
        System.setProperty("jixiao.home", home.toString());
        try {
            ExportViewModel first = ExportViewModel.forUnit(unit, 2021);
            assertTrue(first.docxProperty().get());
            assertFalse(first.xlsxProperty().get(), "nothing remembered yet: Word only");
            first.folderProperty().set(out);
            first.docxProperty().set(false);
            first.xlsxProperty().set(true);
            Task<List<Path>> task = first.exportTask();
            task.run();
            task.get();
            ExportViewModel next = ExportViewModel.forUnit(unit, 2021);
            assertFalse(next.docxProperty().get(), "Excel only, as last time");
            assertTrue(next.xlsxProperty().get());
            assertEquals(out, next.folderProperty().get());
            assertTrue(Files.isRegularFile(home.resolve("export.txt")), "kept in the user's data folder");
        } finally {
            if (before == null) {
                System.clearProperty("jixiao.home");
            } else {
                System.setProperty("jixiao.home", before);
            }
        }
    }

    @Test
    void aFormWithoutTheUnitsStyleTakesTheSameBureausNearestYear() {
        assertEquals("hengyang-2022", ExportViewModel.sameRegion(List.of("agency-2024", "hengyang-2022", "huaiyuan-2024"), "hengyang-2021"));
        assertEquals("hengyang-2021", ExportViewModel.sameRegion(List.of("hengyang-2018", "hengyang-2021"), "hengyang-2022"));
        assertEquals("agency-2024", ExportViewModel.sameRegion(List.of("agency-2024", "huaiyuan-2024"), "xiangyin-2023"), "no style of the bureau: the first");
        assertEquals("agency-2024", ExportViewModel.sameRegion(List.of("agency-2024", "huaiyuan-2024"), ""));
    }

    @Test
    void theProjectChoiceAppliesOnlyWhileAPerProjectFormIsTicked(@TempDir Path out) {
        ExportViewModel m = new ExportViewModel(unit, 2022, out);
        assertTrue(m.projectChoiceAppliesProperty().get(), "the 自评表 is ticked");
        m.form("self-evaluation").orElseThrow().selectedProperty().set(false);
        assertFalse(m.projectChoiceAppliesProperty().get(), "only yearly forms left");
        m.form("declaration").orElseThrow().selectedProperty().set(true);
        assertTrue(m.projectChoiceAppliesProperty().get());
    }
}
