package cn.jixiao.store;

import cn.jixiao.domain.Unit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Files as the clerk's disk may hold them, for the tests: a unit file of schema version 1, one a
 * crash left with its journal, and the check that a refused file is exactly as it was.
 */
public final class FileStates {
    private FileStates() {
    }

    /** A version-1 unit file (before the file_info marker) holding the unit. */
    public static Path versionOne(Path file, Unit unit) throws Exception {
        Path tmp = file.resolveSibling("building-" + file.getFileName());
        try (UnitFile f = UnitFile.create(tmp)) {
            f.importUnit(unit);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + tmp); Statement s = c.createStatement()) {
            s.execute("DROP TABLE file_info");
            s.execute("DROP TABLE IF EXISTS monitoring");
            s.execute("DROP TABLE IF EXISTS field_comment");
            s.execute("DROP INDEX indicator_owner");
            s.execute("DROP INDEX project_year");
            s.execute("PRAGMA user_version = 1");
            s.execute("VACUUM");
        }
        Files.move(tmp, file);
        return file;
    }

    /**
     * The file and its journal as a crash in the middle of a transaction leaves them (every
     * indicator rewritten, pages already in the file): {@code crashed} and its '-journal'.
     */
    public static Path crashedCopy(Path file, Path crashed) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA cache_size = 1");
            s.execute("BEGIN IMMEDIATE");
            s.execute("UPDATE indicator SET data = replace(data, '\"name\"', '\"name_lost\"')");
            s.execute("UPDATE project SET data = '{\"broken\":' ");
            Files.copy(file, crashed, StandardCopyOption.REPLACE_EXISTING);
            Path journal = Path.of(file + "-journal");
            assertTrue(Files.size(journal) > 0, "a journal exists mid-transaction");
            Files.copy(journal, Path.of(crashed + "-journal"), StandardCopyOption.REPLACE_EXISTING);
            s.execute("ROLLBACK");
        }
        return crashed;
    }

    /**
     * What a file is now: its bytes and modification time, and what lies beside it (each file
     * there with its content and time, so a companion -journal, -wal or -shm rewritten counts).
     */
    public record Snapshot(Path file, byte[] bytes, FileTime modified, List<String> folder) {
        public static Snapshot of(Path file) throws IOException {
            try (Stream<Path> s = Files.list(file.toAbsolutePath().getParent())) {
                List<String> beside = new java.util.ArrayList<>();
                for (Path p : s.sorted().toList()) {
                    String name = p.getFileName().toString();
                    beside.add(Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                            ? name + " " + Arrays.hashCode(Files.readAllBytes(p)) + " " + Files.getLastModifiedTime(p) : name);
                }
                return new Snapshot(file, Files.readAllBytes(file), Files.getLastModifiedTime(file), beside);
            }
        }

        /** Fails unless the file and its folder are exactly as in the snapshot: no backups/ added, no -journal, -wal or -shm added, changed or removed. */
        public void assertUnchanged() throws IOException {
            Snapshot now = of(file);
            assertArrayEquals(bytes, now.bytes, "the file's bytes are unchanged: " + file);
            assertEquals(modified, now.modified, "the file's time is unchanged: " + file);
            assertEquals(folder, now.folder, "nothing beside the file was added, changed or removed");
        }
    }

    public static byte[] head(Path file, int n) throws IOException {
        return Arrays.copyOf(Files.readAllBytes(file), n);
    }

    public static void exec(Path file, String... sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String q : sql) {
                s.execute(q);
            }
        }
    }
}
