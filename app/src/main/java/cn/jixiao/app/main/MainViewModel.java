package cn.jixiao.app.main;

import cn.jixiao.app.Messages;
import cn.jixiao.domain.Unit;
import cn.jixiao.editing.Edit;
import cn.jixiao.store.Backups;
import cn.jixiao.unitinfo.NewUnit;
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
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(Messages.text("mainViewModel.text.appName"));
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
        title.bind(Bindings.createStringBinding(this::titleText, workspace));
    }

    /** The window's title: the unit and its file; the sample says it is the sample and how it opened. */
    private String titleText() {
        Workspace ws = workspace.get();
        if (ws == null) {
            return Messages.text("mainViewModel.text.appName");
        }
        return switch (ws.kind()) {
            case OWN -> Messages.text("mainViewModel.text.windowTitle", ws.unit().name, ws.path().getFileName());
            case SAMPLE_READ_ONLY -> Messages.text("mainViewModel.title.readOnlySample", ws.unit().name);
            case SAMPLE_PRACTICE -> Messages.text("mainViewModel.title.practiceSample", ws.unit().name);
        };
    }

    /** True while the sample is open for browsing only: the window shows details, no editors. */
    public boolean isReadOnly() {
        return workspace.get() != null && workspace.get().isReadOnly();
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

    /** 打开示例单位: read-only (a throw-away copy) or as the practice copy; never remembered as the clerk's file. */
    public void openSample(boolean practice) {
        replace(Workspace.openSample(practice));
    }

    /** 新建本单位: makes the unit file of the guided form and opens it on its first year's 项目. */
    public void createUnit(NewUnit.Setup setup) {
        replace(NewUnit.create(setup));
    }

    /** 另存为: the open unit copied to the file, which is opened in its place. */
    public void saveAs(Path target) {
        replace(workspace.get().saveAs(target));
    }

    /** 立即备份; also made before a destructive action (delete a project, restore a backup). */
    public Backups.Backup backUpNow() {
        Backups.Backup b = workspace.get().backUpNow();
        status.set(Messages.text("mainViewModel.status.backedUp", b.path()));
        return b;
    }

    /** Where the backups of the open file are kept (it may not exist yet). */
    public Path backupFolder() {
        return workspace.get().backupFolder();
    }

    public ReadOnlyLongProperty historyChangedProperty() {
        return historyChanged;
    }

    /**
     * Performs an edit on the open file: applied, saved, and put on the undo stack. The status
     * line says what was saved, in the edit's own words (修改指标值, 新增支出明细…), for every
     * editor alike: project fields, tables, indicators, 部门整体, 基础数据表, 自评.
     */
    public void perform(Edit edit) {
        if (isReadOnly()) {
            throw new IllegalStateException(Messages.text("mainViewModel.error.readOnly"));
        }
        workspace.get().history().perform(edit);
        // a control character removed from what was typed or pasted is said, never silently dropped
        status.set(edit.notice().orElseGet(() -> Messages.text("mainViewModel.saved", edit.description())));
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
        recent.remember(next);
        status.set(Messages.text("mainViewModel.text.opened", next.path()));
        historyChanged.set(historyChanged.get() + 1);
    }

    /** Backups of a unit file, newest first. */
    public List<Backups.Backup> backups(Path file) {
        return new Backups(file).list();
    }

    /**
     * Checks the backup, then closes the file if it is the open one (backing it up first: restoring replaces it), puts the
     * backup in its place, and opens it. The chosen backup is read aside first, as the new backup
     * may prune it.
     */
    public void restore(Path file, Backups.Backup backup) {
        // a broken backup is refused while the file is still open: the window keeps its file
        new Backups(file).check(backup);
        Path chosen;
        try {
            chosen = java.nio.file.Files.createTempFile("jixiao-restore", ".jixiao");
            java.nio.file.Files.copy(backup.path(), chosen, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(Messages.text("mainViewModel.error.restoreRead", backup.path(), e.getMessage()), e);
        }
        try {
            Workspace ws = workspace.get();
            if (ws != null && ws.path().toAbsolutePath().equals(file.toAbsolutePath())) {
                ws.backUpNow();
                selected.set(null);
                workspace.set(null);
                ws.close();
            }
            new Backups(file).restore(new Backups.Backup(chosen, backup.madeAt()));
        } finally {
            try {
                java.nio.file.Files.deleteIfExists(chosen);
            } catch (java.io.IOException ignored) {
                // a temporary copy
            }
        }
        open(file);
    }

    public void close() {
        if (workspace.get() != null) {
            workspace.get().close();
        }
    }
}
