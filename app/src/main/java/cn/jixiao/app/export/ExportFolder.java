package cn.jixiao.app.export;

import cn.jixiao.workspace.ExportChoices;
import cn.jixiao.workspace.UserFolders;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The folder the export dialog opens on: the one last exported to ({@link ExportChoices}), else 文档 (Documents), else home. */
final class ExportFolder {
    private ExportFolder() {
    }

    static Path load() {
        Optional<Path> last = new ExportChoices(UserFolders.dataFolder()).folder();
        if (last.isPresent()) {
            return last.get();
        }
        Path home = Path.of(System.getProperty("user.home"));
        for (String name : new String[] {"Documents", "文档"}) {
            if (Files.isDirectory(home.resolve(name))) {
                return home.resolve(name);
            }
        }
        return home;
    }
}
