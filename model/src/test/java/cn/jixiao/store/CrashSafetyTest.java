package cn.jixiao.store;

import cn.jixiao.files.Backup;
import cn.jixiao.PlainChinese;
import cn.jixiao.cli.Cli;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.exchange.UnitExchange;
import cn.jixiao.sample.SyntheticUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * What the clerk relies on: a program killed at any moment — mid-edit, mid-import, mid-save of the
 * project list, mid-migration and its backup — loses nothing it reported saved and leaves no half
 * change; the file and journal as a crash leaves them (copied while the program is frozen, as
 * power loss would find them) open to the same; and two programs never write one file.
 *
 * <p>Kill points are random; the seed is printed, and {@code -Djixiao.crash.seed=N} repeats a run.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class CrashSafetyTest {
    static final long SEED = Long.getLong("jixiao.crash.seed", System.nanoTime());

    static {
        System.out.println("CrashSafetyTest seed " + SEED + " (repeat with -Djixiao.crash.seed=" + SEED + ")");
    }

    @TempDir
    Path dir;

    private final Random random = new Random(SEED);

    // ---------------------------------------------------------------- edits and project-list saves

    @Test
    void killedAtRandomMomentsEveryReportedChangeSurvives() throws Exception {
        Path file = dir.resolve("crash.jixiao");
        try (UnitFile f = UnitFile.create(file)) {
            f.importUnit(SyntheticUnit.generate(3, 20, 1));
        }
        State state = State.of(UnitFile.read(file));
        int reported = 0;
        for (int round = 0; round < 4; round++) {
            // numbers unique across rounds: a lost edit can never hide behind an older, bigger number
            Child child = Child.start(CrashChild.class, "edit", file.toString(), String.valueOf(round * 100_000L), "100000",
                    String.valueOf(random.nextLong()));
            int killAfter = 5 + random.nextInt(300);
            child.await(lines -> committed(lines) >= killAfter, 60);
            Thread.sleep(random.nextInt(4));
            List<String> lines = child.kill();
            reported += committed(lines);
            Path crashed = crashCopy(file, "round" + round);
            state = check(state, lines, crashed, "round " + round + " (the crash as it lay on disk)");
            assertEquals(state, State.of(UnitFile.read(file)), "round " + round);
        }
        assertTrue(reported > 50, "the children reported changes before they were killed: " + reported);
        try (UnitFile f = UnitFile.open(file)) {
            assertEquals(state, State.of(f.load()));
        }
    }

    @Test
    void theFileAsPowerLossWouldLeaveItHoldsEveryReportedChange() throws Exception {
        Assumptions.assumeTrue(System.getProperty("os.name").toLowerCase().contains("linux"), "freezes the child with kill -STOP");
        Path file = dir.resolve("power.jixiao");
        try (UnitFile f = UnitFile.create(file)) {
            f.importUnit(SyntheticUnit.generate(3, 20, 2));
        }
        State start = State.of(UnitFile.read(file));
        Child child = Child.start(CrashChild.class, "edit", file.toString(), "500000", "100000", String.valueOf(random.nextLong()));
        child.await(lines -> committed(lines) >= 3, 60);
        for (int i = 0; i < 12; i++) {
            Thread.sleep(random.nextInt(40));
            List<String> lines = child.freeze();
            Path crashed = crashCopy(file, "power" + i);
            child.resume();
            check(start, lines, crashed, "power loss " + i + " after " + committed(lines) + " changes");
        }
        child.kill();
    }

    /** Applies the committed changes to the state before; the stored state is that, or that plus the one in flight. */
    private static State check(State before, List<String> lines, Path file, String when) throws Exception {
        Unit stored;
        try {
            stored = UnitFile.read(file);
        } catch (UnitFileException e) {
            throw new AssertionError(when + ": the file does not open: " + e.getMessage(), e);
        }
        integrityOk(file, when);
        State done = before.copy();
        String inFlight = null;
        for (String line : lines) {
            if (line.startsWith("begin ")) {
                inFlight = line.substring(6);
            } else if (line.startsWith("committed ")) {
                done.apply(line.substring(10));
                inFlight = null;
            }
        }
        State observed = State.of(stored);
        if (observed.equals(done)) {
            return observed;
        }
        if (inFlight != null) {
            State withInFlight = done.copy();
            withInFlight.apply(inFlight);
            if (observed.equals(withInFlight)) {
                return observed;
            }
        }
        fail(when + ": stored state is neither what was reported committed nor that plus the change in flight ("
                + inFlight + ").\nreported: " + done.diff(observed));
        return observed;
    }

    /** The edited project's 实际完成值 by indicator id, and the year's projects. */
    record State(Map<String, String> actuals, Set<String> projects) {
        static State of(Unit u) {
            Map<String, String> actuals = new HashMap<>();
            Project edited = u.years.get(0).projects.get(0);
            for (Indicator i : edited.indicators) {
                actuals.put(i.id, i.selfEvaluation.actual);
            }
            Set<String> projects = new LinkedHashSet<>();
            u.years.get(0).projects.forEach(p -> projects.add(p.id));
            return new State(actuals, new java.util.TreeSet<>(projects));
        }

        State copy() {
            return new State(new HashMap<>(actuals), new java.util.TreeSet<>(projects));
        }

        void apply(String op) {
            String[] w = op.split(" ", 3);
            switch (w[0]) {
                case "ind" -> actuals.put(w[1], w[2]);
                case "add" -> projects.add(w[1]);
                case "del" -> projects.remove(w[1]);
                default -> throw new IllegalStateException(op);
            }
        }

        String diff(State stored) {
            List<String> out = new ArrayList<>();
            actuals.forEach((id, v) -> {
                if (!v.equals(stored.actuals.get(id))) {
                    out.add(id + " reported " + v + ", stored " + stored.actuals.get(id));
                }
            });
            if (!projects.equals(stored.projects)) {
                out.add("projects reported " + projects + ", stored " + stored.projects);
            }
            return String.join("\n", out);
        }
    }

    // ---------------------------------------------------------------- import

    @Test
    void killedDuringImportTheFileIsWholeOrHoldsNoUnit() throws Exception {
        Unit unit = SyntheticUnit.generate(300, 20, 3);
        Path json = dir.resolve("unit.json");
        UnitExchange.write(unit, json);
        Path timing = dir.resolve("timing.jixiao");
        Child first = Child.start(CrashChild.class, "import", timing.toString(), json.toString());
        first.await(lines -> lines.contains("begin import"), 60);
        long t0 = System.nanoTime();
        first.await(lines -> lines.contains("committed import"), 120);
        int importMs = (int) Math.max(5, (System.nanoTime() - t0) / 1_000_000);
        assertWhole(timing, unit, "an import left alone");
        for (int round = 0; round < 4; round++) {
            Path file = dir.resolve("import" + round + ".jixiao");
            Child child = Child.start(CrashChild.class, "import", file.toString(), json.toString());
            child.await(lines -> lines.contains("begin import"), 60);
            Thread.sleep(random.nextInt(importMs + 5));
            List<String> lines = child.kill();
            Path crashed = Files.exists(file) ? crashCopy(file, "import" + round) : null;
            if (lines.contains("committed import")) {
                assertWhole(file, unit, "import reported done, round " + round);
            } else {
                assertWholeOrNoUnit(file, unit, "import killed, round " + round);
            }
            if (crashed != null) {
                assertWholeOrNoUnit(crashed, unit, "the crash of import round " + round + " as it lay on disk");
            }
        }
        if (System.getProperty("os.name").toLowerCase().contains("linux")) {
            Path file = dir.resolve("frozen.jixiao");
            Child child = Child.start(CrashChild.class, "import", file.toString(), json.toString());
            child.await(lines -> lines.contains("begin import"), 60);
            // frozen at random moments all through the import: every copy is a state a power cut could leave
            Set<String> seen = new java.util.HashSet<>();
            for (int i = 0; i < 40 && child.alive() && !child.lines().contains("committed import"); i++) {
                Thread.sleep(random.nextInt(importMs / 20 + 2));
                List<String> lines = child.freeze();
                Path crashed = Files.exists(file) ? crashCopy(file, "frozen" + i) : null;
                child.resume();
                if (crashed != null && seen.add(digest(crashed))) {
                    if (lines.contains("committed import")) {
                        assertWhole(crashed, unit, "power loss after the import was reported");
                    } else {
                        assertWholeOrNoUnit(crashed, unit, "power loss during the import, " + i);
                    }
                }
            }
            child.kill();
        }
    }

    private static void assertWhole(Path file, Unit unit, String when) {
        Unit stored = UnitFile.read(file);
        assertEquals(unit.years.size(), stored.years.size(), when + ": every year");
        assertEquals(unit.years.get(0).projects.size(), stored.years.get(0).projects.size(), when);
        assertEquals(unit.years.get(0).projects.stream().mapToInt(p -> p.indicators.size()).sum(),
                stored.years.get(0).projects.stream().mapToInt(p -> p.indicators.size()).sum(), when);
    }

    /** All of the unit, or none of it (a file just made, or not yet a database): never a part. */
    private static void assertWholeOrNoUnit(Path file, Unit unit, String when) throws Exception {
        try {
            assertWhole(file, unit, when);
        } catch (UnitFileException e) {
            PlainChinese.assertPlain(e.getMessage());
            assertFalse(e.getMessage().contains("损坏"), when + ": " + e.getMessage());
            // killed before the file was made: no file holds no unit
            if (Files.exists(file) && Files.size(file) > 0) {
                integrityOk(file, when);
            }
        }
    }

    // ---------------------------------------------------------------- migration and its backup

    @Test
    void killedDuringMigrationTheFileAndEveryBackupOpenWhole() throws Exception {
        Unit unit = SyntheticUnit.generate(120, 20, 4);
        Path old = FileStates.versionOne(Files.createDirectory(dir.resolve("original")).resolve("旧.jixiao"), unit);
        Path timingDir = Files.createDirectory(dir.resolve("timing"));
        Path timing = Files.copy(old, timingDir.resolve("旧.jixiao"));
        Child first = Child.start(CrashChild.class, "open", timing.toString());
        first.await(lines -> lines.contains("begin open"), 60);
        long t0 = System.nanoTime();
        first.await(lines -> lines.contains("committed open"), 120);
        int openMs = (int) Math.max(5, (System.nanoTime() - t0) / 1_000_000);
        for (int round = 0; round < 3; round++) {
            Path folder = Files.createDirectory(dir.resolve("m" + round));
            Path file = Files.copy(old, folder.resolve("旧.jixiao"));
            Child child = Child.start(CrashChild.class, "open", file.toString());
            child.await(lines -> lines.contains("begin open"), 60);
            Thread.sleep(random.nextInt(openMs + 5));
            child.kill();
            Path crashed = crashCopy(file, "migration" + round);
            assertWhole(crashed, unit, "the crash of migration round " + round + " as it lay on disk");
            assertWhole(file, unit, "migration killed, round " + round);
            for (Backup b : new Backups(file).list()) {
                assertWhole(b.path(), unit, "backup " + b.path().getFileName() + ", round " + round);
            }
            try (UnitFile f = UnitFile.open(file)) {
                assertEquals(Migrations.CURRENT, f.schemaVersion());
            }
        }
    }

    // ---------------------------------------------------------------- a second program

    @Test
    void aSecondProgramCannotWriteAFileThatIsOpen() throws Exception {
        Path file = dir.resolve("shared.jixiao");
        Path json = dir.resolve("other.json");
        UnitExchange.write(SyntheticUnit.generate(2, 5, 9), json);
        try (UnitFile f = UnitFile.create(file)) {
            f.importUnit(SyntheticUnit.generate(2, 5, 3));
            Child second = Child.start(Cli.class, "import", file.toString(), json.toString());
            int code = second.exitCode(60);
            assertEquals(1, code, "the second program's import is refused");
            String said = String.join("\n", second.lines());
            assertTrue(said.contains("正在被另一个绩效填报窗口使用"), said);
            Child reader = Child.start(Cli.class, "export", file.toString(), "--format", "json", "--out",
                    Files.createDirectory(dir.resolve("out")).toString());
            assertEquals(0, reader.exitCode(60), "reading what is saved is allowed: " + reader.lines());
            // this program keeps writing
            Unit u = f.load();
            u.name = "改名后的单位";
            f.saveUnitInfo(u);
        }
        try (UnitFile f = UnitFile.open(file)) {
            assertEquals("改名后的单位", f.load().name);
            assertEquals(2, f.load().years.get(0).projects.size());
        }
    }

    // ---------------------------------------------------------------- helpers

    /** The bytes of the file and its journal, to check each distinct crash state once. */
    private static String digest(Path file) throws Exception {
        java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
        md.update(Files.readAllBytes(file));
        Path journal = Path.of(file + "-journal");
        if (Files.exists(journal)) {
            md.update(Files.readAllBytes(journal));
        }
        return java.util.HexFormat.of().formatHex(md.digest());
    }

    private static int committed(List<String> lines) {
        return (int) lines.stream().filter(l -> l.startsWith("committed ")).count();
    }

    /** The file and its journal copied, as the crash left them, before anything opens (and rolls back) the original. */
    private Path crashCopy(Path file, String name) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("crashes").resolve(name));
        Path copy = folder.resolve(file.getFileName());
        Path journal = Path.of(file + "-journal");
        boolean hadJournal = Files.exists(journal);
        Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
        if (hadJournal) {
            try {
                Files.copy(journal, Path.of(copy + "-journal"), StandardCopyOption.REPLACE_EXISTING);
            } catch (java.nio.file.NoSuchFileException gone) {
                // the journal went between the two copies: the transaction ended before the freeze
            }
        }
        return copy;
    }

    private static void integrityOk(Path file, String when) throws Exception {
        Path tmp = Files.createTempDirectory("integrity");
        Path copy = tmp.resolve("c.jixiao");
        Files.copy(file, copy);
        if (Files.exists(Path.of(file + "-journal"))) {
            Files.copy(Path.of(file + "-journal"), Path.of(copy + "-journal"));
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + copy);
             java.sql.Statement s = c.createStatement(); java.sql.ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
            r.next();
            assertEquals("ok", r.getString(1), when);
        } finally {
            try (var all = Files.walk(tmp)) {
                for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** A child JVM whose printed lines are collected as they come. */
    static final class Child {
        private final Process process;
        private final List<String> lines = new ArrayList<>();
        private final Thread reader;

        private Child(Process process) {
            this.process = process;
            this.reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        synchronized (lines) {
                            lines.add(line);
                            lines.notifyAll();
                        }
                    }
                } catch (IOException ignored) {
                    // the child was killed
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        static Child start(Class<?> main, String... args) throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> cmd = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), main.getName()));
            cmd.addAll(List.of(args));
            return new Child(new ProcessBuilder(cmd).redirectErrorStream(true).start());
        }

        List<String> lines() {
            synchronized (lines) {
                return new ArrayList<>(lines);
            }
        }

        boolean alive() {
            return process.isAlive();
        }

        void await(Predicate<List<String>> condition, int seconds) throws InterruptedException {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            synchronized (lines) {
                while (!condition.test(lines)) {
                    long left = end - System.nanoTime();
                    if (left <= 0 || (!process.isAlive() && !reader.isAlive())) {
                        fail("the child did not get there: " + lines);
                    }
                    lines.wait(Math.max(1, Math.min(50, TimeUnit.NANOSECONDS.toMillis(left))));
                }
            }
        }

        /** SIGKILL: no shutdown hooks, no close; then every line it printed. */
        List<String> kill() throws Exception {
            if (System.getProperty("os.name").toLowerCase().contains("linux")) {
                // SIGKILL by hand: Process#destroyForcibly also closes our end of the child's output,
                // and the lines still in the pipe (the reader lagging on a loaded machine) were lost,
                // so a change the child had reported looked like a phantom write
                signal("-KILL");
            } else {
                process.destroyForcibly();
            }
            assertTrue(process.waitFor(30, TimeUnit.SECONDS));
            drained();
            return lines();
        }

        /**
         * Waits until every line the dead child printed has been read: a reader cut short by a
         * timeout on a loaded machine would drop the last reports and make a file that holds more
         * than was "reported" look like a phantom write.
         */
        private void drained() throws InterruptedException {
            reader.join(120_000);
            assertFalse(reader.isAlive(), "the child's output was read to its end");
        }

        int exitCode(int seconds) throws Exception {
            assertTrue(process.waitFor(seconds, TimeUnit.SECONDS), "the child ends");
            drained();
            return process.exitValue();
        }

        /** Freezes the child (SIGSTOP) and returns every line it printed before. */
        List<String> freeze() throws Exception {
            signal("-STOP");
            // what was printed before the freeze is in the pipe: read it all
            int quiet = 0;
            int seen = lines().size();
            while (quiet < 3) {
                Thread.sleep(5);
                int now = lines().size();
                quiet = now == seen ? quiet + 1 : 0;
                seen = now;
            }
            return lines();
        }

        void resume() throws Exception {
            signal("-CONT");
        }

        private void signal(String which) throws Exception {
            Process p = new ProcessBuilder("kill", which, String.valueOf(process.pid())).start();
            assertTrue(p.waitFor(10, TimeUnit.SECONDS));
            assertNotEquals(-1, p.exitValue());
        }
    }
}
