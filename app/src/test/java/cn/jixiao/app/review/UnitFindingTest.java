package cn.jixiao.app.review;

import cn.jixiao.app.WindowTest;
import cn.jixiao.app.main.UnitNode;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 请在单位信息中填写主管部门: the finding opens the unit editor with the cursor in 主管部门. */
class UnitFindingTest extends WindowTest {
    @Test
    void theDepartmentFindingLandsInTheUnitEditorsField(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TreeView<FindingsPanel.Row> list = robot.lookup("#findingsList").queryAs(TreeView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !list.getRoot().getChildren().isEmpty());
        FindingsPanelTest.openPanel(robot);
        TreeItem<FindingsPanel.Row> finding = list.getRoot().getChildren().stream()
                .flatMap(g -> g.getChildren().stream())
                .filter(c -> c.getValue().finding() != null && c.getValue().finding().message().contains("请在单位信息中填写主管部门"))
                .findFirst().orElseThrow(() -> new AssertionError("the sample's 2022 review asks for the 主管部门"));
        robot.interact(() -> {
            list.getSelectionModel().select(finding);
            list.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TreeView<UnitNode> units = robot.lookup("#unitTree").queryAs(TreeView.class);
        assertEquals(UnitNode.Kind.UNIT, units.getSelectionModel().getSelectedItem().getValue().kind());
        TextField department = robot.lookup("#unit-supervisingDepartment").queryAs(TextField.class);
        assertTrue(department.isFocused(), "the cursor is in 主管部门");
        robot.write("衡阳市人民政府办公室").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("衡阳市人民政府办公室", app.viewModel().unit().supervisingDepartment);
    }
}
