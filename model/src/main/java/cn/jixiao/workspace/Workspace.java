package cn.jixiao.workspace;

import cn.jixiao.domain.Unit;
import cn.jixiao.editing.EditHistory;
import cn.jixiao.sample.Samples;
import cn.jixiao.store.Backups;
import cn.jixiao.store.UnitFile;

import java.time.LocalDateTime;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An open unit file and the unit read from it: what the window works on. Opening the
 * default file creates it from the embedded sample on first start.
 */
public final class Workspace implements AutoCloseable {
    private final UnitFile file;
    private final Unit unit;
    private final EditHistory history;

    private Workspace(UnitFile file, Unit unit) {
        this.file = file;
        this.unit = unit;
        this.history = new EditHistory(file);
    }

    /** The one undo stack of this file: every edit of the window goes through it. */
    public EditHistory history() {
        return history;
    }

    public static Workspace open(Path path) {
        UnitFile f = UnitFile.open(path);
        try {
            try {
                new Backups(path).backUpIfNoneToday(f, LocalDateTime.now());
            } catch (cn.jixiao.store.UnitFileException noBackup) {
                // the file is fine and can be worked on; the missing daily copy goes to the log
                AppLog.error("每日备份失败：" + path, noBackup);
            }
            return new Workspace(f, f.load());
        } catch (RuntimeException e) {
            f.close();
            throw e;
        }
    }

    /** A new unit file, empty but for the unit's name. */
    public static Workspace createEmpty(Path path, String unitName) {
        Unit u = new Unit();
        u.name = unitName;
        return create(path, u);
    }

    public static Workspace create(Path path, Unit unit) {
        UnitFile f = UnitFile.createWith(path, unit);
        try {
            return new Workspace(f, f.load());
        } catch (RuntimeException e) {
            f.close();
            throw e;
        }
    }

    /** The default unit file, created from the {@link Samples#DEFAULT} sample when it does not exist yet. */
    public static Workspace openDefault() {
        Path p = UserFolders.defaultUnitFile();
        if (!Files.exists(p)) {
            return create(p, Samples.load(Samples.DEFAULT));
        }
        return open(p);
    }

    public UnitFile file() {
        return file;
    }

    public Path path() {
        return file.path();
    }

    public Unit unit() {
        return unit;
    }

    @Override
    public void close() {
        file.close();
    }
}
