package cn.jixiao.documents;

import cn.jixiao.documents.layout.SeedFidelity;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Unit;
import cn.jixiao.sample.Samples;
import cn.jixiao.sample.SyntheticMonitoring;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every layout of the registry ({@link FormLayouts}), seed or no seed, renders on a sample unit,
 * prints through both writers and reads back cell for cell; where the seeds have segments of the
 * layout, each is also compared with what the layout prints from the sample (the seed-fidelity
 * comparison). The list comes from the registry, so a newly registered layout is tested the day
 * it is registered, and a seed segment whose layout is not registered fails.
 */
class AllLayoutsWriteTest {
    @TempDir
    Path dir;

    /** The monitoring period the common (any-style) monitoring forms are rendered for: 1—6月. */
    private static final int MONTH = 6;

    /**
     * The sample year to render a layout on: the first one printed in its style, else (the common
     * monitoring forms, a style no sample uses) the default sample's first year, monitored to June
     * so that the monitoring forms have figures to print.
     */
    record Subject(Unit unit, FiscalYear year) {
        static Subject of(FormLayout layout) {
            for (String name : Samples.NAMES) {
                Unit unit = Samples.load(name);
                for (FiscalYear year : unit.years) {
                    if (DocumentExporter.defaultStyle(unit, year).equals(layout.style())) {
                        return new Subject(unit, year);
                    }
                }
            }
            Unit unit = Samples.load(Samples.DEFAULT);
            FiscalYear year = unit.years.get(0);
            SyntheticMonitoring.monitor(year, MONTH, 15);
            return new Subject(unit, year);
        }

        @Override
        public String toString() {
            return unit.name + " " + year.year;
        }
    }

    @TestFactory
    List<DynamicNode> everyRegisteredLayout() {
        List<SeedFidelity.Entry> manifest = SeedFidelity.manifest();
        List<DynamicNode> out = new ArrayList<>();
        for (FormLayout layout : FormLayouts.all()) {
            String name = layout.form() + "/" + layout.style();
            List<DynamicNode> tests = new ArrayList<>();
            tests.add(DynamicTest.dynamicTest("prints and reads back", () -> printsAndReadsBack(layout)));
            for (SeedFidelity.Entry e : manifest) {
                if (e.form().equals(layout.form()) && e.style().equals(layout.style())) {
                    tests.add(DynamicTest.dynamicTest("reproduces seed " + e, () -> SeedFidelity.assertFaithful(e)));
                }
            }
            out.add(DynamicContainer.dynamicContainer(name, tests));
        }
        return out;
    }

    /** Every registered layout, named form/style, for the parameterized tests of other classes. */
    static Stream<Named<FormLayout>> registeredLayouts() {
        return FormLayouts.all().stream().map(l -> Named.of(l.form() + "/" + l.style(), l));
    }

    /** The layout's documents on its sample year. */
    static List<FormDocument> renderOnItsSample(FormLayout layout) {
        Subject s = Subject.of(layout);
        List<FormDocument> docs = layout.render(s.unit(), s.year(), s.year().projects, MONTH);
        assertFalse(docs.isEmpty(), layout.form() + " on " + s);
        return docs;
    }

    private void printsAndReadsBack(FormLayout layout) throws Exception {
        List<FormDocument> docs = renderOnItsSample(layout);
        Path docx = Files.createTempFile(dir, layout.form().id(), ".docx");
        DocxWriter.write(docs, docx);
        assertEquals(Expected.texts(docs), DocumentText.docx(docx));
        Path xlsx = Files.createTempFile(dir, layout.form().id(), ".xlsx");
        XlsxWriter.write(docs, xlsx);
        assertEquals(Expected.sheetTexts(docs), DocumentText.xlsx(xlsx));
    }

    @Test
    void everySeedSegmentIsOfARegisteredLayout() {
        List<SeedFidelity.Entry> manifest = SeedFidelity.manifest();
        assertEquals(48, manifest.size(), "the seeds are cut into 48 form instances");
        for (SeedFidelity.Entry e : manifest) {
            assertTrue(FormLayouts.find(e.form(), e.style()).isPresent(), e + ": no layout " + e.form() + "/" + e.style());
        }
    }
}
