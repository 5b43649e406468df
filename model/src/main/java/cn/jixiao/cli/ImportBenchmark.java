package cn.jixiao.cli;

import cn.jixiao.documents.DocumentExporter;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Unit;
import cn.jixiao.editing.EditHistory;
import cn.jixiao.importing.DocumentPreview;
import cn.jixiao.importing.FormImport;
import cn.jixiao.importing.ImportProgress;
import cn.jixiao.sample.Samples;
import cn.jixiao.sample.SyntheticUnit;
import cn.jixiao.store.UnitFile;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static cn.jixiao.cli.Timings.median;
import static cn.jixiao.cli.Timings.ms;

/**
 * `jixiao benchmark --import [--projects 300] [--repeats 3]`: the 导入表格 figures of
 * docs/benchmarks.md — our own declaration workbook of a synthetic unit imported into a new unit file, read, planned and saved as one edit; and the preview of a
 * typical two-page document (one declaration of the sample). Run under -Xmx512m to show the
 * import fits in it.
 */
final class ImportBenchmark {
    private static final String SYNTHETIC_STYLE = "huaiyuan-2024";

    private ImportBenchmark() {
    }

    static int run(Args args, PrintStream out) throws IOException {
        int n = BenchmarkCommand.projects(args);
        int indicators = BenchmarkCommand.indicators(args);
        int repeats = BenchmarkCommand.repeats(args, "repeats", 3);
        out.printf("最大堆 %d MB，%d 个处理器%n", Runtime.getRuntime().maxMemory() / 1048576,
                Runtime.getRuntime().availableProcessors());
        Path dir = Files.createTempDirectory("jixiao-bench-import");
        try {
            typical(out, dir, repeats);
            Unit unit = SyntheticUnit.generate(n, indicators, 42);
            int year = unit.years.get(0).year;
            for (DocumentExporter.Format format : List.of(DocumentExporter.Format.XLSX)) {
                List<Path> written = DocumentExporter.export(unit, new DocumentExporter.Request(year, "declaration",
                        SYNTHETIC_STYLE, List.of(), format, dir), DocumentExporter.Progress.NONE);
                List<Double> times = new ArrayList<>();
                List<Double> previews = new ArrayList<>();
                int imported = 0;
                for (int r = 0; r < repeats; r++) {
                    Path file = dir.resolve("import-" + format.extension() + "-" + r + ".jixiao");
                    long s = System.nanoTime();
                    try (UnitFile f = UnitFile.createWith(file, new Unit())) {
                        Unit into = f.load();
                        FormImport importer = new FormImport();
                        List<DocumentPreview> preview = importer.preview(written, into, ImportProgress.NONE);
                        previews.add(ms(System.nanoTime() - s));
                        new EditHistory(f).perform(importer.apply(into, importer.plan(into, preview)));
                        imported = into.year(year).map(y -> y.projects.size()).orElse(0);
                    }
                    times.add(ms(System.nanoTime() - s));
                    Files.delete(file);
                }
                if (imported != n) {
                    throw new IllegalStateException("导入的项目数不符：" + imported + " / " + n);
                }
                long bytes = 0;
                for (Path p : written) {
                    bytes += Files.size(p);
                }
                out.printf("合成单位 %d 个项目（每项 %d 个三级指标）的申报表 %s（%.1f MB）导入新单位文件：首次 %.0f ms，中位数 %.0f ms"
                                + "（其中读取与预览中位数 %.0f ms，%d 次）%n",
                        n, indicators, format.extension(), bytes / 1048576.0, times.get(0), median(times), median(previews), repeats);
                for (Path p : written) {
                    Files.delete(p);
                }
            }
        } finally {
            DocumentsBenchmark.delete(dir);
        }
        out.printf("老年代峰值（存活数据的上限）：%.0f MB%n", DocumentsBenchmark.peakOldGenerationMb());
        return 0;
    }

    /** The preview of one declaration of the sample (two pages) as Word and as Excel: the first and the median. */
    private static void typical(PrintStream out, Path dir, int repeats) throws IOException {
        Unit sample = Samples.load(Samples.DEFAULT);
        FiscalYear y = sample.year(2021).orElseThrow();
        for (DocumentExporter.Format format : List.of(DocumentExporter.Format.DOCX, DocumentExporter.Format.XLSX)) {
            List<Path> written = DocumentExporter.export(sample, new DocumentExporter.Request(y.year, "declaration",
                    DocumentExporter.defaultStyle(sample, y), List.of(y.projects.get(0).name), format, dir), DocumentExporter.Progress.NONE);
            List<Double> times = new ArrayList<>();
            for (int r = 0; r < Math.max(repeats, 5); r++) {
                long s = System.nanoTime();
                DocumentPreview p = new FormImport().preview(written.get(0), new Unit());
                times.add(ms(System.nanoTime() - s));
                if (p.isRefused()) {
                    throw new IllegalStateException(p.refusal().orElseThrow());
                }
            }
            out.printf("一个项目的申报表（两页）%s 的预览：首次 %.0f ms，中位数 %.0f ms（%d 次）%n", format.extension(),
                    times.get(0), median(times), times.size());
            for (Path p : written) {
                Files.delete(p);
            }
        }
    }
}
