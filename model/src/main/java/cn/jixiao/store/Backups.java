package cn.jixiao.store;

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

    /** One backup, with the moment it was made. */
    public record Backup(Path path, LocalDateTime madeAt) {
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

    Backup backUp(java.sql.Connection connection, LocalDateTime now) {
        try {
            Files.createDirectories(folder);
            Path target = folder.resolve(baseName() + "." + STAMP.format(now) + extension());
            try (Statement s = connection.createStatement()) {
                s.executeUpdate("backup to '" + target.toString().replace("'", "''") + "'");
            }
            prune();
            return new Backup(target, now);
        } catch (IOException | SQLException e) {
            throw new UnitFileException("无法备份单位文件到 " + folder + "（" + e.getMessage() + "）", e);
        }
    }

    /** The daily backup on open: made when no backup exists from today. */
    public Optional<Backup> backUpIfNoneToday(UnitFile open, LocalDateTime now) {
        boolean today = list().stream().anyMatch(b -> b.madeAt().toLocalDate().equals(now.toLocalDate()));
        return today ? Optional.empty() : Optional.of(backUp(open, now));
    }

    /**
     * Puts a backup in place of the unit file. The file must be closed; the damaged file is kept
     * beside it as '.damaged' rather than deleted, in case the clerk needs something from it.
     */
    public void restore(Backup backup) {
        try {
            Path tmp = unitFile.resolveSibling(unitFile.getFileName() + ".restoring");
            Files.copy(backup.path(), tmp, StandardCopyOption.REPLACE_EXISTING);
            if (Files.exists(unitFile)) {
                Files.move(unitFile, unitFile.resolveSibling(unitFile.getFileName() + ".damaged"), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(tmp, unitFile, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UnitFileException("无法从备份恢复：" + backup.path() + "（" + e.getMessage() + "）", e);
        }
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
