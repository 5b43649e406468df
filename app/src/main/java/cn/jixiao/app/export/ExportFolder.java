package cn.jixiao.app.export;

import cn.jixiao.workspace.UserFolders;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The folder the clerk last exported to, kept in the program's data folder for next time. */
final class ExportFolder {
    private ExportFolder() {
    }

    private static Path store() {
        return UserFolders.dataFolder().resolve("export-folder.txt");
    }

    /** The remembered folder while it still exists, else 文档 (Documents), else the home folder. */
    static Path load() {
        try {
            if (Files.isRegularFile(store())) {
                Path p = Path.of(Files.readString(store(), StandardCharsets.UTF_8).strip());
                if (Files.isDirectory(p)) {
                    return p;
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // a missing or garbled note only costs the clerk one click in the folder chooser
        }
        Path home = Path.of(System.getProperty("user.home"));
        for (String name : new String[] {"Documents", "文档"}) {
            if (Files.isDirectory(home.resolve(name))) {
                return home.resolve(name);
            }
        }
        return home;
    }

    static void save(Path folder) {
        try {
            Files.createDirectories(store().getParent());
            Files.writeString(store(), folder.toAbsolutePath().toString(), StandardCharsets.UTF_8);
        } catch (IOException ignored) {
            // remembering is a convenience; the export itself has succeeded
        }
    }
}
