package cn.jixiao.workspace;

import java.nio.file.Path;

/**
 * Where the program keeps its own files: %APPDATA%\Jixiao on Windows, ~/.local/share/jixiao
 * elsewhere; -Djixiao.home overrides (tests, portable installs).
 */
public final class UserFolders {
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

    /** The unit file a first start creates from the embedded sample. */
    public static Path defaultUnitFile() {
        return dataFolder().resolve("hengyang-office.jixiao");
    }
}
