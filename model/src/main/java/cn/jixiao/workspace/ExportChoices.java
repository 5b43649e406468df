package cn.jixiao.workspace;

import cn.jixiao.documents.DocumentExporter.Format;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 导出表格 as the clerk last used it: the formats ticked and the folder written to, kept per user
 * in the data folder (like {@link RecentFiles}) so the dialog opens as it was left.
 */
public final class ExportChoices {
    private static final String FOLDER = "folder=";
    private static final String FORMATS = "formats=";
    private final Path store;
    /** Where earlier versions kept the folder alone; still read so an update does not forget it. */
    private final Path oldFolderNote;

    public ExportChoices(Path dataFolder) {
        this.store = dataFolder.resolve("export.txt");
        this.oldFolderNote = dataFolder.resolve("export-folder.txt");
    }

    /** The folder of the last export, while it still exists. */
    public Optional<Path> folder() {
        Optional<Path> p = value(FOLDER).or(this::oldFolder).map(String::strip).filter(s -> !s.isEmpty()).flatMap(ExportChoices::path);
        return p.filter(Files::isDirectory);
    }

    /** The formats of the last export (Word, Excel and PDF: not JSON); empty when none is remembered. */
    public Set<Format> formats() {
        Set<Format> out = EnumSet.noneOf(Format.class);
        value(FORMATS).ifPresent(v -> {
            for (String s : v.split(",")) {
                for (Format f : List.of(Format.DOCX, Format.XLSX, Format.PDF)) {
                    if (f.extension().equals(s.strip())) {
                        out.add(f);
                    }
                }
            }
        });
        return out;
    }

    /** Remembers an export's folder and formats. Failing to remember is not worth an error dialog. */
    public void remember(Path folder, Set<Format> formats) {
        List<String> lines = new ArrayList<>();
        lines.add(FOLDER + folder.toAbsolutePath().normalize());
        lines.add(FORMATS + String.join(",", formats.stream().map(Format::extension).toList()));
        try {
            Files.createDirectories(store.getParent());
            Files.write(store, lines, StandardCharsets.UTF_8);
        } catch (IOException ignored) {
            // a convenience: the export itself has succeeded
        }
    }

    private Optional<String> value(String prefix) {
        for (String line : lines(store)) {
            if (line.startsWith(prefix)) {
                return Optional.of(line.substring(prefix.length()));
            }
        }
        return Optional.empty();
    }

    private Optional<String> oldFolder() {
        List<String> l = lines(oldFolderNote);
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }

    private static List<String> lines(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        } catch (IOException | RuntimeException e) {
            // a missing or garbled note only costs the clerk a click
            return List.of();
        }
    }

    private static Optional<Path> path(String s) {
        try {
            return Optional.of(Path.of(s));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
