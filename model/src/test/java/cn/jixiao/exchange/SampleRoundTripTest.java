package cn.jixiao.exchange;

import cn.jixiao.cli.Cli;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.sample.Samples;
import cn.jixiao.sample.SeedData;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * For each sample: new --sample, export json, import into a new file, export again: the two
 * documents are byte-identical, and they hold the seeds' projects and indicators.
 */
class SampleRoundTripTest {
    @TempDir
    Path dir;

    static List<String> samples() {
        return Samples.NAMES;
    }

    private String cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, () -> String.join(" ", args) + " failed: " + err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8).strip();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void exportImportExportIsIdentical(String sample) throws IOException {
        Path first = dir.resolve("first.jixiao");
        cli("new", first.toString(), "--sample", sample);
        Path json1 = Path.of(cli("export", first.toString(), "--format", "json", "--out", dir.resolve("a").toString()));
        Path second = dir.resolve("second.jixiao");
        cli("import", second.toString(), json1.toString());
        Path json2 = Path.of(cli("export", second.toString(), "--format", "json", "--out", dir.resolve("b").toString()));
        String a = Files.readString(json1, StandardCharsets.UTF_8);
        String b = Files.readString(json2, StandardCharsets.UTF_8);
        assertEquals(a, b);
        // the sample as shipped survives the unit file unchanged, too
        assertEquals(UnitExchange.toJson(Samples.load(sample)), a);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyIndicatorOfTheSampleComesFromItsSeed(String sample) throws IOException {
        String seeds = seedText();
        Unit unit = Samples.load(sample);
        assertFalse(unit.years.isEmpty(), sample + " has no year");
        int indicators = 0;
        for (FiscalYear fy : unit.years) {
            for (Project p : fy.projects) {
                assertTrue(seeds.contains(squash(p.name)), "project not in the seeds: " + p.name);
                for (Indicator i : p.indicators) {
                    assertTrue(seeds.contains(squash(i.name)), p.name + ": 三级 not in the seeds: " + i.name);
                    assertTrue(seeds.contains(squash(i.target)), p.name + ": 指标值 not in the seeds: " + i.target);
                    indicators++;
                }
            }
        }
        assertTrue(indicators > 0, sample + " has no indicators");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyProjectOfTheManifestIsInTheSample(String sample) throws IOException {
        Path manifest = SeedData.manifest();
        Unit unit = Samples.load(sample);
        String json = squash(UnitExchange.toJson(unit));
        Set<String> projects = Files.readAllLines(manifest, StandardCharsets.UTF_8).stream().skip(1)
                .map(l -> l.split("\t", -1)).filter(c -> c[1].equals(sample) && !c[5].isBlank())
                .map(c -> c[5]).collect(Collectors.toSet());
        for (String p : projects) {
            assertTrue(json.contains(squash(p)), sample + " lacks project " + p);
        }
    }

    private static String seedText() throws IOException {
        StringBuilder b = new StringBuilder();
        for (Path f : SeedData.seeds()) {
            b.append(Files.readString(f, StandardCharsets.UTF_8));
        }
        return squash(b.toString());
    }

    private static String squash(String s) {
        return s.replaceAll("[\\s\\u3000\\u00a0]+", "");
    }
}
