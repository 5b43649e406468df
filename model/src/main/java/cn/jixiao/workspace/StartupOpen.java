package cn.jixiao.workspace;

import cn.jixiao.store.UnitFileException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * Which unit file a start opens, opened off the UI thread: the file named on the command line,
 * else the last one opened, else the embedded sample. Started from main() before the window's
 * toolkit, so loading SQLite, Jackson and the unit overlaps with JavaFX starting up.
 */
public final class StartupOpen {
    /** The opened workspace, and a note for the status line when the last file could not be used. */
    public record Result(Workspace workspace, String note) {
    }

    private StartupOpen() {
    }

    public static CompletableFuture<Result> begin(Path requested, boolean sample) {
        CompletableFuture<Result> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                f.complete(open(requested, sample));
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        }, "jixiao-startup-open");
        t.setDaemon(true);
        t.start();
        return f;
    }

    static Result open(Path requested, boolean sample) {
        AppLog.start();
        if (sample) {
            return new Result(Workspace.openDefault(), "");
        }
        if (requested != null) {
            return new Result(Workspace.open(requested), "");
        }
        Path last = new RecentFiles(UserFolders.dataFolder()).last();
        String note = "";
        if (last != null && Files.isRegularFile(last)) {
            try {
                return new Result(Workspace.open(last), "");
            } catch (UnitFileException e) {
                note = "无法打开上次的文件：" + e.getMessage();
            }
        }
        return new Result(Workspace.openDefault(), note);
    }
}
