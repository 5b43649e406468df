package cn.jixiao.store;

import cn.jixiao.cli.Cli;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Unit;
import cn.jixiao.sample.SyntheticUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the clerk relies on: a killed program loses nothing it reported saved, and two programs never write one file. */
class CrashSafetyTest {
    @TempDir
    Path dir;

    private static ProcessBuilder javaProcess(Class<?> main, String... args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), main.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true);
    }

    @Test
    void killedMidEditEveryReportedEditSurvives() throws Exception {
        Path file = dir.resolve("crash.jixiao");
        Unit u = SyntheticUnit.generate(3, 20, 1);
        try (UnitFile f = UnitFile.create(file)) {
            f.importUnit(u);
        }
        Random r = new Random(2026);
        Map<String, String> committed = new HashMap<>();
        int totalReported = 0;
        for (int round = 0; round < 3; round++) {
            Process child = javaProcess(EditingChild.class, file.toString(), "1000", String.valueOf(round)).start();
            int killAfter = 20 + r.nextInt(300);
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                int seen = 0;
                while ((line = in.readLine()) != null) {
                    if (line.startsWith("committed ")) {
                        String[] parts = line.split(" ", 4);
                        committed.put(parts[2], parts[3]);
                        totalReported++;
                        if (++seen >= killAfter) {
                            child.destroyForcibly(); // SIGKILL: no shutdown hooks, no close
                            break;
                        }
                    }
                }
            }
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        assertTrue(totalReported > 50, "the child made edits before it was killed");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            assertEquals("ok", rs.getString(1));
        }
        try (UnitFile f = UnitFile.open(file)) {
            Map<String, String> stored = new HashMap<>();
            for (Indicator i : f.load().years.get(0).projects.get(0).indicators) {
                stored.put(i.id, i.actual);
            }
            // Each indicator holds at least the last value reported for it; a later edit that was
            // in flight at the kill may also have landed, which is newer, never older.
            for (Map.Entry<String, String> e : committed.entrySet()) {
                String value = stored.get(e.getKey());
                int reported = Integer.parseInt(e.getValue().replaceAll("\\D", ""));
                int actual = Integer.parseInt(value.replaceAll("\\D", ""));
                assertTrue(actual >= reported || value.equals(e.getValue()),
                        "edit lost for " + e.getKey() + ": reported " + e.getValue() + ", stored " + value);
            }
        }
    }

    @Test
    void aSecondProgramCannotWriteAFileThatIsOpen() throws Exception {
        Path file = dir.resolve("shared.jixiao");
        try (UnitFile f = UnitFile.create(file)) {
            f.importUnit(SyntheticUnit.generate(2, 5, 3));
            Process second = javaProcess(Cli.class, "import", file.toString(), dir.resolve("none.json").toString()).start();
            Process third = javaProcess(Cli.class, "export", file.toString(), "--format", "json", "--out", dir.toString()).start();
            String out = new String(third.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(third.waitFor(60, TimeUnit.SECONDS));
            assertNotEquals(0, third.exitValue());
            assertTrue(out.contains("正在被另一个绩效填报窗口使用"), out);
            second.waitFor(60, TimeUnit.SECONDS);
            // this program keeps writing
            Unit u = f.load();
            u.name = "改名后的单位";
            f.saveUnitInfo(u);
        }
        try (UnitFile f = UnitFile.open(file)) {
            assertEquals("改名后的单位", f.load().name);
        }
    }
}
