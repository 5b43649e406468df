package cn.jixiao.printing;

import javax.print.DocFlavor;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.SimpleDoc;
import javax.print.PrintServiceLookup;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.Copies;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.PageRanges;
import java.awt.GraphicsEnvironment;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * 打印: sends {@link PrintPages} to a printer through the platform's print service (Windows' printers,
 * CUPS on Linux), either with the choices given (the command line, the tests) or with the system
 * print dialog, where the clerk picks the printer, the copies and the pages.
 */
public final class Printing {
    /**
     * What to print: on which printer (null: the system's default), how many copies, and which
     * pages, counted from 1 ({@code fromPage} 0: all of them).
     */
    public record Job(String printer, int copies, int fromPage, int toPage) {
        public Job {
            if (copies < 1 || copies > 999) {
                throw new PrintFailure("份数应为 1—999，而不是 " + copies);
            }
            if (fromPage < 0 || fromPage > 0 && toPage < fromPage) {
                throw new PrintFailure("页码范围不对：第 " + fromPage + " 页至第 " + toPage + " 页");
            }
        }

        /** Every page, one copy. */
        public static Job all(String printer) {
            return new Job(printer, 1, 0, 0);
        }
    }

    /** Printing could not start or finish; the message says why in the clerk's terms. */
    public static final class PrintFailure extends RuntimeException {
        public PrintFailure(String message) {
            super(message);
        }

        PrintFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private Printing() {
    }

    /** The printers the system offers, by name. */
    public static List<String> printers() {
        return Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null)).map(PrintService::getName).toList();
    }

    /** The system's default printer, when it has one. */
    public static Optional<String> defaultPrinter() {
        return Optional.ofNullable(PrintServiceLookup.lookupDefaultPrintService()).map(PrintService::getName);
    }

    /**
     * Prints without asking; returns when the job is handed to the printer's queue. A printer that
     * takes PDF itself (CUPS does) is sent the PDF: the printer then gets the embedded fonts and the
     * text, not outlines drawn by Java, and the job is a fraction of the size. Others (most Windows
     * drivers) get the pages drawn through java.awt's print job.
     */
    public static void print(PrintPages pages, Job job) {
        PrintService service = service(job.printer());
        PrintRequestAttributeSet attributes = attributes(pages, job);
        if (service.isDocFlavorSupported(DocFlavor.INPUT_STREAM.PDF)) {
            try (InputStream in = Files.newInputStream(pages.file())) {
                service.createPrintJob().print(new SimpleDoc(in, DocFlavor.INPUT_STREAM.PDF, null), attributes);
                return;
            } catch (PrintException | IOException e) {
                throw failed(service.getName(), e);
            }
        }
        PrinterJob pj = job(pages, service);
        try {
            pj.print(attributes);
        } catch (PrinterException e) {
            throw failed(printerName(pj), e);
        }
    }

    /**
     * Shows the system print dialog (printer, copies, pages) and prints what the clerk chose there.
     * Returns false when the clerk cancelled. Blocks until the dialog closes: call it off the
     * window's own thread.
     */
    public static boolean printWithDialog(PrintPages pages) {
        if (GraphicsEnvironment.isHeadless()) {
            throw new PrintFailure("没有图形界面，无法显示打印对话框");
        }
        PrinterJob pj = job(pages, defaultService().orElse(null));
        // no attributes: Windows then shows its own print dialog rather than Java's
        if (!pj.printDialog()) {
            return false;
        }
        try {
            pj.print();
            return true;
        } catch (PrinterException e) {
            throw failed(printerName(pj), e);
        }
    }

    private static PrinterJob job(PrintPages pages, PrintService service) {
        PrinterJob pj = PrinterJob.getPrinterJob();
        try {
            if (service != null) {
                pj.setPrintService(service);
            }
        } catch (PrinterException e) {
            throw failed(service.getName(), e);
        }
        pj.setJobName(pages.title());
        pj.setPageable(pages.pageable());
        return pj;
    }

    private static PrintRequestAttributeSet attributes(PrintPages pages, Job job) {
        PrintRequestAttributeSet a = new HashPrintRequestAttributeSet();
        a.add(new Copies(job.copies()));
        a.add(new JobName(pages.title(), Locale.CHINA));
        if (job.fromPage() > 0) {
            if (job.fromPage() > pages.pageCount()) {
                throw new PrintFailure("共 " + pages.pageCount() + " 页，没有第 " + job.fromPage() + " 页");
            }
            a.add(new PageRanges(job.fromPage(), Math.min(job.toPage(), pages.pageCount())));
        }
        return a;
    }

    private static PrintService service(String printer) {
        if (printer == null || printer.isBlank()) {
            return defaultService().orElseThrow(() -> new PrintFailure(noPrinter()));
        }
        return Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null))
                .filter(s -> s.getName().equals(printer.strip()))
                .findFirst()
                .orElseThrow(() -> new PrintFailure("没有名为“" + printer.strip() + "”的打印机。"
                        + (printers().isEmpty() ? noPrinter() : "可选：" + String.join("、", printers()))));
    }

    private static Optional<PrintService> defaultService() {
        PrintService s = PrintServiceLookup.lookupDefaultPrintService();
        if (s != null) {
            return Optional.of(s);
        }
        PrintService[] all = PrintServiceLookup.lookupPrintServices(null, null);
        return all.length == 0 ? Optional.empty() : Optional.of(all[0]);
    }

    private static String noPrinter() {
        return "本机没有可用的打印机，请先在系统设置中添加打印机";
    }

    /**
     * The clerk's message for a job the printer or the print system refused. Their own text is
     * English or a Java class name, so it stays in the cause (and the log), not in the message.
     */
    private static String printerName(PrinterJob pj) {
        return pj.getPrintService() == null ? "（未选择）" : pj.getPrintService().getName();
    }

    private static PrintFailure failed(String printer, Exception e) {
        return new PrintFailure("打印失败：打印机“" + printer + "”没有接受这个打印任务。请检查打印机是否开机、联机、有纸，"
                + "或在打印对话框中换一台打印机后重试。", e);
    }
}
