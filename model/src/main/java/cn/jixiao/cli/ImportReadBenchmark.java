package cn.jixiao.cli;

import cn.jixiao.documents.DocumentExporter;
import cn.jixiao.domain.Unit;
import cn.jixiao.importing.source.ImportRefusal;
import cn.jixiao.importing.source.SourceDocument;
import cn.jixiao.importing.source.SourceReader;
import cn.jixiao.importing.source.SourceTable;
import cn.jixiao.sample.Samples;
import cn.jixiao.sample.SyntheticUnit;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static cn.jixiao.cli.Timings.median;
import static cn.jixiao.cli.Timings.ms;

/**
 * `jixiao benchmark --import-read`: reading files to import into their tables (SourceReader), the
 * figures of docs/benchmarks.md — a typical 2-page form (the hengyang-office 2021 申报表 of one
 * project, the preview's case, target ≤ 1 s) and the declaration workbook of a synthetic unit of
 * 300 projects as the program exports it, with the heap's peak during each
 * read (run under -Xmx512m as the proof it fits).
 */
final class ImportReadBenchmark {
    private static final String SAMPLE = "hengyang-office";
    private static final String SAMPLE_PROJECT = "大院保安转辅警经费";
    private static final String SYNTHETIC_STYLE = "huaiyuan-2024";

    private ImportReadBenchmark() {
    }

    static int run(Args args, PrintStream out) throws IOException, ImportRefusal {
        int rounds = BenchmarkCommand.repeats(args, "rounds", 9);
        int repeats = BenchmarkCommand.repeats(args, "repeats", 3);
        int projects = args.intOption("projects", 1, BenchmarkCommand.MAX_PROJECTS).orElse(300);
        int indicators = BenchmarkCommand.indicators(args);
        out.printf("最大堆 %d MB，%d 个处理器%n", Runtime.getRuntime().maxMemory() / 1048576,
                Runtime.getRuntime().availableProcessors());
        Path dir = Files.createTempDirectory("jixiao-bench-import");
        try {
            Unit sample = Samples.load(SAMPLE);
            for (DocumentExporter.Format format : List.of(DocumentExporter.Format.DOCX, DocumentExporter.Format.XLSX)) {
                Path file = DocumentExporter.export(sample, new DocumentExporter.Request(2021, "declaration", "hengyang-2021",
                        List.of(SAMPLE_PROJECT), format, dir.resolve("sample"), false, 0), DocumentExporter.Progress.NONE).get(0);
                measure(out, "一个项目的申报表（" + SAMPLE + " 2021，约 2 页）", file, rounds);
            }
            Unit unit = SyntheticUnit.generate(projects, indicators, 42);
            int year = unit.years.get(0).year;
            // the workbook only: exporting 300 projects as one .docx takes minutes on a loaded machine (the
            // writer's custom properties), which would measure the export, not the reading
            List<Path> files = DocumentExporter.export(unit, new DocumentExporter.Request(year, "declaration", SYNTHETIC_STYLE,
                    List.of(), DocumentExporter.Format.XLSX, dir.resolve("synthetic"), false, 0), DocumentExporter.Progress.NONE);
            for (Path file : files) {
                measure(out, "合成单位 " + projects + " 个项目（每项 " + indicators + " 个三级指标）的申报表", file, repeats);
            }
        } finally {
            delete(dir);
        }
        return 0;
    }

    /** Reads one file {@code times} times: first and median, the tables found and the heap's peak over the reads. */
    private static void measure(PrintStream out, String what, Path file, int times) throws IOException, ImportRefusal {
        List<Double> wall = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        SourceDocument read = null;
        System.gc();
        resetPeaks();
        for (int i = 0; i < times; i++) {
            long c = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            long s = System.nanoTime();
            read = SourceReader.read(file);
            wall.add(ms(System.nanoTime() - s));
            // on a shared machine loaded far above its processors the wall time mostly measures the wait
            cpu.add(ms(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - c));
        }
        long cells = 0;
        for (SourceTable t : read.tables()) {
            for (int r = 0; r < t.rows(); r++) {
                cells += t.cellsOf(r).size();
            }
        }
        out.printf("%s %s：文件 %.2f MB（解压后 %.1f MB），%d 个表格、%d 个单元格；读取首次 %.0f ms，中位数 %.0f ms（%d 次），本线程 CPU 时间中位数 %.0f ms；"
                        + "堆峰值（各区峰值之和）%.0f MB，老年代峰值 %.0f MB%n",
                what, file.getFileName().toString().replaceAll(".*\\.", "."), Files.size(file) / 1048576.0, inflated(file) / 1048576.0,
                read.tables().size(), cells, wall.get(0), median(wall), times, median(cpu), peak(false), peak(true));
    }

    private static long inflated(Path file) throws IOException {
        long total = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(e)) {
                    total += in.transferTo(java.io.OutputStream.nullOutputStream());
                }
            }
        }
        return total;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The heap pools' peaks summed (an upper bound: they peak at different moments), or the old generation's alone. */
    private static double peak(boolean oldOnly) {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            boolean old = pool.getName().contains("Old") || pool.getName().contains("Tenured");
            if (pool.getType() == MemoryType.HEAP && (!oldOnly || old)) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / 1048576.0;
    }

    private static void delete(Path dir) throws IOException {
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
