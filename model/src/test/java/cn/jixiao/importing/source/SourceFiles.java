package cn.jixiao.importing.source;

import cn.jixiao.documents.DocxWriter;
import cn.jixiao.documents.FormDocument;
import cn.jixiao.documents.FormLayout;
import cn.jixiao.documents.XlsxWriter;
import cn.jixiao.documents.layout.SeedFidelity;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.sample.Samples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Files for the reader's tests: seed forms as the program exports them, and a dump of what was read. */
final class SourceFiles {
    private SourceFiles() {
    }

    /** The seed form of a manifest key (e.g. "000_01") exported by the program as .docx or .xlsx. */
    static Path export(String key, String format, Path dir) throws IOException {
        SeedFidelity.Entry e = SeedFidelity.manifest().stream().filter(x -> x.key().equals(key)).findFirst().orElseThrow();
        Unit unit = Samples.load(e.sample());
        FiscalYear year = unit.year(e.year()).orElseThrow();
        List<Project> projects = e.project().isEmpty() ? year.projects : List.of(year.project(e.project()).orElseThrow());
        FormLayout layout = SeedFidelity.layout(e.form(), e.style());
        List<FormDocument> docs = layout.documents(unit, year, projects, 0);
        Path file = dir.resolve(key + "." + format);
        if (format.equals("docx")) {
            DocxWriter.write(docs, file);
        } else {
            XlsxWriter.write(docs, file);
        }
        return file;
    }

    /** A file beside this class in the test resources (made by make.sh there). */
    static Path resource(String name) {
        try {
            return Path.of(SourceFiles.class.getResource(name).toURI());
        } catch (java.net.URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("no test resource " + name, e);
        }
    }

    /** A table as text, one row a line, cells separated by " | ", a merged cell shown on every position it covers. */
    static String dump(SourceTable t) {
        StringBuilder b = new StringBuilder();
        b.append("== ").append(t.place()).append(" break=").append(t.pageBreakBefore()).append(" before=")
                .append(t.textBefore()).append('\n');
        for (int r = 0; r < t.rows(); r++) {
            for (int c = 0; c < t.columns(); c++) {
                SourceCell cell = t.at(r, c).orElse(null);
                b.append(c == 0 ? "" : " | ").append(cell == null ? "∅" : cell.text().replace('\n', '/')
                        + (cell.rowSpan() > 1 || cell.columnSpan() > 1 ? "{" + cell.rowSpan() + "x" + cell.columnSpan() + "}" : ""));
            }
            b.append('\n');
        }
        return b.toString();
    }

    static String dump(SourceDocument d) {
        StringBuilder b = new StringBuilder(d.format() + " " + d.properties() + "\n");
        d.tables().forEach(t -> b.append(dump(t)));
        b.append("trailing=").append(d.trailingText()).append('\n');
        return b.toString();
    }
}
