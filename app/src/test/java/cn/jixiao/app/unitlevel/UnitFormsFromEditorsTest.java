package cn.jixiao.app.unitlevel;

import cn.jixiao.documents.FormLayout;
import cn.jixiao.documents.FormLayouts;
import cn.jixiao.documents.layout.SeedFidelity;
import cn.jixiao.domain.Amount;
import cn.jixiao.domain.BasicDataRow;
import cn.jixiao.domain.BasicDataTable;
import cn.jixiao.domain.CategoryWeight;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Signature;
import cn.jixiao.domain.ReportSection;
import cn.jixiao.domain.SelfEvaluationReport;
import cn.jixiao.domain.Unit;
import cn.jixiao.domain.UnitOverall;
import cn.jixiao.app.selfevaluation.SelfEvaluationViewModel;
import cn.jixiao.editing.EditHistory;
import cn.jixiao.sample.Samples;
import cn.jixiao.store.UnitFile;
import cn.jixiao.unitlevel.Column;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The unit-level forms of seeds 001, 002 and 004 regenerated from data entered through the
 * editors: the sample unit's year is emptied of its unit-level data (projects and unit info kept),
 * the seed's values (taken from the sample) are typed into the editors' fields and grids as the
 * clerk would, each becoming a saved edit; the unit is then read back from the file and the form
 * rendered and compared with the seed text.
 */
@ExtendWith(ApplicationExtension.class)
class UnitFormsFromEditorsTest {
    private Stage stage;
    private Path dir;
    private UnitFile file;
    private EditHistory history;
    private final SimpleIntegerProperty ticks = new SimpleIntegerProperty();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new Label(), 900, 700));
        stage.show();
    }

    @BeforeEach
    void folder() throws IOException {
        dir = Files.createTempDirectory("jixiao-unitforms");
    }

    @AfterEach
    void cleanUp() throws IOException {
        if (file != null) {
            file.close();
        }
        try (var s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** The sample in a new unit file, with the year's 部门整体, 基础数据表 and 自评报告 emptied. */
    private Unit emptied(String sample, int yearNumber) {
        Unit u = Samples.load(sample);
        FiscalYear y = u.year(yearNumber).orElseThrow();
        y.overall = new UnitOverall();
        y.basicData = new BasicDataTable();
        y.report = new SelfEvaluationReport();
        Path path = dir.resolve(sample + ".jixiao");
        try (UnitFile created = UnitFile.create(path)) {
            created.importUnit(u);
        }
        file = UnitFile.open(path);
        history = new EditHistory(file);
        history.addListener(() -> ticks.set(ticks.get() + 1));
        return file.load();
    }

    private UnitLevelContext context(Unit u, FiscalYear y) {
        return new UnitLevelContext(u, y, history::perform, history::undo, history::redo, ticks);
    }

    private void show(FxRobot robot, Node editor) {
        robot.interact(() -> stage.getScene().setRoot(new ScrollPane(editor)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Types into a field and leaves it, as the clerk does; a text field also gets its Enter. */
    private void type(FxRobot robot, String id, String text) {
        robot.interact(() -> {
            TextInputControl f = (TextInputControl) stage.getScene().lookup("#" + id);
            f.requestFocus();
            f.setText(text);
            if (f instanceof TextField tf) {
                tf.fireEvent(new ActionEvent());
            }
            stage.getScene().getRoot().requestFocus();
        });
    }

    private void press(FxRobot robot, String id) {
        robot.interact(() -> ((Button) stage.getScene().lookup("#" + id)).fire());
    }

    /** Commits a cell edit on the grid as the cell editor does. */
    @SuppressWarnings("unchecked")
    private static <T> void commit(TableView<BasicDataRow> grid, int row, int column, T value) {
        TableColumn<BasicDataRow, T> col = (TableColumn<BasicDataRow, T>) grid.getColumns().get(column);
        col.getOnEditCommit().handle(new TableColumn.CellEditEvent<>(grid, new TablePosition<>(grid, row, col),
                TableColumn.editCommitEvent(), value));
    }

    /** The unit as read back from its file. */
    private Unit reloaded() {
        Path path = file.path();
        file.close();
        file = UnitFile.open(path);
        return file.load();
    }

    private static SeedFidelity.Score assertReproduces(String key, List<String> seed, Unit u, FiscalYear y, String form, String style, boolean needOrder) {
        FormLayout layout = FormLayouts.find(form, style).orElseThrow();
        String gen = SeedFidelity.generated(layout.render(u, y, y.projects));
        SeedFidelity.Score s = SeedFidelity.score(seed, gen);
        List<String> missing = seed.stream().filter(c -> !gen.contains(c)).toList();
        System.out.println("from editors " + key + ": " + s + " missing " + missing);
        assertTrue(s.ok(needOrder), key + ": " + s + "; missing " + missing);
        return s;
    }

    /**
     * Types every 部门整体 field the sample fills into the editor's field of the same name; a
     * filled field the editor has no field for fails the test, unless another view edits it.
     */
    private void enterOverall(FxRobot robot, UnitOverall want, Set<String> elsewhere) {
        for (java.lang.reflect.Field f : UnitOverall.class.getFields()) {
            Object v = get(f, want);
            String text = v instanceof Amount a ? a.text() : v instanceof String str ? str : null;
            if (text == null || text.isEmpty() || elsewhere.contains(f.getName())) {
                continue;
            }
            assertNotNull(stage.getScene().lookup("#" + f.getName()), "the 部门整体 editor has no field for " + f.getName());
            type(robot, f.getName(), text);
        }
        for (String which : List.of("declaration", "selfEvaluation")) {
            Signature sig = which.equals("declaration") ? want.declarationSignature : want.selfEvaluation.signature;
            type(robot, which + "Head", sig.head);
            type(robot, which + "Preparer", sig.preparer);
            type(robot, which + "Phone", sig.phone);
            type(robot, which + "Date", sig.date);
        }
        @SuppressWarnings("unchecked")
        ListView<String> goals = (ListView<String>) stage.getScene().lookup("#goals");
        for (int i = 0; i < want.goals.size(); i++) {
            int at = i;
            robot.interact(() -> {
                ((Button) stage.getScene().lookup("#addGoal")).fire();
                goals.fireEvent(new ListView.EditEvent<>(goals, ListView.editCommitEvent(), want.goals.get(at), at));
            });
        }
        @SuppressWarnings("unchecked")
        TableView<CategoryWeight> weights = (TableView<CategoryWeight>) stage.getScene().lookup("#categoryWeights");
        for (int i = 0; i < want.categoryWeights.size(); i++) {
            CategoryWeight w = want.categoryWeights.get(i);
            int at = i;
            robot.interact(() -> {
                ((Button) stage.getScene().lookup("#addCategoryWeight")).fire();
                commitCell(weights, at, 0, w.category);
                commitCell(weights, at, 1, w.weight);
            });
        }
        @SuppressWarnings("unchecked")
        TableView<Indicator> grid = (TableView<Indicator>) stage.getScene().lookup("#overallIndicators");
        for (Indicator i : want.indicators) {
            robot.interact(() -> {
                grid.getSelectionModel().clearSelection();
                grid.getSelectionModel().select(grid.getItems().size() - 1);
                ((Button) stage.getScene().lookup("#addOverallIndicator")).fire();
                int row = grid.getSelectionModel().getSelectedIndex();
                for (OverallIndicatorGrid.Field f : OverallIndicatorGrid.Field.values()) {
                    commitCell(grid, row, f.ordinal(), f.get.apply(i));
                }
            });
        }
    }

    private static Object get(java.lang.reflect.Field f, Object o) {
        try {
            return f.get(o);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <S, T> void commitCell(TableView<S> grid, int row, int column, T value) {
        TableColumn<S, T> col = (TableColumn<S, T>) grid.getColumns().get(column);
        col.getOnEditCommit().handle(new TableColumn.CellEditEvent<>(grid, new TablePosition<>(grid, row, col),
                TableColumn.editCommitEvent(), value));
    }

    @Test
    void xiangyinOverallDeclaration004(FxRobot robot) {
        UnitOverall want = Samples.load("xiangyin-office").year(2023).orElseThrow().overall;
        Unit u = emptied("xiangyin-office", 2023);
        FiscalYear y = u.year(2023).orElseThrow();
        show(robot, new OverallEditor(context(u, y)).view());
        enterOverall(robot, want, Set.of());
        assertEquals(want.indicators.size(), y.overall.indicators.size());

        Unit back = reloaded();
        FiscalYear by = back.year(2023).orElseThrow();
        assertEquals(want.goals, by.overall.goals);
        assertReproduces("004_overall", SeedFidelity.xiangyinOverallCells(), back, by, "overall-declaration", "xiangyin-2023", true);
    }

    @Test
    void agencyOverallDeclaration002(FxRobot robot) {
        UnitOverall want = Samples.load("hengyang-agency").year(2024).orElseThrow().overall;
        Unit u = emptied("hengyang-agency", 2024);
        FiscalYear y = u.year(2024).orElseThrow();
        show(robot, new OverallEditor(context(u, y)).view());
        enterOverall(robot, want, Set.of());

        Unit back = reloaded();
        FiscalYear by = back.year(2024).orElseThrow();
        assertEquals(want.indicators.size(), by.overall.indicators.size());
        assertReproduces("002_overall", SeedFidelity.seedCells("002_overall.txt"), back, by, "overall-declaration", "agency-2024", false);
    }

    @Test
    void hengyangOverallSelfEvaluation001(FxRobot robot) {
        UnitOverall want = Samples.load("hengyang-office").year(2022).orElseThrow().overall;
        Unit u = emptied("hengyang-office", 2022);
        FiscalYear y = u.year(2022).orElseThrow();
        show(robot, new OverallEditor(context(u, y)).view());
        // 执行数 and the 分值/实际完成值 of each indicator are the 部门整体自评's, entered there
        enterOverall(robot, want, Set.of("executed", "fundsWeight"));
        SelfEvaluationViewModel self = SelfEvaluationViewModel.forOverall(history::perform, ticks, y);
        robot.interact(() -> {
            assertEquals(Optional.empty(), self.setMoney("执行数", want.selfEvaluation.funds.executed.text()));
            assertEquals(Optional.empty(), self.setFundsWeight(want.selfEvaluation.funds.weight));
            for (int i = 0; i < want.indicators.size(); i++) {
                Indicator typed = y.overall.indicators.get(i);
                assertEquals(Optional.empty(), self.setWeight(typed, want.indicators.get(i).weight));
                self.setActual(typed, want.indicators.get(i).selfEvaluation.actual);
            }
        });

        Unit back = reloaded();
        FiscalYear by = back.year(2022).orElseThrow();
        assertEquals(want.indicators.get(8).selfEvaluation.actual, by.overall.indicators.get(8).selfEvaluation.actual);
        assertReproduces("001_overall", SeedFidelity.seedCells("001_overall.txt"), back, by, "overall-self-evaluation", "hengyang-2022", true);
    }

    @Test
    void hengyangReport001(FxRobot robot) {
        SelfEvaluationReport want = Samples.load("hengyang-office").year(2022).orElseThrow().report;
        Unit u = emptied("hengyang-office", 2022);
        FiscalYear y = u.year(2022).orElseThrow();
        show(robot, new ReportEditor(context(u, y)).view());
        type(robot, "reportAttachmentLabel", want.attachmentLabel);
        type(robot, "reportTitle", want.title);
        type(robot, "reportYearLine", want.yearLine);
        type(robot, "reportCoverDate", want.coverDate);
        type(robot, "reportCoverUnitLabel", want.coverUnitLabel);
        type(robot, "reportCoverHeadLabel", want.coverHeadLabel);
        // the 部门整体 was emptied, so the draft gives the sections but not the seed's figures: the clerk writes them
        press(robot, "draftReport");
        List<ReportSection> sections = new java.util.ArrayList<>();
        want.sections.forEach(s -> {
            sections.add(s);
            sections.addAll(s.subsections);
        });
        for (ReportSection s : sections) {
            if (s.text.isEmpty()) {
                continue;
            }
            robot.interact(() -> {
                TextArea block = robot.lookup(".report-block").queryAllAs(TextArea.class).stream()
                        .filter(a -> String.valueOf(a.getUserData()).endsWith(s.title)).findFirst()
                        .orElseThrow(() -> new AssertionError("the report editor has no block for " + s.title));
                block.requestFocus();
                block.setText(s.text);
                stage.getScene().getRoot().requestFocus();
            });
        }

        Unit back = reloaded();
        FiscalYear by = back.year(2022).orElseThrow();
        assertEquals(want.coverDate, by.report.coverDate);
        assertReproduces("001_report", SeedFidelity.seedCells("001_report.txt"), back, by, "report", "hengyang-2022", true);
    }

    @Test
    void basicData001(FxRobot robot) {
        BasicDataTable want = Samples.load("hengyang-office").year(2022).orElseThrow().basicData;
        Unit u = emptied("hengyang-office", 2022);
        FiscalYear y = u.year(2022).orElseThrow();
        show(robot, new BasicDataEditor(context(u, y)).view());
        type(robot, "basicAuthorizedStaff", want.authorizedStaff);
        type(robot, "basicActualStaff", want.actualStaff);
        type(robot, "statedControlRate", want.statedControlRate);
        type(robot, "savingMeasures", want.savingMeasures);
        type(robot, "basicDataNote", want.note);
        @SuppressWarnings("unchecked")
        TableView<BasicDataRow> grid = (TableView<BasicDataRow>) stage.getScene().lookup("#basicDataGrid");
        for (int i = 0; i < want.rows.size(); i++) {
            BasicDataRow r = want.rows.get(i);
            int at = i;
            robot.interact(() -> {
                grid.getSelectionModel().select(at - 1);
                ((Button) stage.getScene().lookup("#addRow")).fire();
                commit(grid, at, 0, r.label);
                commit(grid, at, 1, r.kind);
                for (Column c : Column.values()) {
                    if (!c.get(r).text().isEmpty()) {
                        commit(grid, at, 2 + c.ordinal(), c.get(r).text());
                    }
                }
            });
        }
        assertEquals(want.rows.size(), y.basicData.rows.size());

        Unit back = reloaded();
        FiscalYear by = back.year(2022).orElseThrow();
        assertEquals(want.rows.get(7).thisYearFinal, by.basicData.rows.get(7).thisYearFinal);
        assertReproduces("001_basic", SeedFidelity.seedCells("001_basic.txt"), back, by, "basic-data", "hengyang-2022", true);
    }
}
