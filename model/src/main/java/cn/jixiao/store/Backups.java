package cn.jixiao.store;

import cn.jixiao.files.Backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * 备份: copies of a unit file in a 'backups' folder beside it, made with SQLite's online backup
 * (a consistent copy even while the file is open). Kept: the last 10, plus the newest of each
 * month. Names carry the time, so the folder lists them in order: 单位.2026-11-24_103000.jixiao.
 */
public final class Backups {
    static final int KEEP_LAST = 10;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd_HHmmss");

    private final Path unitFile;
    private final Path folder;

    public Backups(Path unitFile) {
        this.unitFile = unitFile.toAbsolutePath();
        Path parent = this.unitFile.getParent();
        this.folder = parent.resolve("backups");
    }

    public Path folder() {
        return folder;
    }

    /** Backups of this unit file, newest first. */
    public List<Backup> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        String prefix = baseName() + ".";
        List<Backup> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.toList()) {
                String n = p.getFileName().toString();
                if (n.startsWith(prefix) && n.endsWith(extension())) {
                    String stamp = n.substring(prefix.length(), n.length() - extension().length());
                    try {
                        out.add(new Backup(p, LocalDateTime.parse(stamp, STAMP)));
                    } catch (java.time.format.DateTimeParseException ignored) {
                        // not one of ours
                    }
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        out.sort(Comparator.comparing(Backup::madeAt).reversed());
        return out;
    }

    /** A backup of the open file now, then old ones pruned. */
    public Backup backUp(UnitFile open, LocalDateTime now) {
        return backUp(open.connection(), now);
    }

    /**
     * Made beside the folder's other backups under a temporary name, checked, then given its
     * name (never over an existing backup); old ones are pruned only after a good new one exists.
     * Callers back up only files that passed their checks ({@link UnitFile#open}).
     */
    Backup backUp(java.sql.Connection connection, LocalDateTime now) {
        Path tmp = null;
        try {
            Files.createDirectories(folder);
            Path target = folder.resolve(baseName() + "." + STAMP.format(now) + extension());
            if (Files.exists(target)) {
                return new Backup(target, now); // one this second already
            }
            tmp = Files.createTempFile(folder, ".jixiao-backup-", ".part");
            Files.delete(tmp); // SQLite's backup writes the file itself
            try (Statement s = connection.createStatement()) {
                s.executeUpdate("backup to '" + tmp.toString().replace("'", "''") + "'");
            }
            verify(tmp);
            Files.move(tmp, target);
            tmp = null;
            prune();
            return new Backup(target, now);
        } catch (IOException | SQLException e) {
            throw new UnitFileException("无法备份单位文件到 " + folder + "。请确认该文件夹可以写入、磁盘未满；文件未作改动。", e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                    Files.deleteIfExists(Path.of(tmp + "-journal"));
                } catch (IOException ignored) {
                    // the failure being reported says more
                }
            }
        }
    }

    /** A backup that does not read back intact is not a backup. */
    private static void verify(Path copy) throws SQLException {
        org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
        config.setReadOnly(true);
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + copy.toAbsolutePath(), config.toProperties());
             Statement s = c.createStatement(); java.sql.ResultSet r = s.executeQuery("PRAGMA quick_check")) {
            if (!r.next() || !"ok".equalsIgnoreCase(r.getString(1))) {
                throw new SQLException("backup copy failed its check");
            }
        }
    }

    /** The daily backup on open: made when no backup exists from today. */
    public Optional<Backup> backUpIfNoneToday(UnitFile open, LocalDateTime now) {
        boolean today = list().stream().anyMatch(b -> b.madeAt().toLocalDate().equals(now.toLocalDate()));
        return today ? Optional.empty() : Optional.of(backUp(open, now));
    }

    /**
     * Whether a backup can be restored: it reads as a unit file. Called before anything is closed
     * or moved, so a broken backup leaves the open file open and the unit file as it was.
     *
     * @throws UnitFileException naming the backup and saying to choose another
     */
    public void check(Backup backup) {
        try {
            UnitFile.read(backup.path());
        } catch (UnitFileException e) {
            throw new UnitFileException("这个备份无法使用（" + backup.path().getFileName() + "），请选择另一个备份；单位文件未作改动。", e);
        }
    }

    /**
     * Puts a backup in place of the unit file. The file must be closed; the damaged file is kept
     * beside it as '.damaged' rather than deleted, in case the clerk needs something from it.
     */
    public void restore(Backup backup) {
        check(backup);
        Path tmp = null;
        try {
            tmp = Files.createTempFile(unitFile.getParent(), ".jixiao-restore-", ".part");
            Files.copy(backup.path(), tmp, StandardCopyOption.REPLACE_EXISTING);
            if (Files.exists(unitFile)) {
                Files.move(unitFile, freeName(unitFile.getFileName() + ".damaged"));
            }
            Files.move(tmp, unitFile, StandardCopyOption.ATOMIC_MOVE);
            tmp = null;
        } catch (IOException e) {
            throw new UnitFileException("无法从备份恢复：" + backup.path() + "。请确认文件夹可以写入、磁盘未满。", e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the failure being reported says more
                }
            }
        }
    }

    /** The name beside the unit file, or with -2, -3 … when taken: an earlier '.damaged' is never overwritten. */
    private Path freeName(String name) {
        Path p = unitFile.resolveSibling(name);
        for (int i = 2; Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS); i++) {
            p = unitFile.resolveSibling(name + "-" + i);
        }
        return p;
    }

    private void prune() throws IOException {
        List<Backup> all = list();
        Set<Path> keep = new HashSet<>();
        for (int i = 0; i < Math.min(KEEP_LAST, all.size()); i++) {
            keep.add(all.get(i).path());
        }
        Set<String> months = new HashSet<>();
        for (Backup b : all) {
            if (months.add(b.madeAt().getYear() + "-" + b.madeAt().getMonthValue())) {
                keep.add(b.path());
            }
        }
        for (Backup b : all) {
            if (!keep.contains(b.path())) {
                Files.deleteIfExists(b.path());
            }
        }
    }

    private String baseName() {
        String n = unitFile.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    private String extension() {
        String n = unitFile.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(dot) : ".jixiao";
    }
}
