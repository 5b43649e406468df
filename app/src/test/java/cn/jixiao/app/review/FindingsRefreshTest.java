package cn.jixiao.app.review;

import cn.jixiao.app.IsolatedHome;
import cn.jixiao.app.main.MainView;
import cn.jixiao.app.main.MainViewModel;
import cn.jixiao.editing.Edits;
import cn.jixiao.review.Finding;
import javafx.scene.Scene;
import javafx.stage.Stage;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The findings follow the edits: fixing a field removes its finding, undoing brings it back. */
@ExtendWith(ApplicationExtension.class)
class FindingsRefreshTest {
    private static Path home;
    private MainViewModel vm;
    private FindingsPanel panel;

    @BeforeAll
    static void isolatedHome() throws IOException {
        home = IsolatedHome.enter("jixiao-home");
    }

    @AfterAll
    static void cleanUp() throws IOException {
        IsolatedHome.leave(home);
    }

    @Start
    void start(Stage stage) {
        vm = new MainViewModel();
        MainView view = new MainView(vm, stage);
        panel = FindingsPanel.install(vm, view);
        stage.setScene(new Scene(view.root(), 1100, 700));
        stage.show();
        vm.open(IsolatedHome.clerkFile(home));
    }

    @AfterEach
    void closeTheFile() throws Exception {
        WaitForAsyncUtils.asyncFx(vm::close).get();
    }

    private void waitUntil(Predicate<java.util.List<Finding>> test, String what) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !panel.model().runningProperty().get()
                    && test.test(panel.model().findings()));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(what + "; findings: " + panel.model().findings().stream().map(Finding::line).toList(), e);
        }
    }

    private static boolean departmentMissing(java.util.List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.code().equals("DEPARTMENT_MISSING"));
    }

    @Test
    void fillingInTheDepartmentRemovesItsErrorAndUndoBringsItBack(FxRobot robot) {
        waitUntil(FindingsRefreshTest::departmentMissing, "the sample's 主管部门 is empty: an error");
        int errors = panel.model().countProperty(cn.jixiao.review.Severity.ERROR).get();

        robot.interact(() -> vm.perform(Edits.unitField("主管部门", vm.unit(), u -> u.supervisingDepartment,
                (u, v) -> u.supervisingDepartment = v, "衡阳市人民政府办公室")));
        waitUntil(f -> !departmentMissing(f), "filled in, the error goes");
        assertTrue(panel.model().countProperty(cn.jixiao.review.Severity.ERROR).get() == errors - 1);

        robot.interact(vm::undo);
        waitUntil(FindingsRefreshTest::departmentMissing, "undone, the error is back");
    }
}
