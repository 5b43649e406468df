package cn.jixiao.app.returned;

import cn.jixiao.app.focus.FieldPath;
import cn.jixiao.app.main.MainView;
import cn.jixiao.app.main.MainViewModel;
import cn.jixiao.app.main.UnitNode;
import cn.jixiao.app.text.Messages;
import cn.jixiao.fields.FieldAddress;
import cn.jixiao.fields.FieldComment;
import cn.jixiao.fields.Owner;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ContextMenuEvent;
import javafx.stage.Window;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * 意见 in the editors: every field of the shown form with a remark not yet dealt with (未处理)
 * has an orange border and the remark as its tooltip, and every field offers 添加意见… on its
 * context menu. Fields are found by the {@link FieldPath} marks the editors already give them,
 * so one mechanism serves every editor.
 */
public final class CommentMarks {
    /** The style class of a commented field. */
    public static final String STYLE = "commented-field";
    private static final String STYLESHEET = CommentMarks.class.getResource("comment-marks.css").toExternalForm();

    private final MainViewModel main;
    private final MainView view;
    private final CommentsViewModel model;
    private final Window owner;
    /** The field the clerk was last in, for the 意见 list's 为当前字段添加意见…. */
    private Node lastField;
    private ContextMenu menu;

    public CommentMarks(MainViewModel main, MainView view, CommentsViewModel model, Window owner) {
        this.main = main;
        this.view = view;
        this.model = model;
        this.owner = owner;
        view.shownEditorProperty().addListener((o, a, editor) -> {
            lastField = null;
            if (editor != null) {
                prepare(editor);
            }
            Platform.runLater(this::refresh);
        });
        main.historyChangedProperty().addListener((o, a, b) -> Platform.runLater(this::refresh));
        // one watcher of the window's keyboard focus, whichever editor is shown
        javafx.beans.value.ChangeListener<Node> focus = (o, was, now) -> {
            Node editor = view.shownEditor();
            Node field = now == null || editor == null ? null : taggedAround(now, editor);
            if (field != null) {
                lastField = field;
            }
        };
        view.root().sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener(focus);
            }
        });
        if (view.root().getScene() != null) {
            view.root().getScene().focusOwnerProperty().addListener(focus);
        }
    }

    private void prepare(Node editor) {
        if (editor.getProperties().containsKey(CommentMarks.class)) {
            return;
        }
        editor.getProperties().put(CommentMarks.class, Boolean.TRUE);
        if (editor instanceof Parent p) {
            p.getStylesheets().add(STYLESHEET);
        }
        editor.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::contextMenu);
    }

    /** Marks the shown form's commented fields and clears the marks of the others. */
    public void refresh() {
        Node editor = view.shownEditor();
        UnitNode node = main.selectedProperty().get();
        if (editor == null || node == null || main.workspaceProperty().get() == null) {
            return;
        }
        int year = yearOf(node);
        List<FieldComment> open = model.open(year);
        for (Node n : FieldPath.tagged(editor)) {
            List<String> paths = FieldPath.all(n);
            String remarks = open.stream().filter(c -> on(c.at, node, paths)).map(c -> Messages.text("commentMarks.tooltip", c.author, c.text))
                    .collect(Collectors.joining("\n"));
            mark(n, remarks);
        }
    }

    /** Opens the dialog for a remark on the field the clerk was last in; false when there is none. */
    public boolean addForLastField() {
        UnitNode node = main.selectedProperty().get();
        Optional<FieldAddress> at = lastField == null || node == null ? Optional.empty() : address(node, lastField);
        at.ifPresent(a -> ask(yearOf(node), a));
        return at.isPresent();
    }

    private void contextMenu(ContextMenuEvent e) {
        Node editor = view.shownEditor();
        UnitNode node = main.selectedProperty().get();
        Node field = e.getTarget() instanceof Node t ? taggedAround(t, editor) : null;
        Optional<FieldAddress> at = field == null || node == null ? Optional.empty() : address(node, field);
        if (at.isEmpty() || main.isReadOnly()) {
            return;
        }
        e.consume();
        if (menu != null) {
            menu.hide();
        }
        menu = new ContextMenu();
        if (field instanceof TextInputControl t) {
            // the text box's own commands, which this menu takes the place of
            MenuItem cut = item(Messages.text("commentMarks.menuItem.cut"), t::cut);
            MenuItem copy = item(Messages.text("commentMarks.menuItem.copy"), t::copy);
            MenuItem paste = item(Messages.text("commentMarks.menuItem.paste"), t::paste);
            MenuItem all = item(Messages.text("commentMarks.menuItem.selectAll"), t::selectAll);
            cut.setDisable(!t.isEditable() || t.getSelectedText().isEmpty());
            copy.setDisable(t.getSelectedText().isEmpty());
            paste.setDisable(!t.isEditable());
            menu.getItems().addAll(cut, copy, paste, all, new SeparatorMenuItem());
        }
        int year = yearOf(node);
        MenuItem add = item(Messages.text("commentMarks.menuItem.add"), () -> ask(year, at.get()));
        add.setId("addCommentMenuItem");
        menu.getItems().add(add);
        menu.show(field, e.getScreenX(), e.getScreenY());
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setOnAction(e -> action.run());
        return m;
    }

    private void ask(int year, FieldAddress at) {
        CommentDialog.ask(owner, model.where(year, at)).ifPresent(r -> model.add(year, at, r.author(), r.text()));
    }

    private static void mark(Node n, String remarks) {
        boolean marked = !remarks.isEmpty();
        if (marked && !n.getStyleClass().contains(STYLE)) {
            n.getStyleClass().add(STYLE);
        } else if (!marked) {
            n.getStyleClass().remove(STYLE);
        }
        if (n instanceof Control c) {
            Object ours = c.getProperties().get(Tooltip.class);
            if (marked) {
                if (!(ours instanceof Tooltip)) {
                    // the field's own tooltip comes back once the remark is dealt with
                    c.getProperties().put(CommentMarks.class.getName() + ".before", c.getTooltip());
                    ours = new Tooltip();
                    c.getProperties().put(Tooltip.class, ours);
                }
                ((Tooltip) ours).setText(remarks);
                c.setTooltip((Tooltip) ours);
            } else if (ours instanceof Tooltip) {
                c.getProperties().remove(Tooltip.class);
                c.setTooltip((Tooltip) c.getProperties().remove(CommentMarks.class.getName() + ".before"));
            }
        }
    }

    /** True when the remark is on one of the fields a node edits (a list node: on one of its rows). */
    private static boolean on(FieldAddress at, UnitNode node, List<String> paths) {
        Owner root = ownerOf(node);
        if (root == null || !at.projectId().equals(projectOf(node))) {
            return false;
        }
        if (at.root() == Owner.INDICATOR) {
            // an indicator's fields are columns of the indicators' table
            return root != Owner.UNIT && paths.contains("indicators");
        }
        if (at.root() != root) {
            return false;
        }
        int row = at.path().indexOf('[');
        return paths.contains(at.path()) || row > 0 && paths.contains(at.path().substring(0, row));
    }

    /** The field a node edits, as a remark names it; empty for a node of rows or of a column. */
    private static Optional<FieldAddress> address(UnitNode node, Node field) {
        Owner root = ownerOf(node);
        Optional<String> path = FieldPath.of(field);
        if (root == null || path.isEmpty() || path.get().contains("[") || path.get().endsWith(".")) {
            return Optional.empty();
        }
        return Optional.of(new FieldAddress(root, projectOf(node), "", path.get()));
    }

    /** The owner of the fields a form edits (an indicator's aside). */
    private static Owner ownerOf(UnitNode node) {
        return switch (node.kind()) {
            case UNIT -> Owner.UNIT;
            case PROJECT, PROJECT_SELF_EVALUATION, PROJECT_MONITORING -> Owner.PROJECT;
            case OVERALL, OVERALL_SELF_EVALUATION, OVERALL_MONITORING -> Owner.OVERALL;
            case BASIC_DATA -> Owner.BASIC_DATA;
            case REPORT -> Owner.REPORT;
            default -> null;
        };
    }

    private static String projectOf(UnitNode node) {
        return node.project() == null ? "" : node.project().id;
    }

    /** The year whose remarks a form shows: its own, or for 单位信息 the year the 意见 list shows. */
    private int yearOf(UnitNode node) {
        return node.year() != null ? node.year().year : model.yearProperty().get();
    }

    /** The marked field a node is part of (a text box's inner text, a list's cell), below the editor. */
    private static Node taggedAround(Node n, Node editor) {
        for (Node p = n; p != null && p != editor.getParent(); p = p.getParent()) {
            if (FieldPath.of(p).isPresent()) {
                return p;
            }
        }
        return null;
    }
}
