package cn.jixiao.cli;

import cn.jixiao.PlainChinese;
import cn.jixiao.domain.Unit;
import cn.jixiao.exchange.UnitExchange;
import cn.jixiao.sample.SyntheticUnit;
import cn.jixiao.store.FileStates;
import cn.jixiao.store.UnitFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 14 through the command line: items 1, 5, 6, 11 (files and folders) and 12. */
class CliSafetyTest {
    @TempDir
    Path dir;

    /** One run of the command line: exit code, standard output and standard error. */
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path document(String name, Unit unit) throws Exception {
        Path json = dir.resolve(name);
        Files.writeString(json, UnitExchange.toJson(unit), StandardCharsets.UTF_8);
        return json;
    }

    private static Unit named(String name, int projects) {
        Unit u = SyntheticUnit.generate(projects, 4, projects);
        u.name = name;
        return u;
    }

    @Test
    void twoCommandsCreatingOneFileNeverDeleteWhatTheOtherSaved() throws Exception {
        Path a = document("a.json", named("衡阳市人民政府办公室", 3));
        Path b = document("b.json", named("怀远县人民政府办公室", 2));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 13; round++) {
                Path file = dir.resolve("race" + round + ".jixiao");
                CountDownLatch start = new CountDownLatch(1);
                List<String[]> commands = round % 2 == 0
                        ? List.of(new String[] {"import", file.toString(), a.toString()}, new String[] {"import", file.toString(), b.toString()})
                        : List.of(new String[] {"new", file.toString(), "--name", "新建单位"}, new String[] {"import", file.toString(), b.toString()});
                List<Future<Run>> runs = new java.util.ArrayList<>();
                for (String[] c : commands) {
                    Callable<Run> task = () -> {
                        start.await();
                        return run(c);
                    };
                    runs.add(pool.submit(task));
                }
                start.countDown();
                for (Future<Run> f : runs) {
                    Run r = f.get();
                    if (r.code() == 0) {
                        assertTrue(Files.exists(file), "round " + round + ": a command reported " + file + " saved, and it is there");
                        Unit stored = UnitFile.read(file);
                        assertTrue(List.of("衡阳市人民政府办公室", "怀远县人民政府办公室", "新建单位").contains(stored.name));
                    } else {
                        PlainChinese.assertPlain(r.err());
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void importIntoAFileThatIsNotOursLeavesItAlone() throws Exception {
        Path json = document("a.json", named("衡阳市人民政府办公室", 2));
        Path other = dir.resolve("notes.jixiao");
        Files.writeString(other, "我的笔记");
        Run r = run("import", other.toString(), json.toString());
        assertNotEquals(0, r.code());
        PlainChinese.assertPlain(r.err());
        assertEquals("我的笔记", Files.readString(other));
    }

    @Test
    void newThenImportFillsTheEmptyUnitNewMade() throws Exception {
        Path file = dir.resolve("u.jixiao");
        assertEquals(0, run("new", file.toString(), "--name", "临时名称").code());
        Path json = document("a.json", named("衡阳市人民政府办公室", 3));
        Run r = run("import", file.toString(), json.toString());
        assertEquals(0, r.code(), r.err());
        Unit u = UnitFile.read(file);
        assertEquals("衡阳市人民政府办公室", u.name);
        assertEquals(3, u.years.get(0).projects.size());
        Run again = run("import", file.toString(), json.toString());
        assertEquals(1, again.code(), "a unit with data is not overwritten");
        assertTrue(again.err().contains("已有单位数据"), again.err());
    }

    @Test
    void anUnknownCommandIsAnErrorListingTheCommandsNotTheWindow() {
        String[] typo = {"exprot", "单位.jixiao", "--format", "json"};
        assertTrue(CommandNames.isCommand(typo), "the launcher hands it to the command line, not the window");
        Run r = run(typo);
        assertEquals(2, r.code());
        assertTrue(r.err().contains("未知命令") && r.err().contains("export") && r.err().contains("import"), r.err());
        assertFalse(CommandNames.isCommand(new String[] {"单位.jixiao"}), "a unit file still opens the window");
        assertFalse(CommandNames.isCommand(new String[] {"--sample"}), "an option still opens the window");
    }

    @Test
    void anOptionBeforeTheCommandIsAnErrorNotTheWindow() {
        String[] misplaced = {"--year", "2022", "review", "单位.jixiao"};
        assertTrue(CommandNames.isCommand(misplaced), "without a display this printed a JavaFX stack trace");
        Run r = run(misplaced);
        assertEquals(2, r.code());
        PlainChinese.assertPlain(r.err());
        assertTrue(r.err().contains("--year") && r.err().contains("review"), r.err());
        assertFalse(CommandNames.isCommand(new String[] {"--sample", "单位.jixiao"}), "the window's options still open it");
    }

    /** Issue 14 follow-up: `review x --bogus` said "缺少取值"; every command names the unknown option and lists its own. */
    @Test
    void everyCommandRefusesAnUnknownOptionByNameAndListsItsOwn() {
        for (Command c : Cli.COMMANDS) {
            for (String[] extra : List.of(new String[] {"--bogus"}, new String[] {"--bogus=1"}, new String[] {"--bogus", "x"})) {
                List<String> words = new java.util.ArrayList<>(List.of(c.name(), "单位.jixiao"));
                words.addAll(List.of(extra));
                Run r = run(words.toArray(String[]::new));
                assertEquals(2, r.code(), c.name() + " " + r.err());
                PlainChinese.assertPlain(r.err());
                assertTrue(r.err().contains("--bogus") && !r.err().contains("缺少取值"), c.name() + ": " + r.err());
                for (String own : c.options()) {
                    assertTrue(r.err().contains("--" + own), c.name() + " lists --" + own + ": " + r.err());
                }
                for (String own : c.flags()) {
                    assertTrue(r.err().contains("--" + own), c.name() + " lists --" + own + ": " + r.err());
                }
            }
        }
    }

    @Test
    void anOptionsValueMistakesAreNamed() throws Exception {
        Path file = dir.resolve("u.jixiao");
        assertEquals(0, run("new", file.toString(), "--name", "怀远县人民政府办公室").code());
        record Case(String[] args, String says) {
        }
        for (Case c : List.of(
                new Case(new String[] {"review", file.toString(), "--year"}, "--year 缺少取值"),
                new Case(new String[] {"review", file.toString(), "--year", "--json"}, "--year 缺少取值"),
                new Case(new String[] {"review", file.toString(), "--json=yes"}, "--json 不带取值"),
                new Case(new String[] {"review", file.toString(), "--year", "2022", "--year", "2023"}, "--year 给了两次"),
                new Case(new String[] {"review", file.toString(), "other.jixiao"}, "多余的参数：other.jixiao"),
                new Case(new String[] {"new", file.toString(), "second.jixiao"}, "多余的参数：second.jixiao"),
                new Case(new String[] {"import", file.toString(), "a.json", "b.json"}, "多余的参数：b.json"),
                new Case(new String[] {"benchmark", "300"}, "多余的参数：300"))) {
            Run r = run(c.args());
            assertEquals(2, r.code(), String.join(" ", c.args()) + " → " + r.err());
            PlainChinese.assertPlain(r.err());
            assertTrue(r.err().contains(c.says()), r.err());
        }
    }

    /** Found hunting issue 14's kinds: a NUL in a path gave the internal-error message; --year without --form was silently ignored. */
    @Test
    void aPathThatCannotBeAFileNameAndFormOptionsWithoutAFormAreSaid() throws Exception {
        for (String[] args : List.of(new String[] {"review", "单位\0.jixiao"}, new String[] {"new", "单位\0.jixiao"},
                new String[] {"import", "u.jixiao", "单位\0.json"}, new String[] {"export", "u.jixiao", "--out", "导出\0"})) {
            Run r = run(args);
            assertEquals(2, r.code(), r.err());
            PlainChinese.assertPlain(r.err());
            assertTrue(r.err().contains("不能用于文件名的字符"), r.err());
        }
        Path file = dir.resolve("u.jixiao");
        assertEquals(0, run("new", file.toString(), "--name", "怀远县人民政府办公室").code());
        Run r = run("export", file.toString(), "--year", "2024", "--format", "json", "--out", dir.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("--year") && r.err().contains("--form"), r.err());
        assertFalse(Files.exists(dir.resolve("u.json")), "nothing written on a mistaken command line");
        Run device = run("import", dir.resolve("v.jixiao").toString(), "/dev/zero");
        assertEquals(1, device.code(), device.err());
        assertTrue(device.err().contains("不是普通文件"), "was: 找不到 JSON 文档 — " + device.err());
        Path folder = Files.createDirectory(dir.resolve("文件夹.jixiao"));
        Run export = run("export", folder.toString(), "--format", "json", "--out", dir.toString());
        assertEquals(1, export.code(), export.err());
        assertTrue(export.err().contains("文件夹"), "was: 找不到单位文件 — " + export.err());
    }

    /** Issue 14 follow-up: `benchmark --projects -1` named no field; every number option says which option and what range. */
    @Test
    void aNumberOptionOutOfRangeNamesTheOptionAndTheRange() throws Exception {
        Path file = dir.resolve("u.jixiao");
        assertEquals(0, run("new", file.toString(), "--name", "怀远县人民政府办公室").code());
        for (String v : List.of("-1", "0", "abc", "1.5", "", "99999999999", "10001", "1e3")) {
            for (String option : List.of("projects", "indicators", "edits")) {
                // each past its own top (10,000 projects, 200 indicators, 100,000 edits), never a run by mistake
                Run r = run("benchmark", "--" + option, option.equals("edits") && v.equals("10001") ? "100001" : v);
                assertEquals(2, r.code(), option + " " + v + " → " + r.err());
                PlainChinese.assertPlain(r.err());
                assertTrue(r.err().contains("--" + option) && r.err().contains("之间的整数"), r.err());
            }
            for (String[] args : List.of(new String[] {"benchmark", "--documents", "--sizes", "75," + v},
                    new String[] {"benchmark", "--documents", "--rounds", v}, new String[] {"benchmark", "--monitoring", "--repeats", v})) {
                Run r = run(args);
                assertEquals(2, r.code(), String.join(" ", args) + " → " + r.err());
                assertTrue(r.err().contains(args[2]) && r.err().contains("之间的整数"), r.err());
            }
        }
        Run projects = run("benchmark", "--projects", "-1");
        assertTrue(projects.err().contains("1—10000"), projects.err());
        for (String v : List.of("1999", "99999", "abc", "-2022")) {
            Run r = run("review", file.toString(), "--year", v);
            assertEquals(2, r.code(), r.err());
            assertTrue(r.err().contains("--year") && r.err().contains("2000—2100"), r.err());
            Run export = run("export", file.toString(), "--year", v, "--form", "declaration", "--format", "xlsx", "--out", dir.toString());
            assertTrue(export.err().contains("--year") && export.err().contains("2000—2100"), export.err());
        }
        Run period = run("export", file.toString(), "--year", "2024", "--form", "monitoring", "--period", "13", "--format", "xlsx");
        assertTrue(period.err().contains("--period") && period.err().contains("1—12"), period.err());
        Run formats = run("benchmark", "--documents", "--formats", "rtf");
        assertEquals(2, formats.code());
        assertTrue(formats.err().contains("--formats"), formats.err());
    }

    @Test
    void anOutputFolderThatIsAFileIsNamedAsSuch() throws Exception {
        Path json = document("单位.json", named("衡阳市人民政府办公室", 2));
        Path file = dir.resolve("单位.jixiao");
        assertEquals(0, run("import", file.toString(), json.toString()).code());
        Path notAFolder = Files.writeString(dir.resolve("导出"), "一个文件");
        for (String[] export : List.of(new String[] {"export", file.toString(), "--format", "json", "--out", notAFolder.toString()},
                new String[] {"export", file.toString(), "--year", "2022", "--form", "declaration", "--format", "xlsx", "--out", notAFolder.toString()})) {
            Run r = run(export);
            assertEquals(2, r.code(), r.err());
            PlainChinese.assertPlain(r.err());
            assertTrue(r.err().contains("--out") && r.err().contains("不是文件夹") && r.err().contains(notAFolder.toString()),
                    "was: 已存在同名的文件，不会覆盖：导出/单位.json — " + r.err());
            assertEquals("一个文件", Files.readString(notAFolder));
        }
    }

    @Test
    void exportOfAnOldVersionFileWritesNothingToItOrBesideIt() throws Exception {
        Path file = FileStates.versionOne(dir.resolve("data").resolve("旧版本.jixiao"), named("湘阴县人民政府办公室", 3));
        FileStates.Snapshot before = FileStates.Snapshot.of(file);
        Path out = Files.createDirectory(dir.resolve("out"));
        Run r = run("export", file.toString(), "--format", "json", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        before.assertUnchanged();
        assertTrue(Files.readString(out.resolve("旧版本.json")).contains("湘阴县人民政府办公室"));
        Run review = run("review", file.toString());
        assertTrue(review.code() == 0 || review.code() == 1, review.err());
        before.assertUnchanged();
    }

    @Test
    void exportOfAFileACrashLeftWithItsJournalWritesNothingToIt() throws Exception {
        Path good = dir.resolve("good.jixiao");
        try (UnitFile f = UnitFile.create(good)) {
            f.importUnit(named("衡阳市人民政府办公室", 3));
        }
        Path crashed = FileStates.crashedCopy(good, Files.createDirectory(dir.resolve("crash")).resolve("u.jixiao"));
        FileStates.Snapshot before = FileStates.Snapshot.of(crashed);
        Run r = run("export", crashed.toString(), "--format", "json", "--out", dir.toString());
        assertEquals(0, r.code(), r.err());
        before.assertUnchanged();
        assertTrue(Files.readString(dir.resolve("u.json")).contains("衡阳市人民政府办公室"));
    }

    @Test
    void anExportIntoAPlaceThatCannotTakeItSaysSoInChinese() throws Exception {
        Path file = dir.resolve("u.jixiao");
        assertEquals(0, run("new", file.toString(), "--name", "怀远县人民政府办公室").code());
        Path notAFolder = Files.writeString(dir.resolve("out.txt"), "x");
        String longName = "很长的文件夹名".repeat(60);
        for (String out : List.of(notAFolder.toString(), dir.resolve(longName).toString(), notAFolder.resolve("sub").toString())) {
            Run r = run("export", file.toString(), "--format", "json", "--out", out);
            assertNotEquals(0, r.code());
            PlainChinese.assertPlain(r.err());
        }
        Run tooLong = run("export", file.toString(), "--format", "json", "--out", dir.resolve(longName).toString());
        assertTrue(tooLong.err().contains("过长"), tooLong.err());
    }

    /**
     * A real full disk: a 64 KB tmpfs holding a good export; a bigger export must fail with
     * "磁盘已满" and leave the good one as it was, with nothing else behind.
     */
    @Test
    void onAFullDiskTheOldExportStaysWhole() throws Exception {
        Path mount = Files.createDirectory(dir.resolve("small-disk"));
        Assumptions.assumeTrue(mountTmpfs(mount), "needs root to mount a small tmpfs");
        try {
            Path small = dir.resolve("small.jixiao");
            try (UnitFile f = UnitFile.create(small)) {
                f.importUnit(named("怀远县人民政府办公室", 2));
            }
            Path big = Files.createDirectory(dir.resolve("big")).resolve("small.jixiao");
            try (UnitFile f = UnitFile.create(big)) {
                f.importUnit(named("怀远县人民政府办公室", 60));
            }
            assertEquals(0, run("export", small.toString(), "--format", "json", "--out", mount.toString()).code());
            Path export = mount.resolve("small.json");
            byte[] good = Files.readAllBytes(export);
            Run r = run("export", big.toString(), "--format", "json", "--out", mount.toString());
            assertNotEquals(0, r.code());
            PlainChinese.assertPlain(r.err());
            assertTrue(r.err().contains("磁盘已满"), r.err());
            assertTrue(java.util.Arrays.equals(good, Files.readAllBytes(export)), "the old export is whole");
            try (Stream<Path> s = Files.list(mount)) {
                assertEquals(List.of("small.json"), s.map(p -> p.getFileName().toString()).toList(), "nothing left behind");
            }
        } finally {
            new ProcessBuilder("umount", mount.toString()).inheritIO().start().waitFor();
        }
    }

    /** A text Excel cannot hold in one cell: the export still succeeds, cut with a visible mark, and says so in plain Chinese. */
    @Test
    void aTextTooLongForAnExcelCellIsCutAndSaid() throws Exception {
        Unit u = cn.jixiao.sample.Samples.load("hengyang-office");
        u.years.get(0).projects.get(0).indicators.get(0).name = "长".repeat(33_000);
        Path file = dir.resolve("u.jixiao");
        UnitFile.createWith(file, u).close();
        Path out = Files.createDirectory(dir.resolve("out"));
        Run r = run("export", file.toString(), "--format", "xlsx", "--year", String.valueOf(u.years.get(0).year),
                "--form", "declaration", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        PlainChinese.assertPlain(r.err());
        assertTrue(r.err().contains("32767"), r.err());
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(1, s.count(), "the workbook is written");
        }
    }

    /** A read-only medium (a CD, a write-protected stick): an old-version file on it is still read and exported. */
    @Test
    void anOldFileOnAReadOnlyMediumIsReadAndExported() throws Exception {
        Path source = Files.createDirectory(dir.resolve("source"));
        FileStates.versionOne(source.resolve("旧.jixiao"), named("湘阴县人民政府办公室", 3));
        Path medium = Files.createDirectory(dir.resolve("medium"));
        Assumptions.assumeTrue(mount(List.of("--bind", source.toString(), medium.toString()))
                && mount(List.of("-o", "remount,bind,ro", medium.toString())), "needs root to mount a read-only copy");
        try {
            Path file = medium.resolve("旧.jixiao");
            assertFalse(Files.isWritable(medium) && canCreate(medium), "the medium is read-only");
            Path out = Files.createDirectory(dir.resolve("out"));
            Run export = run("export", file.toString(), "--format", "json", "--out", out.toString());
            assertEquals(0, export.code(), export.err());
            assertTrue(Files.readString(out.resolve("旧.json")).contains("湘阴县人民政府办公室"));
            Run review = run("review", file.toString());
            assertTrue(review.code() == 0 || review.code() == 1, review.err());
            Run into = run("export", file.toString(), "--format", "json", "--out", medium.toString());
            assertNotEquals(0, into.code());
            PlainChinese.assertPlain(into.err());
        } finally {
            new ProcessBuilder("umount", medium.toString()).inheritIO().start().waitFor();
        }
    }

    private static boolean canCreate(Path folder) {
        try {
            Files.delete(Files.createTempFile(folder, "probe", ".tmp"));
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static boolean mount(List<String> args) {
        try {
            List<String> cmd = new java.util.ArrayList<>(List.of("mount"));
            cmd.addAll(args);
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    static boolean mountTmpfs(Path at) {
        try {
            Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", at.toString())
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
