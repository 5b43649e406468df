package cn.jixiao.store;

import cn.jixiao.files.Backup;
import cn.jixiao.PlainChinese;
import cn.jixiao.domain.Unit;
import cn.jixiao.sample.SyntheticUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 14, items 3 and 4: what a file is, is decided before a byte is written; a refused file stays as it was. */
class RefusedFilesTest {
    @TempDir
    Path dir;

    private Path unitFile(String name) {
        Path file = dir.resolve(name);
        try (UnitFile f = UnitFile.create(file)) {
            f.importUnit(SyntheticUnit.generate(4, 6, 7));
        }
        return file;
    }

    private UnitFileException refused(Path file) throws Exception {
        FileStates.Snapshot before = FileStates.Snapshot.of(file);
        UnitFileException e = assertThrows(UnitFileException.class, () -> UnitFile.open(file).close());
        PlainChinese.assertPlain(e.getMessage());
        before.assertUnchanged();
        assertFalse(Files.exists(dir.resolve("backups")), "no backups of a refused file");
        return e;
    }

    @Test
    void aForeignWalDatabaseIsNotSwitchedToRollbackMode() throws Exception {
        Path file = dir.resolve("contacts.db");
        FileStates.exec(file, "PRAGMA journal_mode=WAL", "CREATE TABLE contacts(name TEXT)", "INSERT INTO contacts VALUES('张三')");
        assertEquals(2, FileStates.head(file, 19)[18], "WAL mode");
        UnitFileException e = refused(file);
        assertTrue(e.getMessage().contains("不是绩效填报的单位文件"), e.getMessage());
    }

    @Test
    void aForeignFileWithVersionOneAndAUnitTableIsNotMigrated() throws Exception {
        Path file = dir.resolve("other.db");
        FileStates.exec(file, "CREATE TABLE unit(id TEXT PRIMARY KEY, data TEXT NOT NULL)",
                "INSERT INTO unit VALUES('x', 'not json at all')", "PRAGMA user_version = 1");
        UnitFileException e = refused(file);
        assertTrue(e.getMessage().contains("不是绩效填报的单位文件"), e.getMessage());
    }

    /** Garbage where SQLite keeps its companions: what another program, or a crash of it, may leave. */
    private static void companions(Path file, List<String> suffixes) throws Exception {
        for (String suffix : suffixes) {
            Files.write(Path.of(file + suffix), ("不是日志 " + suffix + " ").repeat(60).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static int cli(String... args) {
        java.io.PrintStream quiet = new java.io.PrintStream(java.io.OutputStream.nullOutputStream());
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int code = cn.jixiao.cli.Cli.run(args, quiet, new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        PlainChinese.assertPlain(err.toString(java.nio.charset.StandardCharsets.UTF_8));
        return code;
    }

    /**
     * Issue 14 follow-up: a garbage -journal (or -wal, -shm) beside a file the program refuses was
     * changed or removed. Open, read, and the commands import, export, review and new, on foreign
     * and damaged files with companions: the file and every companion stay byte for byte.
     */
    @Test
    void aRefusedFileAndItsCompanionsAreNeverTouched() throws Exception {
        Path json = dir.resolve("unit.json");
        Files.writeString(json, cn.jixiao.exchange.UnitExchange.toJson(SyntheticUnit.generate(2, 3, 5)));
        java.util.Map<String, java.util.function.Consumer<Path>> kinds = new java.util.LinkedHashMap<>();
        kinds.put("WAL-mode database", f -> sql(f, "PRAGMA journal_mode=WAL", "CREATE TABLE contacts(name TEXT)", "INSERT INTO contacts VALUES('张三')"));
        kinds.put("other user_version", f -> sql(f, "CREATE TABLE t(a)", "PRAGMA user_version = 7"));
        kinds.put("a unit table of another shape", f -> sql(f, "CREATE TABLE unit(name TEXT, year INT)", "INSERT INTO unit VALUES('甲', 1)", "PRAGMA user_version = 1"));
        kinds.put("version-1 tables, a number for the name", f -> sql(f, "CREATE TABLE unit(id TEXT PRIMARY KEY, data TEXT NOT NULL)",
                "CREATE TABLE fiscal_year(year, data)", "CREATE TABLE project(id, year, position, data)",
                "CREATE TABLE indicator(id, owner, position, data)", "INSERT INTO unit VALUES('u', '{\"id\":\"u\",\"name\":5}')", "PRAGMA user_version = 1"));
        kinds.put("a text file", f -> write(f, "我的笔记".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        byte[] unit = readAll(unitFile("whole.jixiao"));
        kinds.put("a unit file with a page zeroed", f -> {
            byte[] whole = unit.clone();
            java.util.Arrays.fill(whole, 4096, 8192, (byte) 0);
            write(f, whole);
        });
        List<List<String>> sets = List.of(List.of("-journal"), List.of("-wal", "-shm"), List.of("-journal", "-wal", "-shm"));
        int n = 0;
        for (var kind : kinds.entrySet()) {
            for (List<String> set : sets) {
                for (String op : List.of("open", "read", "import", "export", "review", "new")) {
                    Path folder = Files.createDirectory(dir.resolve("case" + n++));
                    Path file = folder.resolve("u.jixiao");
                    kind.getValue().accept(file);
                    companions(file, set);
                    FileStates.Snapshot before = FileStates.Snapshot.of(file);
                    String what = kind.getKey() + " with " + set + ", " + op;
                    switch (op) {
                        case "open" -> PlainChinese.assertPlain(assertThrows(UnitFileException.class, () -> UnitFile.open(file).close(), what).getMessage());
                        case "read" -> PlainChinese.assertPlain(assertThrows(UnitFileException.class, () -> UnitFile.read(file), what).getMessage());
                        case "import" -> assertTrue(cli("import", file.toString(), json.toString()) != 0, what);
                        case "export" -> assertTrue(cli("export", file.toString(), "--format", "json", "--out", dir.toString()) != 0, what);
                        case "review" -> assertTrue(cli("review", file.toString()) != 0, what);
                        default -> assertTrue(cli("new", file.toString()) != 0, what);
                    }
                    try {
                        before.assertUnchanged();
                    } catch (AssertionError e) {
                        throw new AssertionError(what + ": " + e.getMessage(), e);
                    }
                }
            }
        }
    }

    /** Companions left where a new file is to be made: never played into it, never deleted; nothing is created. */
    @Test
    void companionsWithoutTheirFileAreLeftAloneAndNoFileIsMadeBesideThem() throws Exception {
        Path json = dir.resolve("unit.json");
        Files.writeString(json, cn.jixiao.exchange.UnitExchange.toJson(SyntheticUnit.generate(2, 3, 5)));
        int n = 0;
        for (String suffix : List.of("-journal", "-wal", "-shm")) {
            for (String op : List.of("create", "new", "import")) {
                Path folder = Files.createDirectory(dir.resolve("orphan" + n++));
                Path file = folder.resolve("u.jixiao");
                companions(file, List.of(suffix));
                FileStates.Snapshot before = FileStates.Snapshot.of(Path.of(file + suffix));
                switch (op) {
                    case "create" -> PlainChinese.assertPlain(assertThrows(UnitFileException.class, () -> UnitFile.create(file).close()).getMessage());
                    case "new" -> assertTrue(cli("new", file.toString()) != 0, suffix + " " + op);
                    default -> assertTrue(cli("import", file.toString(), json.toString()) != 0, suffix + " " + op);
                }
                before.assertUnchanged();
                assertFalse(Files.exists(file), suffix + " " + op + ": no file made beside it");
            }
        }
    }

    /** Our own file with another program's -wal and -shm beside it: read (export, review) from a copy; not opened for writing. */
    @Test
    void aUnitFileWithWalCompanionsIsReadButNotWritten() throws Exception {
        Path file = unitFile("ours.jixiao");
        companions(file, List.of("-wal", "-shm"));
        FileStates.Snapshot before = FileStates.Snapshot.of(file);
        assertEquals(4, UnitFile.read(file).years.get(0).projects.size());
        UnitFileException e = assertThrows(UnitFileException.class, () -> UnitFile.open(file).close());
        PlainChinese.assertPlain(e.getMessage());
        assertTrue(e.getMessage().contains("ours.jixiao-wal") && e.getMessage().contains("未作任何改动"), e.getMessage());
        before.assertUnchanged();
    }

    private static void sql(Path file, String... statements) {
        try {
            FileStates.exec(file, statements);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void damagedRowsThatPassQuickCheckAreReportedDamagedWithTheBackupsOffered() throws Exception {
        List<String[]> damage = List.of(
                new String[] {"UPDATE project SET data = '{\"name\": ' WHERE rowid = 1"},
                new String[] {"UPDATE project SET data = 42 WHERE rowid = 1"},
                new String[] {"UPDATE project SET data = '{\"name\": null}' WHERE rowid = 1"},
                new String[] {"UPDATE indicator SET data = '{\"weight\": {\"x\": 1}}' WHERE rowid = 2"},
                new String[] {"UPDATE fiscal_year SET data = '[]'"},
                new String[] {"PRAGMA foreign_keys=OFF", "UPDATE project SET year = 1999 WHERE rowid = 1"},
                new String[] {"DELETE FROM unit"},
                new String[] {"INSERT INTO unit VALUES('second', '{\"id\":\"second\",\"name\":\"另一个单位\"}')"});
        int n = 0;
        for (String[] sql : damage) {
            Path file = unitFile("damaged" + n++ + ".jixiao");
            FileStates.exec(file, sql);
            UnitFileException e = refused(file);
            assertTrue(e.getMessage().contains("已损坏") && e.getMessage().contains("备份"), sql[sql.length - 1] + " → " + e.getMessage());
            UnitFileException read = assertThrows(UnitFileException.class, () -> UnitFile.read(file));
            assertEquals(e.getMessage(), read.getMessage());
        }
    }

    @Test
    void failedOpensNeitherBackUpTheBrokenFileNorPruneTheGoodBackups() throws Exception {
        Path file = unitFile("单位.jixiao");
        Backups backups = new Backups(file);
        try (UnitFile f = UnitFile.open(file)) {
            for (int day = 1; day <= 12; day++) {
                backups.backUp(f, LocalDateTime.of(2025, 12, day, 9, 0));
            }
        }
        List<Backup> good = backups.list();
        FileStates.versionOne(dir.resolve("旧.jixiao"), SyntheticUnit.generate(1, 1, 1));
        // a version-1 file whose rows are damaged: the old code backed it up before migrating
        Path old = dir.resolve("单位.jixiao");
        Files.delete(old);
        FileStates.versionOne(old, SyntheticUnit.generate(3, 3, 3));
        FileStates.exec(old, "UPDATE project SET data = 'x' WHERE rowid = 1");
        for (int i = 0; i < 11; i++) {
            assertThrows(UnitFileException.class, () -> UnitFile.open(old).close());
        }
        assertEquals(good, backups.list(), "the twelve good backups are all still there, and nothing was added");
    }

    @Test
    void rotationKeepsTheNewestAndOnePerMonth() throws Exception {
        Path file = unitFile("单位.jixiao");
        Backups backups = new Backups(file);
        try (UnitFile f = UnitFile.open(file)) {
            for (int day = 1; day <= 25; day++) {
                backups.backUp(f, LocalDateTime.of(2025, 11, day, 9, 0));
            }
            for (int i = 0; i < 3; i++) {
                backups.backUp(f, LocalDateTime.of(2025, 12, 1, 9, i));
            }
        }
        List<Backup> kept = backups.list();
        assertEquals(LocalDateTime.of(2025, 12, 1, 9, 2), kept.get(0).madeAt(), "the newest stays");
        assertTrue(kept.stream().anyMatch(b -> b.madeAt().equals(LocalDateTime.of(2025, 11, 25, 9, 0))), "November's newest stays");
        try (var s = Files.list(backups.folder())) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "no half backups");
        }
    }

    @Test
    void aFolderAnEmptyFileAndAFileCutShortAreRefusedUnchanged() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("folder.jixiao"));
        UnitFileException e = assertThrows(UnitFileException.class, () -> UnitFile.open(folder));
        PlainChinese.assertPlain(e.getMessage());
        refused(Files.createFile(dir.resolve("empty.jixiao")));
        byte[] whole = Files.readAllBytes(unitFile("whole.jixiao"));
        Path cut = dir.resolve("cut.jixiao");
        for (int length : new int[] {1, 15, 16, 50, 99, 100, 101, 4095, 4096, 4097, whole.length / 2, whole.length - 4096, whole.length - 1}) {
            Files.write(cut, java.util.Arrays.copyOf(whole, length));
            refused(cut);
        }
    }

    @Test
    void aBrokenBackupIsNotRestoredAndAnEarlierDamagedCopyIsKept() throws Exception {
        Path file = unitFile("u.jixiao");
        Backups backups = new Backups(file);
        try (UnitFile f = UnitFile.open(file)) {
            backups.backUp(f, LocalDateTime.of(2026, 1, 5, 9, 0));
            backups.backUp(f, LocalDateTime.of(2026, 1, 6, 9, 0));
        }
        Path broken = backups.list().get(0).path();
        Files.write(broken, java.util.Arrays.copyOf(Files.readAllBytes(broken), 5000));
        FileStates.Snapshot before = FileStates.Snapshot.of(file);
        UnitFileException e = assertThrows(UnitFileException.class, () -> backups.restore(backups.list().get(0)));
        PlainChinese.assertPlain(e.getMessage());
        before.assertUnchanged();
        Files.writeString(dir.resolve("u.jixiao.damaged"), "an earlier damaged copy");
        backups.restore(backups.list().get(1));
        assertEquals("an earlier damaged copy", Files.readString(dir.resolve("u.jixiao.damaged")));
        assertTrue(Files.exists(dir.resolve("u.jixiao.damaged-2")));
        assertEquals(4, UnitFile.read(file).years.get(0).projects.size());
    }

    @Test
    void aSymbolicLinkOpensTheFileItPointsTo() throws Exception {
        Path file = unitFile("real.jixiao");
        Path link = Files.createSymbolicLink(dir.resolve("link.jixiao"), file);
        try (UnitFile f = UnitFile.open(link)) {
            Unit u = f.load();
            u.name = "经由链接修改";
            f.saveUnitInfo(u);
        }
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertEquals("经由链接修改", UnitFile.read(file).name);
    }

    @Test
    void aFileFromANewerProgramWithoutOurMarkIsNotOurs() throws Exception {
        Path file = dir.resolve("x.db");
        FileStates.exec(file, "CREATE TABLE unit(id TEXT PRIMARY KEY, data TEXT NOT NULL)", "PRAGMA user_version = 9");
        UnitFileException e = refused(file);
        assertTrue(e.getMessage().contains("不是绩效填报"), e.getMessage());
    }

    @Test
    void aCrashedFileIsRolledBackWhenOpenedAndOnlyInACopyWhenRead() throws Exception {
        Path file = unitFile("u.jixiao");
        Unit before = UnitFile.read(file);
        Path crashed = FileStates.crashedCopy(file, dir.resolve("crashed.jixiao"));
        FileStates.Snapshot snap = FileStates.Snapshot.of(crashed);
        Unit read = UnitFile.read(crashed);
        assertEquals(before.years.get(0).projects.get(1).indicators.get(2).name, read.years.get(0).projects.get(1).indicators.get(2).name);
        snap.assertUnchanged();
        try (UnitFile f = UnitFile.open(crashed)) {
            assertEquals(before.years.get(0).projects.size(), f.load().years.get(0).projects.size());
        }
        assertFalse(Files.exists(Path.of(crashed + "-journal")), "the journal was rolled back into the file");
    }

    @Test
    void backupsIntoAPlaceThatCannotBeWrittenSaySo() throws Exception {
        Path file = unitFile("u.jixiao");
        Files.writeString(dir.resolve("backups"), "a file where the folder should be");
        try (UnitFile f = UnitFile.open(file)) {
            UnitFileException e = assertThrows(UnitFileException.class, () -> new Backups(file).backUp(f, LocalDateTime.now()));
            PlainChinese.assertPlain(e.getMessage());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 1");
            s.execute("DROP TABLE file_info");
        }
        FileStates.Snapshot snap = FileStates.Snapshot.of(file);
        UnitFileException e = assertThrows(UnitFileException.class, () -> UnitFile.open(file).close());
        PlainChinese.assertPlain(e.getMessage());
        snap.assertUnchanged();
    }
}
