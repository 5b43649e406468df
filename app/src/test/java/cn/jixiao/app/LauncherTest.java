package cn.jixiao.app;

import cn.jixiao.PlainChinese;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 14 follow-up: without a display the program says so in Chinese and lists the commands, never a JavaFX stack trace. */
class LauncherTest {
    /** The launcher in a JVM of its own, on this test's class path, without DISPLAY (a server, a remote shell). */
    private static String[] withoutDisplay(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the launcher ends by itself");
        return new String[] {String.valueOf(p.exitValue()), err};
    }

    @Test
    void withoutADisplayTheWindowIsNotTriedAndTheCommandLineIsOffered() throws Exception {
        for (String[] args : List.of(new String[0], new String[] {"单位.jixiao"}, new String[] {"--sample"})) {
            String[] r = withoutDisplay(args);
            assertEquals("2", r[0], String.join(" ", args) + " → " + r[1]);
            PlainChinese.assertPlain(r[1]);
            assertFalse(r[1].contains("Unable to open DISPLAY") || r[1].contains("Exception"), r[1]);
            assertTrue(r[1].contains("图形显示") && r[1].contains("命令行"), r[1]);
            for (String name : List.of("new", "import", "export", "review")) {
                assertTrue(r[1].contains("  " + name + " "), "lists " + name + ": " + r[1]);
            }
        }
    }

    @Test
    void onlyAnX11SystemWithoutDisplayLacksOne() {
        assertTrue(Launcher.noDisplay(Map.of(), "Linux", null));
        assertTrue(Launcher.noDisplay(Map.of("DISPLAY", " "), "Linux", null));
        assertFalse(Launcher.noDisplay(Map.of("DISPLAY", ":0"), "Linux", null));
        assertFalse(Launcher.noDisplay(Map.of(), "Windows 11", null));
        assertFalse(Launcher.noDisplay(Map.of(), "Mac OS X", null));
        assertFalse(Launcher.noDisplay(Map.of(), "Linux", "Monocle"), "the tests' headless platform needs no display");
    }
}
