package cn.jixiao.workspace;

import cn.jixiao.domain.Unit;
import cn.jixiao.editing.EditHistory;
import cn.jixiao.files.Backup;
import cn.jixiao.sample.Samples;
import cn.jixiao.store.Backups;
import cn.jixiao.store.UnitFile;
import cn.jixiao.store.UnitFileException;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An open unit file and the unit read from it: what the window works on. A workspace is either
 * the clerk's own unit file or the sample unit (示例单位), which opens as a read-only view or as
 * a practice copy and is never remembered as the clerk's file.
 */
public final class Workspace implements AutoCloseable {
    /** How a workspace was opened: the clerk's own file, or the sample (示例) read-only or as a practice copy. */
    public enum Kind { OWN, SAMPLE_READ_ONLY, SAMPLE_PRACTICE }

    private final UnitFile file;
    private final Unit unit;
    private final EditHistory history;
    private final Kind kind;

    private Workspace(UnitFile file, Unit unit, Kind kind) {
        this.file = file;
        this.unit = unit;
        this.kind = kind;
        this.history = new EditHistory(file);
    }

    /** The one undo stack of this file: every edit of the window goes through it. */
    public EditHistory history() {
        return history;
    }

    public static Workspace open(Path path) {
        return open(path, Kind.OWN);
    }

    private static Workspace open(Path path, Kind kind) {
        UnitFile f = UnitFile.open(path);
        try {
            if (kind != Kind.SAMPLE_READ_ONLY) {
                try {
                    new Backups(path).backUpIfNoneToday(f, LocalDateTime.now());
                } catch (cn.jixiao.store.UnitFileException noBackup) {
                    // the file is fine and can be worked on; the missing daily copy goes to the log
                    AppLog.error("每日备份失败：" + path, noBackup);
                }
            }
            return new Workspace(f, f.load(), kind);
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
            return new Workspace(f, f.load(), Kind.OWN);
        } catch (RuntimeException e) {
            f.close();
            throw e;
        }
    }

    /**
     * The sample unit ({@link Samples#DEFAULT}). Read-only: a fresh throw-away copy, deleted on
     * close, that the window shows without editors. Practice: a copy in the program's own
     * folder (created on first use, kept after) that the clerk may change freely.
     */
    public static Workspace openSample(boolean practice) {
        if (practice) {
            Path p = practiceFile();
            if (!Files.exists(p)) {
                Workspace w = create(p, Samples.load(Samples.DEFAULT));
                w.close();
            }
            return open(p, Kind.SAMPLE_PRACTICE);
        }
        try {
            // in the system's temporary folder: if the program is killed, the system clears it
            Path tmp = Files.createTempFile("jixiao-sample-", ".jixiao");
            Files.delete(tmp);
            tmp.toFile().deleteOnExit();
            Workspace w = create(tmp, Samples.load(Samples.DEFAULT));
            w.close();
            return open(tmp, Kind.SAMPLE_READ_ONLY);
        } catch (IOException e) {
            throw new UnitFileException("无法在临时文件夹中准备示例单位（" + e.getMessage() + "）。请检查磁盘空间。", e);
        }
    }

    /** The practice copy of the sample unit (示例练习). */
    public static Path practiceFile() {
        return UserFolders.sampleFolder().resolve("示例单位（练习）.jixiao");
    }

    public Kind kind() {
        return kind;
    }

    /** True for the sample unit, in either form: the title says 示例 and it is not remembered. */
    public boolean isSample() {
        return kind != Kind.OWN;
    }

    /** True when nothing may be changed (the sample opened for browsing). */
    public boolean isReadOnly() {
        return kind == Kind.SAMPLE_READ_ONLY;
    }

    public UnitFile file() {
        return file;
    }

    private final java.util.Map<Integer, java.util.List<cn.jixiao.fields.FieldComment>> comments = new java.util.HashMap<>();

    /**
     * The 意见 on the fields of a year, read once and then kept: the list the window shows and the
     * edits (导入, 已处理, a remark typed in) change, so it always holds what the file holds.
     */
    public java.util.List<cn.jixiao.fields.FieldComment> comments(int year) {
        return comments.computeIfAbsent(year, y -> new java.util.ArrayList<>(file.comments(y)));
    }

    public Path path() {
        return file.path();
    }

    public Unit unit() {
        return unit;
    }

    /** 立即备份: a backup of the open file now (kept with the others: the last 10 and one a month). */
    public Backup backUpNow() {
        return new Backups(path()).backUp(file, LocalDateTime.now());
    }

    /** The backups of a unit file (open or not), newest first. */
    public static List<Backup> backups(Path file) {
        return new Backups(file).list();
    }

    /** Refuses, with a message naming it, a backup that does not read as a unit file; nothing is changed. */
    public static void checkBackup(Path file, Backup backup) {
        new Backups(file).check(backup);
    }

    /** Puts the backup in place of the unit file, which must be closed (the old one is kept as '.damaged'). */
    public static void restoreBackup(Path file, Backup backup) {
        new Backups(file).restore(backup);
    }

    /** True when opening the file failed because it is damaged and it has a backup to restore. */
    public static boolean offersRestore(Path file, RuntimeException failure) {
        // by what the store found, not by the words of its message ("为免损坏数据" says a file is locked)
        return failure instanceof UnitFileException u && u.isDamaged() && !backups(file).isEmpty();
    }

    /** The folder the backups of this file are kept in. */
    public Path backupFolder() {
        return new Backups(path()).folder();
    }

    /**
     * 另存为: a consistent copy of the open file at {@code target} (never over an existing
     * file), which is then the file to work on; this one is closed by the caller.
     */
    public Workspace saveAs(Path target) {
        if (Files.exists(target)) {
            throw new UnitFileException("文件已存在，不会覆盖：" + target + "。请换一个文件名。");
        }
        file.copyTo(target);
        return open(target);
    }

    @Override
    public void close() {
        file.close();
        if (kind == Kind.SAMPLE_READ_ONLY) {
            try {
                Files.deleteIfExists(file.path());
            } catch (IOException ignored) {
                // a throw-away copy; the next browse makes a new one
            }
        }
    }
}
