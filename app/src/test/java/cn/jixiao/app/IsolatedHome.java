package cn.jixiao.app;

import cn.jixiao.sample.Samples;
import cn.jixiao.workspace.RecentFiles;
import cn.jixiao.workspace.Workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/**
 * A throw-away data folder for a window test (-Djixiao.home), so the clerk's own recent files
 * and logs are never touched. {@link #enter} makes it the folder of a clerk who already works on
 * a unit file (the shipped sample, as the clerk's own, reopened on every start);
 * {@link #enterEmpty} the folder of a first start, which shows the welcome page.
 */
public final class IsolatedHome {
    /** The unit file of the clerk of {@link #enter}, in the data folder. */
    public static final String CLERK_FILE = "hengyang-office.jixiao";

    private IsolatedHome() {
    }

    /** Creates the folder with the clerk's unit file and points the program at it. */
    public static Path enter(String prefix) throws IOException {
        Path home = enterEmpty(prefix);
        clerkFile(home);
        return home;
    }

    /** Creates an empty folder (a first start) and points the program at it. */
    public static Path enterEmpty(String prefix) throws IOException {
        Path home = Files.createTempDirectory(prefix);
        System.setProperty("jixiao.home", home.toString());
        return home;
    }

    /** The clerk's unit file, made again from the shipped sample when a test deleted it, and remembered as the last file. */
    public static Path clerkFile(Path home) {
        Path file = home.resolve(CLERK_FILE);
        if (!Files.exists(file)) {
            Workspace.create(file, Samples.load(Samples.DEFAULT)).close();
        }
        new RecentFiles(home).remember(file);
        return file;
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
