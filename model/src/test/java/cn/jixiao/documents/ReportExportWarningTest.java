package cn.jixiao.documents;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Unit;
import cn.jixiao.fields.UnitFields;
import cn.jixiao.report.ReportDrafter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A 自评报告 exported before 生成草稿 says so, in Chinese, rather than leaving bare headings unremarked (issue 17). */
class ReportExportWarningTest {
    @TempDir
    Path dir;

    private static final class Collected implements DocumentExporter.Progress {
        final List<String> warnings = new ArrayList<>();

        @Override
        public void update(int done, int total) {
        }

        @Override
        public void warning(String message) {
            warnings.add(message);
        }
    }

    /** A unit as a new user sets it up: name, a 2022 year in the 衡阳 style, no report written. */
    private static Unit newUnit() {
        Unit u = new Unit();
        UnitFields.NAME.set(u, "某县农业农村局");
        FiscalYear y = u.yearOrCreate(2022);
        UnitFields.YEAR_FORM_STYLE.set(y, "hengyang-2022");
        return u;
    }

    private List<String> export(Unit u, DocumentExporter.Format format) throws Exception {
        Collected c = new Collected();
        DocumentExporter.export(u, new DocumentExporter.Request(2022, "report", null, List.of(), format, dir), c);
        return c.warnings;
    }

    @Test
    void aBareReportWarnsToDraftFirst() throws Exception {
        for (DocumentExporter.Format f : List.of(DocumentExporter.Format.DOCX, DocumentExporter.Format.PDF)) {
            List<String> w = export(newUnit(), f);
            assertTrue(w.stream().anyMatch(m -> m.contains("生成草稿") && m.contains("自评报告")), f + ": " + w);
        }
    }

    @Test
    void aDraftedReportExportsWithoutThatWarning() throws Exception {
        Unit u = newUnit();
        FiscalYear y = u.year(2022).orElseThrow();
        y.report.sections = new ReportDrafter(u, y).draft();
        List<String> w = export(u, DocumentExporter.Format.DOCX);
        assertFalse(w.stream().anyMatch(m -> m.contains("生成草稿")), w.toString());
    }
}
