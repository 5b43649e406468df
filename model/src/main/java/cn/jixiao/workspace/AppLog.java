package cn.jixiao.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The program's log: logs/jixiao.log in the user's data folder, rotated over 5 files of 1 MB,
 * so an unexpected error can be sent to whoever supports the clerk.
 */
public final class AppLog {
    private static final Logger ROOT = Logger.getLogger("cn.jixiao");
    private static Path file;

    private AppLog() {
    }

    /** Starts writing the log file; failing to do so must not stop the program. */
    public static synchronized Path start() {
        if (file != null) {
            return file;
        }
        Path dir = UserFolders.dataFolder().resolve("logs");
        try {
            Files.createDirectories(dir);
            FileHandler h = new FileHandler(dir.resolve("jixiao%g.log").toString(), 1_000_000, 5, true);
            h.setEncoding("UTF-8");
            h.setFormatter(new SimpleFormatter());
            ROOT.addHandler(h);
            ROOT.setLevel(Level.INFO);
            file = dir.resolve("jixiao0.log");
        } catch (IOException e) {
            file = dir;
        }
        return file;
    }

    public static Path file() {
        return file == null ? UserFolders.dataFolder().resolve("logs") : file;
    }

    public static void error(String what, Throwable t) {
        ROOT.log(Level.SEVERE, what, t);
    }

    public static void info(String what) {
        ROOT.info(what);
    }
}
