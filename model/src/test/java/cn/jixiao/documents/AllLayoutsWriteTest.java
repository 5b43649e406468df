package cn.jixiao.documents;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Unit;
import cn.jixiao.sample.Samples;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Every registered layout, on the sample unit its seed comes from, prints through both writers
 * and reads back cell for cell. The (sample, year, form, style) list is the seed-fidelity manifest.
 */
class AllLayoutsWriteTest {
    @TempDir
    Path dir;

    static Stream<Arguments> seededForms() throws IOException {
        Path manifest = Path.of(System.getProperty("jixiao.seeds"), "..", "tools", "seed-fidelity", "data", "manifest.tsv");
        Set<List<String>> combos = new LinkedHashSet<>();
        List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t");
            combos.add(List.of(f[1], f[2], f[3], f[4]));
        }
        return combos.stream().map(c -> Arguments.of(c.get(0), Integer.parseInt(c.get(1)), c.get(2), c.get(3)));
    }

    @ParameterizedTest(name = "{0} {1} {2} {3}")
    @MethodSource("seededForms")
    void printsAndReadsBack(String sample, int yearNumber, String form, String style) throws Exception {
        FormLayout layout = FormLayouts.find(form, style).orElseThrow(() -> new AssertionError("no layout " + form + "/" + style));
        Unit unit = Samples.load(sample);
        FiscalYear year = unit.year(yearNumber).orElseThrow();
        List<FormDocument> docs = layout.render(unit, year, year.projects);
        assertFalse(docs.isEmpty());
        Path docx = dir.resolve(form + ".docx");
        DocxWriter.write(docs, docx);
        assertEquals(Expected.texts(docs), DocumentText.docx(docx));
        Path xlsx = dir.resolve(form + ".xlsx");
        XlsxWriter.write(docs, xlsx);
        assertEquals(Expected.sheetTexts(docs), DocumentText.xlsx(xlsx));
    }
}
