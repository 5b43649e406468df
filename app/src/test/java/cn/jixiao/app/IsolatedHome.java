package cn.jixiao.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/**
 * A throw-away data folder for a window test (-Djixiao.home), so the first start creates the
 * sample unit there and the clerk's own recent files and logs are never touched.
 */
public final class IsolatedHome {
    private IsolatedHome() {
    }

    /** Creates the folder and points the program at it. */
    public static Path enter(String prefix) throws IOException {
        Path home = Files.createTempDirectory(prefix);
        System.setProperty("jixiao.home", home.toString());
        return home;
    }

    /** Points the program back at the default and deletes the folder. */
    public static void leave(Path home) throws IOException {
        System.clearProperty("jixiao.home");
        if (home == null || !Files.exists(home)) {
            return;
        }
        try (var s = Files.walk(home)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
