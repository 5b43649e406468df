package cn.jixiao.documents;

import cn.jixiao.documents.layout.SeedFidelity;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.fields.FieldAddress;
import cn.jixiao.fields.FieldCatalogue;
import cn.jixiao.sample.Samples;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each of the 48 seed forms, exported as Word and as Excel, is read back through its field
 * bindings alone: every bound value the form prints comes back, equal to the unit's value of that
 * field (text as written, amounts as typed), and the file names the unit, year, form and style.
 */
class FormReaderTest {
    @TempDir
    static Path dir;

    @TestFactory
    Stream<DynamicTest> everySeedFormReadsBackFromWordAndExcel() {
        return SeedFidelity.manifest().stream().flatMap(e -> Stream.of(
                DynamicTest.dynamicTest(e + " docx", () -> roundTrip(e, "docx")),
                DynamicTest.dynamicTest(e + " xlsx", () -> roundTrip(e, "xlsx"))));
    }

    private static void roundTrip(SeedFidelity.Entry e, String format) throws IOException {
        Unit unit = Samples.load(e.sample());
        FiscalYear year = unit.year(e.year()).orElseThrow();
        List<Project> projects = e.project().isEmpty() ? year.projects : List.of(year.project(e.project()).orElseThrow());
        FormLayout layout = SeedFidelity.layout(e.form(), e.style());
        List<FormDocument> docs = layout.documents(unit, year, projects, 0);
        Path file = dir.resolve(e.key() + "." + format);
        if (format.equals("docx")) {
            DocxWriter.write(docs, file);
        } else {
            XlsxWriter.write(docs, file);
        }

        FormReader.Result read = FormReader.read(file);
        check(e, unit, year, docs, read);
    }

    /** Every binding of the documents, in reading order. */
    static List<Binding> bindings(List<FormDocument> docs) {
        List<Binding> out = new ArrayList<>();
        for (FormDocument d : docs) {
            for (FormDocument.Block b : d.blocks) {
                if (b instanceof Table t) {
                    t.rows().forEach(r -> r.cells().forEach(c -> out.addAll(c.bindings())));
                } else if (b instanceof Paragraph p) {
                    out.addAll(p.bindings());
                }
            }
        }
        return out;
    }

    /** What a file read back must hold: the bindings the documents carry, with the unit's values. */
    static void check(Object what, Unit unit, FiscalYear year, List<FormDocument> docs, FormReader.Result read) {
        List<FieldAddress> bound = new ArrayList<>();
        for (Binding x : bindings(docs)) {
            // a part that continues the value before it is read back as one with it
            if (!(x.continued() && !bound.isEmpty() && bound.get(bound.size() - 1).equals(x.at()))) {
                // a 一级 or 二级 printed once over several indicators is read back as each one's
                bound.addAll(x.at().each());
            }
        }
        // the values the documents carry without printing them come after the bound ones
        docs.forEach(d -> d.carried().forEach(c -> bound.add(c.at())));
        assertFalse(bound.isEmpty(), what + ": the form binds no field");
        assertEquals(bound, read.values().stream().map(FormReader.Value::at).toList(), what + ": bindings read back");
        for (FormReader.Value v : read.values()) {
            String expected = FieldCatalogue.read(unit, year, v.at())
                    .orElseThrow(() -> new AssertionError(what + ": " + v.at() + " names no field of the unit")).strip();
            assertEquals(expected, v.text(), what + ": " + v.at());
        }
        FormDocument.Origin origin = read.origin().orElseThrow(() -> new AssertionError(what + ": no origin"));
        assertEquals(unit.id, origin.unitId());
        assertEquals(unit.name, origin.unitName());
        assertEquals(year.year, origin.year());
        assertTrue(docs.get(0).origin().orElseThrow().equals(origin), what + ": origin");
    }
}
