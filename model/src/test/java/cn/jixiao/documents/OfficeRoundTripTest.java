package cn.jixiao.documents;

import cn.jixiao.documents.layout.SeedFidelity;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.sample.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The bindings survive a re-save by an office program: a self-evaluation (per project, with
 * amounts) and the 自评报告 (paragraphs over several lines), exported, saved again by LibreOffice
 * (headless, a private profile), still read back with every bound value. Runs where LibreOffice is
 * installed; elsewhere it is skipped.
 */
class OfficeRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void bindingsSurviveASaveByLibreOffice() throws Exception {
        Path soffice = soffice();
        assumeTrue(soffice != null, "LibreOffice is not installed");
        List<String> keys = List.of("001_12", "001_report");
        java.util.Map<String, List<FormDocument>> docs = new java.util.HashMap<>();
        for (String format : List.of("docx", "xlsx")) {
            List<String> args = new java.util.ArrayList<>(List.of(soffice.toString(),
                    "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless", "--convert-to", format,
                    "--outdir", dir.resolve("out").toString()));
            for (String key : keys) {
                docs.computeIfAbsent(key, k -> render(entry(k)));
                Path in = dir.resolve("in").resolve(key + "." + format);
                Files.createDirectories(in.getParent());
                if (format.equals("docx")) {
                    DocxWriter.write(docs.get(key), in);
                } else {
                    XlsxWriter.write(docs.get(key), in);
                }
                args.add(in.toString());
            }
            // one run for all files: LibreOffice takes long to start
            Process p = new ProcessBuilder(args).redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
            assertTrue(p.waitFor(300, TimeUnit.SECONDS), "LibreOffice did not finish");
            assertEquals(0, p.exitValue(), Files.readString(dir.resolve("soffice.log")));
            for (String key : keys) {
                Path saved = dir.resolve("out").resolve(key + "." + format);
                assertTrue(Files.exists(saved), "LibreOffice wrote nothing: " + Files.readString(dir.resolve("soffice.log")));
                SeedFidelity.Entry e = entry(key);
                Unit unit = Samples.load(e.sample());
                // the same unit the documents were laid out from: ids come from the sample file
                FiscalYear year = unit.year(e.year()).orElseThrow();
                FormReaderTest.check(key + " " + format + " saved by LibreOffice", unit, year, docs.get(key), FormReader.read(saved));
            }
        }
    }

    private static SeedFidelity.Entry entry(String key) {
        return SeedFidelity.manifest().stream().filter(x -> x.key().equals(key)).findFirst().orElseThrow();
    }

    private static List<FormDocument> render(SeedFidelity.Entry e) {
        Unit unit = Samples.load(e.sample());
        FiscalYear year = unit.year(e.year()).orElseThrow();
        List<Project> projects = e.project().isEmpty() ? year.projects : List.of(year.project(e.project()).orElseThrow());
        return SeedFidelity.layout(e.form(), e.style()).documents(unit, year, projects, 0);
    }

    private static Path soffice() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(dir, "soffice");
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }
}
