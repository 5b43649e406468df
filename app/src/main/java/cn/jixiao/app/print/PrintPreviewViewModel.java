package cn.jixiao.app.print;

import cn.jixiao.documents.PdfWriter;
import cn.jixiao.app.text.Messages;
import cn.jixiao.bureau.YearPackage;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Unit;
import cn.jixiao.printing.PrintPages;
import cn.jixiao.printing.Printing;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;

/**
 * 打印预览: one form of the year (the project's alone when opened on a project) as the pages that
 * print, one page shown at a time at a zoom, and the print command that hands them to the system
 * print dialog. The pages come from {@link PrintPages}, the same layout as the PDF export.
 */
public final class PrintPreviewViewModel implements AutoCloseable {
    /** A form the year prints, with its title as the year's style prints it. */
    public record FormChoice(String form, String title) {
        @Override
        public String toString() {
            return title;
        }
    }

    /** Screen dots per inch at 100 %: the size of the paper on a usual office screen. */
    static final float SCREEN_DPI = 96f;
    static final double MIN_ZOOM = 0.25;
    static final double MAX_ZOOM = 4;
    private static final double STEP = 1.25;

    private final Unit unit;
    private final int year;
    private final String project;
    private final List<FormChoice> forms;
    private final ObjectProperty<FormChoice> form = new SimpleObjectProperty<>();
    private final BooleanProperty projectOnly = new SimpleBooleanProperty();
    private final ObjectProperty<PrintPages> pages = new SimpleObjectProperty<>();
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper();
    private final IntegerProperty page = new SimpleIntegerProperty();
    private final DoubleProperty zoom = new SimpleDoubleProperty(1);
    private final ObjectProperty<Image> image = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");

    /** The preview of the year's forms; {@code project} (may be null) is the one to show alone at first. */
    public PrintPreviewViewModel(Unit unit, int year, String project) {
        this.unit = unit;
        this.year = year;
        this.project = project;
        this.forms = forms(unit, year);
        projectOnly.set(project != null);
        form.set(forms.isEmpty() ? null : forms.get(0));
        page.addListener(o -> drawPage());
        zoom.addListener(o -> drawPage());
    }

    /** Every form the year prints, in the official order: the forms of its 报送包. */
    static List<FormChoice> forms(Unit unit, int year) {
        Optional<FiscalYear> fy = unit.year(year);
        return fy.map(y -> YearPackage.forms(unit, y).stream().map(l -> new FormChoice(l.form().id(), l.title())).toList())
                .orElse(List.of());
    }

    public List<FormChoice> forms() {
        return forms;
    }

    public ObjectProperty<FormChoice> formProperty() {
        return form;
    }

    /** The project the preview was opened on, if any. */
    public Optional<String> project() {
        return Optional.ofNullable(project);
    }

    /** True: only that project's form; false: every project's. Yearly forms ignore it. */
    public BooleanProperty projectOnlyProperty() {
        return projectOnly;
    }

    /** Lays out the chosen form's pages (off the window's thread: a year of forms takes a moment). */
    public Task<PrintPages> loadTask() {
        FormChoice f = form.get();
        List<String> projects = projectOnly.get() && project != null ? List.of(project) : List.of();
        return new Task<>() {
            @Override
            protected PrintPages call() throws Exception {
                if (f == null) {
                    throw new IllegalArgumentException(Messages.text("printPreview.noForm"));
                }
                return PrintPages.of(unit, year, f.form(), null, projects);
            }
        };
    }

    /** Shows the pages just laid out, from the first; closes those shown before. */
    public void show(PrintPages laidOut) {
        PrintPages old = pages.get();
        pages.set(laidOut);
        // the first page is drawn before the count changes, so 'page 1 of N' never shows an empty page
        if (page.get() == 0) {
            drawPage();
        } else {
            page.set(0);
        }
        pageCount.set(laidOut.pageCount());
        status.set(laidOut.warnings().isEmpty() ? "" : laidOut.warnings().get(0));
        closeQuietly(old);
    }

    public ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount.getReadOnlyProperty();
    }

    /** The page shown, from 0. */
    public IntegerProperty pageProperty() {
        return page;
    }

    /** '第 2 页，共 13 页'. */
    public StringBinding pageText() {
        return Bindings.createStringBinding(() -> pageCount.get() == 0 ? ""
                : Messages.text("printPreview.pageOf", page.get() + 1, pageCount.get()), page, pageCount);
    }

    public void next() {
        if (page.get() + 1 < pageCount.get()) {
            page.set(page.get() + 1);
        }
    }

    public void previous() {
        if (page.get() > 0) {
            page.set(page.get() - 1);
        }
    }

    /** 1 is the paper's own size on the screen. */
    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public void zoomIn() {
        zoom.set(Math.min(MAX_ZOOM, zoom.get() * STEP));
    }

    public void zoomOut() {
        zoom.set(Math.max(MIN_ZOOM, zoom.get() / STEP));
    }

    /** The zoom at which the whole page fits in a view of the given size (in screen pixels). */
    public void fit(double width, double height) {
        PrintPages p = pages.get();
        if (p == null || width <= 0 || height <= 0) {
            return;
        }
        double w = p.widthMm(page.get()) / 25.4 * SCREEN_DPI;
        double h = p.heightMm(page.get()) / 25.4 * SCREEN_DPI;
        zoom.set(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, Math.min(width / w, height / h))));
    }

    /** The page shown, drawn at the zoom. */
    public ObjectProperty<Image> imageProperty() {
        return image;
    }

    /** A warning about the pages (a character the font lacks), else empty. */
    public StringProperty statusProperty() {
        return status;
    }

    private void drawPage() {
        PrintPages p = pages.get();
        if (p == null || page.get() >= p.pageCount()) {
            image.set(null);
            return;
        }
        image.set(toImage(p.image(page.get(), (float) (SCREEN_DPI * zoom.get()))));
    }

    private static Image toImage(BufferedImage b) {
        int w = b.getWidth();
        int h = b.getHeight();
        int[] argb = b.getRGB(0, 0, w, h, null, 0, w);
        WritableImage img = new WritableImage(w, h);
        img.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return img;
    }

    /**
     * Opens the system print dialog (printer, copies, pages) and prints there: a task, as the dialog
     * blocks its thread until the clerk closes it. Its value is false when the clerk cancelled.
     */
    public Task<Boolean> printTask() {
        PrintPages p = pages.get();
        return new Task<>() {
            @Override
            protected Boolean call() {
                if (p == null) {
                    throw new IllegalStateException(Messages.text("printPreview.noPages"));
                }
                return Printing.printWithDialog(p);
            }
        };
    }

    @Override
    public void close() {
        closeQuietly(pages.get());
        pages.set(null);
    }

    private static void closeQuietly(PrintPages p) {
        if (p != null) {
            try {
                p.close();
            } catch (java.io.IOException ignored) {
                // a temporary file the system cleans up in time
            }
        }
    }

    /**
     * What went wrong, in the clerk's words: the model's own failures say it in Chinese; anything
     * else (a file error, the PDF library) would show English or class names, so it gets the plain
     * "unknown" text and the log keeps the rest.
     */
    static String failure(Throwable e) {
        boolean ours = e instanceof Printing.PrintFailure || PdfWriter.missingFont(e)
                || e instanceof IllegalArgumentException || e instanceof IndexOutOfBoundsException;
        String m = ours ? e.getMessage() : null;
        return m == null || m.isBlank() ? Messages.text("printPreview.unknown") : m;
    }
}
