package cn.jixiao.app.project;

import cn.jixiao.app.WindowTest;
import cn.jixiao.app.main.UnitNode;
import cn.jixiao.domain.Project;
import cn.jixiao.store.UnitFile;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14 item 9: text pasted from Word brings a vertical tab (Shift+Enter) and other control
 * characters; the editor saves it normalised and says what it removed, on 衡阳 2022 机要工作经费.
 */
class PastedTextTest extends WindowTest {
    @Override
    protected void beforeTheWindow() throws IOException {
        Files.deleteIfExists(home.resolve("hengyang-office.jixiao"));
    }

    private static TreeItem<UnitNode> find(TreeItem<UnitNode> item) {
        UnitNode n = item.getValue();
        if (n.kind() == UnitNode.Kind.PROJECT && n.year().year == 2022 && n.project().name.equals("机要工作经费")) {
            return item;
        }
        for (TreeItem<UnitNode> c : item.getChildren()) {
            TreeItem<UnitNode> f = find(c);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPastedControlCharacterIsRemovedAndSaid(FxRobot robot) {
        TreeView<UnitNode> tree = robot.lookup("#unitTree").queryAs(TreeView.class);
        robot.interact(() -> tree.getSelectionModel().select(find(tree.getRoot())));
        WaitForAsyncUtils.waitForFxEvents();
        Node n = robot.lookup("#projectEditor").query();
        ProjectEditorModel m = (ProjectEditorModel) n.getProperties().get(ProjectEditorModel.class);
        Project p = m.project();
        FieldModel overview = m.field("overview");
        AtomicBoolean committed = new AtomicBoolean();
        robot.interact(() -> {
            overview.textProperty().set("第一段\u000B第二段\u0001");
            committed.set(overview.commit(m.main()));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(committed.get());
        assertEquals("第一段\n第二段", p.overview);
        assertEquals("第一段\n第二段", overview.textProperty().get(), "the field shows what was saved");
        String status = m.main().statusProperty().get();
        assertTrue(status.contains("U+0001") && status.contains("换行"), status);
        assertTrue(robot.lookup(".label").queryAllAs(Label.class).stream().anyMatch(l -> status.equals(l.getText())),
                "the window's status line shows it");
        UnitFile f = m.main().workspaceProperty().get().file();
        Project saved = f.load().year(2022).orElseThrow().projects.stream().filter(x -> x.id.equals(p.id)).findFirst().orElseThrow();
        assertEquals("第一段\n第二段", saved.overview);
    }
}
