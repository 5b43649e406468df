package cn.jixiao.workspace;

import cn.jixiao.store.UnitFileException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Which unit file a start opens, opened off the UI thread: the file named on the command line,
 * else the last one opened; with --sample, the sample unit's practice copy. With none of these
 * (a first start) nothing is opened and the window shows its welcome page. Started from main()
 * before the window's toolkit, so loading SQLite, Jackson and the unit overlaps with JavaFX
 * starting up.
 */
public final class StartupOpen {
    /**
     * The opened workspace (none on a first start: the welcome page), and a note for the status
     * line when the last file could not be used.
     */
    public record Result(Optional<Workspace> workspace, String note) {
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
            return new Result(Optional.of(Workspace.openSample(true)), "");
        }
        if (requested != null) {
            return new Result(Optional.of(Workspace.open(requested)), "");
        }
        Path last = new RecentFiles(UserFolders.dataFolder()).last();
        if (last == null) {
            return new Result(Optional.empty(), "");
        }
        if (!Files.isRegularFile(last)) {
            return new Result(Optional.empty(), "上次的单位文件已不在原处：" + last + "。请打开单位文件或新建本单位。");
        }
        try {
            return new Result(Optional.of(Workspace.open(last)), "");
        } catch (UnitFileException e) {
            return new Result(Optional.empty(), "无法打开上次的文件：" + e.getMessage());
        }
    }
}
