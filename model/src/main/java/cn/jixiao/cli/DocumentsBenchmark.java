package cn.jixiao.cli;

import cn.jixiao.documents.DocumentExporter;
import cn.jixiao.documents.FormLayout;
import cn.jixiao.documents.FormLayouts;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Unit;
import cn.jixiao.sample.Samples;
import cn.jixiao.sample.SyntheticUnit;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static cn.jixiao.cli.Timings.median;
import static cn.jixiao.cli.Timings.ms;
import java.util.stream.Stream;

/**
 * `jixiao benchmark --documents`: the document figures of docs/benchmarks.md — every form of the
 * hengyang-office sample as Word and Excel, and every declaration of a synthetic unit of 75, 150
 * and 300 projects — with the heap's peak, so a run under -Xmx512m shows the export fits in it.
 * `--formats pdf` measures the PDF writer alone; its first sample round, in a fresh run, is the
 * first PDF export after the program starts (the fonts found and read).
 */
final class DocumentsBenchmark {
    private static final String SAMPLE = "hengyang-office";
    private static final String SYNTHETIC_STYLE = "huaiyuan-2024";
    private static final List<DocumentExporter.Format> FORMATS =
            List.of(DocumentExporter.Format.DOCX, DocumentExporter.Format.XLSX);

    private DocumentsBenchmark() {
    }

    static int run(Args args, PrintStream out) throws IOException {
        int rounds = BenchmarkCommand.repeats(args, "rounds", 9);
        int indicators = BenchmarkCommand.indicators(args);
        int repeats = BenchmarkCommand.repeats(args, "repeats", 3);
        List<Integer> sizes = args.option("sizes").map(DocumentsBenchmark::sizes).orElse(List.of(75, 150, 300));
        // --formats xlsx measures one writer alone: 10,000 projects in Word need far more heap than in Excel
        List<DocumentExporter.Format> formats = args.option("formats").map(DocumentsBenchmark::formats).orElse(FORMATS);
        boolean sample = !args.flag("no-sample");
        out.printf("最大堆 %d MB，%d 个处理器%n", Runtime.getRuntime().maxMemory() / 1048576,
                Runtime.getRuntime().availableProcessors());
        Path dir = Files.createTempDirectory("jixiao-bench-docs");
        try {
            if (sample) {
                sample(out, dir, rounds, formats);
            }
            for (int n : sizes) {
                synthetic(out, dir, n, indicators, repeats, formats);
            }
        } finally {
            delete(dir);
        }
        out.printf("老年代峰值（存活数据的上限）：%.0f MB%n", peakOldGenerationMb());
        return 0;
    }

    /** Every form of every year of the sample, in each of the formats, as one round; first and median of the rounds. */
    private static void sample(PrintStream out, Path dir, int rounds, List<DocumentExporter.Format> formats)
            throws IOException {
        Unit unit = Samples.load(SAMPLE);
        List<Double> times = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        int files = 0;
        for (int r = 0; r < rounds; r++) {
            Path roundDir = Files.createDirectories(dir.resolve("sample-" + r));
            long c = cpuNanos();
            long s = System.nanoTime();
            files = 0;
            for (FiscalYear year : unit.years) {
                String style = DocumentExporter.defaultStyle(unit, year);
                for (FormLayout layout : FormLayouts.all()) {
                    if (!layout.style().id().equals(style) || layout.perProject() && year.projects.isEmpty()) {
                        continue;
                    }
                    for (DocumentExporter.Format format : formats) {
                        files += DocumentExporter.export(unit, new DocumentExporter.Request(year.year, layout.form().id(),
                                style, List.of(), format, roundDir), DocumentExporter.Progress.NONE).size();
                    }
                }
            }
            times.add(ms(System.nanoTime() - s));
            cpu.add(ms(cpuNanos() - c));
            delete(roundDir);
        }
        out.printf("%s 全部表单（%d 个文件，%s）：首次 %.0f ms，中位数 %.0f ms（%d 轮）；本线程 CPU 时间首次 %.0f ms，中位数 %.0f ms%n",
                SAMPLE, files, String.join(" 与 ", formats.stream().map(DocumentExporter.Format::extension).toList()),
                times.get(0), median(times), rounds, cpu.get(0), median(cpu));
    }

    /**
     * All declarations of a synthetic unit of n projects in one docx, then one xlsx, each written
     * {@code repeats} times: the first and the median, as a busy machine makes single runs noisy.
     */
    private static void synthetic(PrintStream out, Path dir, int n, int indicators, int repeats,
                                  List<DocumentExporter.Format> formats) throws IOException {
        Unit unit = SyntheticUnit.generate(n, indicators, 42);
        int year = unit.years.get(0).year;
        for (DocumentExporter.Format format : formats) {
            List<Double> times = new ArrayList<>();
            List<Double> cpu = new ArrayList<>();
            long bytes = 0;
            for (int r = 0; r < repeats; r++) {
                long c = cpuNanos();
                long s = System.nanoTime();
                List<Path> written = DocumentExporter.export(unit, new DocumentExporter.Request(year, "declaration",
                        SYNTHETIC_STYLE, List.of(), format, dir), DocumentExporter.Progress.NONE);
                times.add(ms(System.nanoTime() - s));
                cpu.add(ms(cpuNanos() - c));
                bytes = 0;
                for (Path p : written) {
                    bytes += Files.size(p);
                    Files.delete(p);
                }
            }
            double median = median(times);
            out.printf("合成单位 %d 个项目（每项 %d 个三级指标）的申报表 %s：首次 %.0f ms，中位数 %.0f ms（%d 次），"
                            + "每项目 %.1f ms，文件 %.1f MB；本线程 CPU 时间中位数 %.0f ms%n",
                    n, indicators, format.extension(), times.get(0), median, repeats, median / n, bytes / 1048576.0,
                    median(cpu));
        }
    }

    /**
     * The CPU time of this thread, which does the export: on a shared machine whose load is far
     * above its processors the wall time mostly measures the wait for a processor.
     */
    private static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static List<DocumentExporter.Format> formats(String text) {
        List<DocumentExporter.Format> out = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            try {
                out.add(DocumentExporter.Format.parse(part.strip()));
            } catch (DocumentExporter.ChoiceException e) {
                throw new CliException("选项 --formats 只能是 docx、xlsx、pdf、json（用逗号分隔），实际为：" + text + "。");
            }
        }
        return out;
    }

    private static List<Integer> sizes(String text) {
        List<Integer> out = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            out.add(Args.whole(part, "选项 --sizes 中的项目数", 1, BenchmarkCommand.MAX_PROJECTS));
        }
        return out;
    }

    /**
     * What survived young collections at its highest. The pools' peaks are reached at different
     * times, so their sum says little; running under -Xmx512m is the proof the export fits.
     */
    static double peakOldGenerationMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && (pool.getName().contains("Old") || pool.getName().contains("Tenured"))) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / 1048576.0;
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
