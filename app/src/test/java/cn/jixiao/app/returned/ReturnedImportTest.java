package cn.jixiao.app.returned;

import cn.jixiao.app.IsolatedHome;
import cn.jixiao.app.main.MainView;
import cn.jixiao.app.main.MainViewModel;
import cn.jixiao.documents.DocumentExporter;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.fields.FieldComment;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 导入财政局退回的表格 in the window: the bureau renamed three indicators and remarked on a fourth;
 * the clerk takes two of the changes, leaves the third, imports, marks the remark 已处理 with a
 * note, and undoes the import in one step.
 */
@ExtendWith(ApplicationExtension.class)
class ReturnedImportTest {
    private static Path home;
    private MainViewModel vm;
    private Stage stage;

    @BeforeAll
    static void isolatedHome() throws IOException {
        home = IsolatedHome.enter("jixiao-returned");
    }

    @AfterAll
    static void cleanUp() throws IOException {
        IsolatedHome.leave(home);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        vm = new MainViewModel();
        MainView view = new MainView(vm, stage);
        ReturnedAction.install(vm, view, stage);
        stage.setScene(new Scene(view.root(), 1100, 700));
        stage.show();
        vm.open(IsolatedHome.clerkFile(home));
    }

    @AfterEach
    void closeTheFile() throws Exception {
        WaitForAsyncUtils.asyncFx(vm::close).get();
    }

    /** The year's 申报表 of the project as the bureau sends it back: three indicators renamed, a note on a fourth. */
    private Path returned(Project p) throws IOException {
        Path dir = home.resolve("mail");
        Path file = DocumentExporter.export(vm.unit(), new DocumentExporter.Request(2021, "declaration", null, List.of(p.name),
                DocumentExporter.Format.XLSX, dir), DocumentExporter.Progress.NONE).get(0);
        Map<String, String> renamed = Map.of(p.indicators.get(0).name, p.indicators.get(0).name + "（改）",
                p.indicators.get(1).name, p.indicators.get(1).name + "（改）", p.indicators.get(2).name, p.indicators.get(2).name + "（改）");
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            var sheet = wb.getSheetAt(0);
            for (Row r : sheet) {
                for (Cell c : List.copyOf(toList(r))) {
                    String text = c.toString();
                    if (renamed.containsKey(text)) {
                        int col = c.getColumnIndex();
                        var style = c.getCellStyle();
                        r.removeCell(c);
                        Cell now = r.createCell(col);
                        now.setCellStyle(style);
                        now.setCellValue(renamed.get(text));
                    } else if (text.equals(p.indicators.get(3).name)) {
                        ClientAnchor a = wb.getCreationHelper().createClientAnchor();
                        a.setCol1(c.getColumnIndex() + 1);
                        a.setCol2(c.getColumnIndex() + 3);
                        a.setRow1(r.getRowNum());
                        a.setRow2(r.getRowNum() + 2);
                        Comment note = sheet.createDrawingPatriarch().createCellComment(a);
                        note.setString(new XSSFRichTextString("该指标请细化"));
                        note.setAuthor("财政局");
                        c.setCellComment(note);
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    private static List<Cell> toList(Row r) {
        List<Cell> out = new java.util.ArrayList<>();
        r.forEach(out::add);
        return out;
    }

    @Test
    void twoChangesTakenOneLeftARemarkHandledAndTheImportUndoneInOneStep(FxRobot robot) throws Exception {
        Project p = vm.unit().year(2021).orElseThrow().projects.get(0);
        List<String> names = p.indicators.stream().limit(3).map(i -> i.name).toList();
        Path file = returned(p);

        robot.interact(() -> ReturnedAction.open(vm, file, stage));
        WaitForAsyncUtils.waitForFxEvents();
        List<CheckBox> changes = robot.lookup(".returned-change").queryAllAs(CheckBox.class).stream().toList();
        assertEquals(3, changes.size(), "three changes shown");
        assertTrue(robot.lookup(".returned-remark").tryQuery().isPresent(), "the remark is shown");
        robot.clickOn("#acceptNoneButton");
        assertTrue(changes.stream().noneMatch(CheckBox::isSelected));
        robot.clickOn("#acceptAllButton");
        assertTrue(changes.stream().allMatch(CheckBox::isSelected));
        // the third left as it was
        CheckBox third = changes.stream().filter(c -> c.getText().contains(names.get(2) + "（改）")).findFirst().orElseThrow();
        robot.clickOn(third);
        assertFalse(third.isSelected());
        robot.clickOn("#importReturnedButton");
        WaitForAsyncUtils.waitForFxEvents();

        List<Indicator> now = vm.unit().year(2021).orElseThrow().projects.get(0).indicators;
        assertEquals(names.get(0) + "（改）", now.get(0).name);
        assertEquals(names.get(1) + "（改）", now.get(1).name);
        assertEquals(names.get(2), now.get(2).name, "the change not taken stays as it was");
        List<FieldComment> comments = vm.workspaceProperty().get().comments(2021);
        assertEquals(1, comments.size());
        assertEquals("该指标请细化", comments.get(0).text);
        assertEquals(p.indicators.get(3).id, comments.get(0).at.indicatorId());

        // 意见: marked 已处理 with a note
        robot.interact(() -> ReturnedAction.showComments(vm, stage, 2021));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(".comment-note").write("已细化为两项指标");
        robot.clickOn(".comment-handled");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(comments.get(0).handled);
        assertEquals("已细化为两项指标", comments.get(0).note);
        assertEquals("已处理：已细化为两项指标", vm.workspaceProperty().get().file().comments(2021).get(0).handling());

        // undo the 已处理, then the import: one step
        robot.interact(() -> vm.workspaceProperty().get().history().undo());
        assertFalse(comments.get(0).handled);
        robot.interact(() -> vm.workspaceProperty().get().history().undo());
        assertEquals(names.get(0), now.get(0).name);
        assertEquals(names.get(1), now.get(1).name);
        assertTrue(vm.workspaceProperty().get().comments(2021).isEmpty(), "the remark goes with the import");
        assertFalse(vm.workspaceProperty().get().history().canUndo(), "the import was one step");
    }
}
