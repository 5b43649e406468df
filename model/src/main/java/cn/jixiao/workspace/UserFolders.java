package cn.jixiao.workspace;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the program keeps its own files: %APPDATA%\Jixiao on Windows, ~/.local/share/jixiao
 * elsewhere; -Djixiao.home overrides (tests, portable installs). The clerk's own unit files go
 * elsewhere: into the Documents folder ({@link #unitFilesFolder()}), never where the program was started.
 */
public final class UserFolders {
    /** The subfolder of Documents that new unit files go into by default (绩效填报). */
    public static final String UNIT_FILES_SUBFOLDER = "绩效填报";

    private UserFolders() {
    }

    public static Path dataFolder() {
        String override = System.getProperty("jixiao.home");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String appData = System.getenv("APPDATA");
        if (appData != null && !appData.isBlank()) {
            return Path.of(appData, "Jixiao");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("jixiao");
    }

    /**
     * The user's Documents folder (文档). Under -Djixiao.home (tests, portable installs) it is the
     * 'Documents' folder inside that data folder, so a test never writes into the real one.
     */
    public static Path documentsFolder() {
        String override = System.getProperty("jixiao.home");
        if (override != null && !override.isBlank()) {
            return Path.of(override, "Documents");
        }
        Path home = Path.of(System.getProperty("user.home"));
        for (String name : new String[] {"Documents", "文档", "My Documents"}) {
            if (Files.isDirectory(home.resolve(name))) {
                return home.resolve(name);
            }
        }
        return home.resolve("Documents");
    }

    /** Where a new unit file is saved unless the clerk picks another folder: Documents\绩效填报. */
    public static Path unitFilesFolder() {
        return documentsFolder().resolve(UNIT_FILES_SUBFOLDER);
    }

    /** Where the practice copies of the sample unit live: never among the clerk's own files. */
    public static Path sampleFolder() {
        return dataFolder().resolve("samples");
    }
}
