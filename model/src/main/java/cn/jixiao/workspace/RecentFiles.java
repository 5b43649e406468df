package cn.jixiao.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** 最近打开: the last unit files opened, newest first, kept in the user's data folder. */
public final class RecentFiles {
    private static final int MAX = 8;
    private final Path store;

    public RecentFiles(Path dataFolder) {
        this.store = dataFolder.resolve("recent.txt");
    }

    public List<Path> list() {
        if (!Files.isRegularFile(store)) {
            return List.of();
        }
        try {
            List<Path> out = new ArrayList<>();
            for (String line : Files.readAllLines(store, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    out.add(Path.of(line.strip()));
                }
            }
            return out;
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Moves the file to the top of the list. Failing to remember is not worth an error dialog. */
    public void remember(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        List<Path> list = new ArrayList<>(list());
        list.remove(abs);
        list.add(0, abs);
        while (list.size() > MAX) {
            list.remove(list.size() - 1);
        }
        try {
            Files.createDirectories(store.getParent());
            Files.write(store, list.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
        } catch (IOException ignored) {
            // the list is a convenience; the unit file itself is unaffected
        }
    }

    /** Remembers an opened unit file, unless it is the sample: the sample is never the clerk's file. */
    public void remember(Workspace opened) {
        if (!opened.isSample()) {
            remember(opened.path());
        }
    }

    public Path last() {
        List<Path> l = list();
        return l.isEmpty() ? null : l.get(0);
    }
}
