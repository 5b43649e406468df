package cn.jixiao.bureau;

import cn.jixiao.documents.DocumentExporter;
import cn.jixiao.documents.FormDocument;
import cn.jixiao.documents.FormLayout;
import cn.jixiao.documents.FormOrder;
import cn.jixiao.documents.PageSetup;
import cn.jixiao.documents.Paragraph;
import cn.jixiao.documents.PdfWriter;
import cn.jixiao.documents.Table;
import cn.jixiao.documents.XlsxWriter;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.review.Finding;
import cn.jixiao.review.Review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * 报送包: what the clerk sends the finance bureau for a year. One workbook with every form of the
 * year in the official order ({@link FormOrder}), a sheet a form and a project's forms a sheet each,
 * with the review's findings (审核意见) as a last sheet while any remain; and one PDF of the same
 * forms, to print and stamp. Files are named as bureaus ask: 年度-单位名称-报送包.
 *
 * <p>"Every form of the year" is every form the year's style (版式) prints, plus the monitoring
 * forms when the year has been monitored; a per-project form covers each project (the
 * monitoring form each monitored project).
 */
public final class YearPackage {
    /** The short names the sheets carry (a sheet name holds 31 characters, the project's name must fit). */
    private static final Map<String, String> SHEET_LABELS = Map.of(
            "declaration", "申报表", "overall-declaration", "整体申报表", "disclosure", "公开清单",
            "monitoring", "监控表", "monitoring-summary", "监控汇总表", "overall-monitoring", "整体监控表",
            "self-evaluation", "自评表", "overall-self-evaluation", "整体自评表", "basic-data", "基础数据表",
            "report", "自评报告");
    static final String FINDINGS_SHEET = "审核意见";
    static final String PACKAGE = "报送包";

    /** The files written, the number of forms in them and the findings listed on the last sheet. */
    public record Written(Path workbook, Path pdf, List<String> forms, int findings) {
        public List<Path> files() {
            return List.of(workbook, pdf);
        }
    }

    private YearPackage() {
    }

    /** Writes the year's package into {@code outDir}; {@code warnings} hears of any text changed to fit. */
    public static Written write(Unit unit, int year, Path outDir, Consumer<String> warnings) throws IOException {
        FiscalYear fy = unit.year(year).orElseThrow(() -> new DocumentExporter.ChoiceException("单位没有 " + year + " 年度",
                unit.years.stream().map(f -> String.valueOf(f.year)).toList()));
        List<Part> parts = parts(unit, fy);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException(year + " 年度没有可报送的表单：请先设定年度的版式");
        }
        List<Finding> findings = Review.run(unit, year);
        if (parts.stream().anyMatch(p -> p.layout.form().equals(cn.jixiao.documents.FormKind.REPORT))
                && (fy.report == null || fy.report.bare())) {
            warnings.accept(cn.jixiao.domain.SelfEvaluationReport.BARE_WARNING);
        }
        Files.createDirectories(outDir);
        String base = year + "-" + DocumentExporter.safe(unit.name == null || unit.name.isBlank() ? "单位" : unit.name)
                + "-" + PACKAGE;
        Path workbook = outDir.resolve(base + ".xlsx");
        Path pdf = outDir.resolve(base + ".pdf");
        Iterable<FormDocument> sheets = () -> documents(unit, fy, parts, true, findings).iterator();
        Iterable<FormDocument> pages = () -> documents(unit, fy, parts, false, List.of()).iterator();
        // The PDF is written beside the workbook: a first package after start spends most of its time
        // loading POI's and PDFBox's classes and reading the CJK font, work a second processor can share
        // (measured: 5.6 s in turn, see docs/benchmarks.md). Layouts only read the unit.
        java.util.concurrent.FutureTask<Void> pdfTask = new java.util.concurrent.FutureTask<>(() -> {
            PdfWriter.write(pages, pdf, w -> report(warnings, w));
            return null;
        });
        Thread pdfThread = new Thread(pdfTask, "package-pdf");
        pdfThread.setDaemon(true);
        pdfThread.start();
        try {
            XlsxWriter.write(sheets, workbook, w -> report(warnings, w));
        } finally {
            awaitPdf(pdfTask);
        }
        return new Written(workbook, pdf, parts.stream().map(p -> p.layout.title()).toList(), findings.size());
    }

    /** The layouts of the year's forms, in the official order: what the package holds and the preview offers. */
    public static List<FormLayout> forms(Unit unit, FiscalYear year) {
        return parts(unit, year).stream().map(Part::layout).toList();
    }

    /** Warnings come from two threads; the listener hears them one at a time. */
    private static void report(Consumer<String> warnings, String w) {
        synchronized (warnings) {
            warnings.accept(w);
        }
    }

    private static void awaitPdf(java.util.concurrent.FutureTask<Void> task) throws IOException {
        try {
            task.get();
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("报送包的 PDF 未写完");
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException(e.getCause());
        }
    }

    /** One form of the package: its layout and the projects it covers (all of them for a yearly form). */
    record Part(FormLayout layout, List<Project> projects) {
    }

    /** The year's forms in the official order, each with what it covers; forms with nothing to print left out. */
    static List<Part> parts(Unit unit, FiscalYear year) {
        List<Part> out = new ArrayList<>();
        for (String form : FormOrder.FORMS) {
            DocumentExporter.yearLayout(unit, year, form).ifPresent(layout -> {
                boolean monitoring = layout.anyStyle();
                if (monitoring && year.monitorings.isEmpty()) {
                    return;
                }
                if (form.equals("overall-monitoring") && year.latestMonitoring("").isEmpty()) {
                    return;
                }
                List<Project> projects = monitoring && layout.perProject()
                        ? year.projects.stream().filter(p -> year.latestMonitoring(p.id).isPresent()).toList()
                        : List.copyOf(year.projects);
                if (layout.perProject() && projects.isEmpty()) {
                    return;
                }
                out.add(new Part(layout, projects));
            });
        }
        return out;
    }

    /**
     * The documents in order, laid out project by project as the writer asks for them (a project's
     * pages are garbage once written). For the workbook each carries its sheet's name.
     */
    private static List<FormDocument> documents(Unit unit, FiscalYear year, List<Part> parts, boolean sheets,
                                                List<Finding> findings) {
        List<FormDocument> out = new ArrayList<>();
        for (Part part : parts) {
            String label = SHEET_LABELS.getOrDefault(part.layout.form().id(), part.layout.title());
            if (part.layout.perProject()) {
                for (Project p : part.projects) {
                    for (FormDocument d : part.layout.render(unit, year, List.of(p))) {
                        out.add(sheets ? renamed(d, label + "-" + p.name) : d);
                    }
                }
            } else {
                for (FormDocument d : part.layout.render(unit, year, part.projects)) {
                    out.add(sheets ? renamed(d, label) : d);
                }
            }
        }
        if (sheets && !findings.isEmpty()) {
            out.add(findingsSheet(year.year, findings));
        }
        return out;
    }

    private static FormDocument renamed(FormDocument d, String name) {
        FormDocument copy = new FormDocument(name, d.page);
        copy.blocks.addAll(d.blocks);
        return copy;
    }

    /** 审核意见: what the year's review still finds, for the bureau to see the clerk knows of it. */
    static FormDocument findingsSheet(int year, List<Finding> findings) {
        FormDocument d = new FormDocument(FINDINGS_SHEET, PageSetup.A4_LANDSCAPE);
        d.add(Paragraph.title(year + "年度绩效资料审核意见"));
        d.add(Paragraph.note("报送时尚未处理的审核结果，共 " + findings.size() + " 条"));
        Table t = new Table(1, 1.2, 4, 12).headerRows(1);
        t.row(Table.Cell.label("序号"), Table.Cell.label("类别"), Table.Cell.label("项目"), Table.Cell.label("审核意见"));
        int n = 1;
        for (Finding f : findings) {
            t.row(Table.Cell.center(String.valueOf(n++)), Table.Cell.center(f.severity().label()),
                    Table.Cell.of(f.project().isEmpty() ? "部门整体" : f.project()), Table.Cell.of(f.message()));
        }
        d.add(t);
        return d;
    }
}
