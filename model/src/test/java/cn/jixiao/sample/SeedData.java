package cn.jixiao.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the tests find the seeds (种子文档, the published forms the sample units were transcribed
 * from): {@code sample-data/seeds/} of this repository, the five seed texts, and its
 * {@code segments/} folder, one file per form instance plus {@code manifest.tsv}. The one place
 * that resolves the folder: every test that reads a seed or a segment goes through here.
 *
 * <p>The folder is looked for from the directory the tests run in (a module's folder under Maven,
 * the project root in an IDE) upward, so a fresh clone with nothing beside it finds it. A missing
 * folder fails the test that asked, never skips it.
 */
public final class SeedData {
    private static final Path RELATIVE = Path.of("sample-data", "seeds");
    private static volatile Path folder;

    private SeedData() {
    }

    /** sample-data/seeds: the five seed texts (and the segments/ folder). */
    public static Path folder() {
        Path f = folder;
        if (f == null) {
            f = find(Path.of(System.getProperty("user.dir")).toAbsolutePath());
            folder = f;
        }
        return f;
    }

    static Path find(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(RELATIVE);
            if (Files.isRegularFile(candidate.resolve("segments").resolve("manifest.tsv"))) {
                return candidate.normalize();
            }
        }
        throw new IllegalStateException("no " + RELATIVE + "/segments/manifest.tsv in " + start + " or above it");
    }

    /** sample-data/seeds/segments: one file per form instance, and manifest.tsv. */
    public static Path segments() {
        return folder().resolve("segments");
    }

    /** One segment file, e.g. '001_report.txt'. */
    public static Path segment(String file) {
        return segments().resolve(file);
    }

    /** The manifest of the segments: key, sample, year, form, style, project, segment. */
    public static Path manifest() {
        return segment("manifest.tsv");
    }

    /** The five seed texts, by name (000_… to 004_…). */
    public static List<Path> seeds() {
        try (Stream<Path> s = Files.list(folder())) {
            List<Path> out = s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().matches("\\d{3}_.*\\.txt"))
                    .sorted().toList();
            if (out.size() != 5) {
                throw new IllegalStateException("expected the five seed texts in " + folder() + ", found " + out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed text whose name starts with the number, e.g. '004'. */
    public static Path seed(String number) {
        return seeds().stream().filter(p -> p.getFileName().toString().startsWith(number + "_")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no seed " + number + " in " + folder()));
    }
}
