package cn.jixiao.printing;

import cn.jixiao.documents.DocumentExporter;
import cn.jixiao.documents.FormDocument;
import cn.jixiao.documents.FormLayouts;
import cn.jixiao.domain.Unit;
import cn.jixiao.documents.PdfWriter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.printing.PDFPageable;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.image.BufferedImage;
import java.awt.print.Pageable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The pages of the chosen forms as they print (打印预览的页面): the PDF that {@link PdfWriter} makes of
 * them, so the preview, the printed paper and the exported PDF are one layout, never a second one.
 * Pages are drawn on demand as images for the preview and handed whole to the printer.
 */
public final class PrintPages implements AutoCloseable {
    /** PDF points per inch: a page drawn at {@code dpi / 72} is {@code dpi} dots per inch. */
    private static final float POINTS_PER_INCH = 72f;

    private final String title;
    private final PDDocument pdf;
    private final PDFRenderer renderer;
    private final Path file;
    private final List<String> warnings;

    private PrintPages(String title, PDDocument pdf, Path file, List<String> warnings) {
        this.title = title;
        this.pdf = pdf;
        this.renderer = new PDFRenderer(pdf);
        this.file = file;
        this.warnings = List.copyOf(warnings);
    }

    /** Lays out the documents as the PDF export does. {@code title} names the print job. */
    public static PrintPages of(String title, Iterable<FormDocument> documents) throws IOException {
        // through a temporary file, not the heap: the year's forms may be hundreds of pages
        Path file = Files.createTempFile("jixiao-print", ".pdf");
        try {
            List<String> warnings = new ArrayList<>();
            Consumer<String> warn = warnings::add;
            PdfWriter.write(documents, file, warn);
            return new PrintPages(title, Loader.loadPDF(file.toFile()), file, warnings);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /**
     * The pages of one form of the year, as {@code jixiao export --form} would write it: the
     * given projects (all of the year's when none), in the given style (blank: the year's).
     */
    public static PrintPages of(Unit unit, int year, String form, String style, List<String> projects) throws IOException {
        List<FormDocument> docs = DocumentExporter.render(unit, year, form, style, projects);
        String title = year + "年" + FormLayouts.title(form).orElse(form);
        if (docs.isEmpty()) {
            throw new IllegalArgumentException(title + "没有可打印的内容");
        }
        return of(title, docs);
    }

    /** What the print job is called in the printer's queue: the form's title. */
    public String title() {
        return title;
    }

    /** Texts changed to fit the page (a character the font lacks), as the PDF export says them. */
    public List<String> warnings() {
        return warnings;
    }

    public int pageCount() {
        return pdf.getNumberOfPages();
    }

    /** The page's paper size in millimetres (A4 portrait 210 × 297, landscape 297 × 210). */
    public double widthMm(int page) {
        return box(page).getWidth() / POINTS_PER_INCH * 25.4;
    }

    public double heightMm(int page) {
        return box(page).getHeight() / POINTS_PER_INCH * 25.4;
    }

    private PDRectangle box(int page) {
        return pdf.getPage(page).getMediaBox();
    }

    /**
     * Page {@code page} (0-based) drawn at {@code dpi} dots per inch. The renderer is not
     * thread-safe, so pages are drawn one at a time.
     */
    public synchronized BufferedImage image(int page, float dpi) {
        if (page < 0 || page >= pageCount()) {
            throw new IndexOutOfBoundsException("没有第 " + (page + 1) + " 页（共 " + pageCount() + " 页）");
        }
        try {
            return renderer.renderImage(page, dpi / POINTS_PER_INCH, ImageType.RGB);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PDF itself, for a printer that takes PDF. */
    Path file() {
        return file;
    }

    /** The pages for java.awt's print job, each printed at its own size and orientation. */
    Pageable pageable() {
        return new PDFPageable(pdf);
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            pdf.close();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
