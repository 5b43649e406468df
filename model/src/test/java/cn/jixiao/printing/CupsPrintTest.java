package cn.jixiao.printing;

import cn.jixiao.domain.Unit;
import cn.jixiao.sample.Samples;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import cn.jixiao.cli.Cli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Prints a form through a real print queue: the platform's print service to CUPS' cups-pdf printer
 * (`.ci/run` installs and starts it), then reads the file cups-pdf wrote and finds the form's text
 * in it. Skips, saying why, on a machine without such a queue (Windows, a Linux without CUPS).
 */
class CupsPrintTest {
    private static final Path CONFIG = Path.of("/etc/cups/cups-pdf.conf");

    @TempDir
    Path dir;

    private static String cupsPdfQueue() {
        String printer = Printing.printers().stream().filter(p -> p.equalsIgnoreCase("PDF") || p.toLowerCase().contains("cups-pdf"))
                .findFirst().orElse(null);
        Assumptions.assumeTrue(printer != null, "没有 cups-pdf 打印队列（lpstat -p 中无 PDF）：跳过经 CUPS 的打印测试。现有打印机："
                + Printing.printers());
        return printer;
    }

    @Test
    void aDeclarationPrintedToCupsPdfComesOutWithItsText() throws Exception {
        String printer = cupsPdfQueue();
        List<Path> folders = outputFolders();
        long before = System.currentTimeMillis() - 1000;
        Unit unit = Samples.load("hengyang-office");
        String project = "机要工作经费";
        try (PrintPages pages = PrintPages.of(unit, 2021, "declaration", null, List.of(project))) {
            assertEquals(1, pages.pageCount(), "one project's 申报表 is one page");
            Printing.print(pages, Printing.Job.all(printer));
        }
        assertPrinted(awaitNewPdf(folders, before), project);
    }

    @Test
    void theCommandLinePrintsTheSelfEvaluationOfAProjectToTheNamedQueue() throws Exception {
        String printer = cupsPdfQueue();
        List<Path> folders = outputFolders();
        Path file = dir.resolve("u.jixiao");
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertEquals(0, Cli.run(new String[] {"new", file.toString(), "--sample", "hengyang-office"}, quiet, quiet));
        long before = System.currentTimeMillis() - 1000;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Cli.run(new String[] {"print", file.toString(), "--year", "2022", "--form", "self-evaluation",
                "--project", "政务督查经费", "--printer", printer}, new PrintStream(out, true, StandardCharsets.UTF_8), quiet);
        assertEquals(0, code);
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("已送往打印机"), out.toString(StandardCharsets.UTF_8));
        Path printed = awaitNewPdf(folders, before);
        String text;
        try (PDDocument doc = Loader.loadPDF(printed.toFile())) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
        assertTrue(text.contains("绩效自评表") && text.contains("政务督查经费"), printed + "：" + text);
        Files.delete(printed);
    }

    private static void assertPrinted(Path printed, String project) throws IOException {
        String text;
        try (PDDocument doc = Loader.loadPDF(printed.toFile())) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
        // the printed file is kept when the text is not found, to look at
        // a queue that turns PDF into PostScript with poppler's pdftops loses the text's character map:
        // `.ci/run` sets the queue to pdftocairo (lpadmin -p PDF -o pdftops-renderer-default=pdftocairo)
        assertTrue(text.contains("项目绩效目标申报表"), printed + "（若为乱码：队列需 pdftops-renderer-default=pdftocairo）：" + text);
        assertTrue(text.contains(project), text);
        assertTrue(text.contains("衡阳市人民政府办公室"), text);
        Files.delete(printed);
    }

    @Test
    void anUnknownPrinterIsNamedWithTheChoices() throws Exception {
        Path file = dir.resolve("v.jixiao");
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertEquals(0, Cli.run(new String[] {"new", file.toString(), "--sample", "hengyang-office"}, quiet, quiet));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(new String[] {"print", file.toString(), "--year", "2021", "--form", "declaration",
                "--printer", "不存在的打印机"}, quiet, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("没有名为“不存在的打印机”的打印机"), err.toString(StandardCharsets.UTF_8));
    }

    /** Where cups-pdf writes: its 'Out' (with ${HOME}) for a known user, its 'AnonDirName' for the others. */
    private static List<Path> outputFolders() throws IOException {
        String out = "${HOME}/PDF";
        String anon = "/var/spool/cups-pdf/ANONYMOUS";
        if (Files.isReadable(CONFIG)) {
            for (String line : Files.readAllLines(CONFIG, StandardCharsets.UTF_8)) {
                String l = line.strip();
                if (l.startsWith("Out ")) {
                    out = l.substring(4).strip();
                } else if (l.startsWith("AnonDirName ")) {
                    anon = l.substring(12).strip();
                }
            }
        }
        String home = System.getProperty("user.home");
        String user = System.getProperty("user.name");
        return List.of(Path.of(out.replace("${HOME}", home).replace("${USER}", user)), Path.of(anon));
    }

    private static Path awaitNewPdf(List<Path> folders, long since) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            Optional<Path> found = newest(folders, since);
            if (found.isPresent()) {
                long size = -1;
                // cups-pdf writes the file in place: wait until it stops growing
                while (size != Files.size(found.get())) {
                    size = Files.size(found.get());
                    Thread.sleep(500);
                }
                return found.get();
            }
            Thread.sleep(250);
        }
        fail("cups-pdf wrote no PDF within 60 s into " + folders + " (lpstat -o shows the queue)");
        return null;
    }

    private static Optional<Path> newest(List<Path> folders, long since) throws IOException {
        List<Path> found = new ArrayList<>();
        for (Path f : folders) {
            if (Files.isDirectory(f)) {
                try (Stream<Path> s = Files.list(f)) {
                    s.filter(p -> p.toString().endsWith(".pdf")).filter(p -> {
                        try {
                            return Files.getLastModifiedTime(p).toMillis() >= since && Files.size(p) > 0;
                        } catch (IOException e) {
                            return false;
                        }
                    }).forEach(found::add);
                }
            }
        }
        return found.stream().findFirst();
    }
}
