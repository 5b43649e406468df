package cn.jixiao.app.main;

import cn.jixiao.app.Messages;
import cn.jixiao.domain.Unit;
import cn.jixiao.editing.Edit;
import cn.jixiao.store.Backups;
import cn.jixiao.workspace.RecentFiles;
import cn.jixiao.workspace.UserFolders;
import cn.jixiao.workspace.Workspace;
import javafx.beans.binding.Bindings;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The main window's state: the open unit file, the selected node, the status line. */
public class MainViewModel {
    private final ObjectProperty<Workspace> workspace = new SimpleObjectProperty<>();
    private final ObjectProperty<UnitNode> selected = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(Messages.text("mainViewModel.text.1"));
    private final RecentFiles recent = new RecentFiles(UserFolders.dataFolder());
    /** Ticks after every edit, undo and redo: views refresh totals, findings and menus on it. */
    private final LongProperty historyChanged = new SimpleLongProperty();

    /** Set to an indicator's id to have the open editor select and show that indicator. */
    private final StringProperty revealIndicator = new SimpleStringProperty();

    /** Set to a node to have the window select it in the tree (the 年度总览 opening a project, 开始监控). */
    private final ObjectProperty<UnitNode> openRequest = new SimpleObjectProperty<>();

    public ObjectProperty<UnitNode> openRequestProperty() {
        return openRequest;
    }

    public StringProperty revealIndicatorProperty() {
        return revealIndicator;
    }

    public MainViewModel() {
        title.bind(Bindings.createStringBinding(() -> workspace.get() == null ? Messages.text("mainViewModel.text.1")
                : Messages.text("mainViewModel.text.2", workspace.get().unit().name, workspace.get().path().getFileName()), workspace));
    }

    public ObjectProperty<Workspace> workspaceProperty() {
        return workspace;
    }

    public Unit unit() {
        return workspace.get() == null ? null : workspace.get().unit();
    }

    public ObjectProperty<UnitNode> selectedProperty() {
        return selected;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public List<Path> recentFiles() {
        return recent.list();
    }

    public Path lastFile() {
        return recent.last();
    }

    /** Opens a unit file; on failure the current one stays open and the exception carries the message. */
    public void open(Path file) {
        replace(Workspace.open(file));
    }

    /** Takes over a workspace opened elsewhere (the background open at start-up). */
    public void adopt(Workspace opened) {
        replace(opened);
    }

    public void openDefault() {
        replace(Workspace.openDefault());
    }

    public void createNew(Path file, String unitName) {
        replace(Workspace.createEmpty(file, unitName));
    }

    public ReadOnlyLongProperty historyChangedProperty() {
        return historyChanged;
    }

    /** Performs an edit on the open file: applied, saved, and put on the undo stack. */
    public void perform(Edit edit) {
        workspace.get().history().perform(edit);
    }

    public void undo() {
        if (workspace.get() != null) {
            workspace.get().history().undo();
        }
    }

    public void redo() {
        if (workspace.get() != null) {
            workspace.get().history().redo();
        }
    }

    public Optional<String> undoDescription() {
        return workspace.get() == null ? Optional.empty() : workspace.get().history().undoDescription();
    }

    public Optional<String> redoDescription() {
        return workspace.get() == null ? Optional.empty() : workspace.get().history().redoDescription();
    }

    private void replace(Workspace next) {
        Workspace old = workspace.get();
        next.history().addListener(() -> historyChanged.set(historyChanged.get() + 1));
        selected.set(null);
        workspace.set(next);
        if (old != null) {
            old.close();
        }
        recent.remember(next.path());
        status.set(Messages.text("mainViewModel.text.3", next.path()));
        historyChanged.set(historyChanged.get() + 1);
    }

    /** Backups of a unit file, newest first. */
    public List<Backups.Backup> backups(Path file) {
        return new Backups(file).list();
    }

    /** Closes the file if it is the open one, puts the backup in its place, and opens it. */
    public void restore(Path file, Backups.Backup backup) {
        Workspace ws = workspace.get();
        if (ws != null && ws.path().toAbsolutePath().equals(file.toAbsolutePath())) {
            selected.set(null);
            workspace.set(null);
            ws.close();
        }
        new Backups(file).restore(backup);
        open(file);
    }

    public void close() {
        if (workspace.get() != null) {
            workspace.get().close();
        }
    }
}
