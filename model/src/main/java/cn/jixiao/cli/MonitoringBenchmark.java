package cn.jixiao.cli;

import cn.jixiao.documents.DocumentExporter;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Unit;
import cn.jixiao.overview.YearOverview;
import cn.jixiao.sample.SyntheticMonitoring;
import cn.jixiao.sample.SyntheticUnit;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * `jixiao benchmark --monitoring`: the monitoring figures of docs/benchmarks.md: the
 * 项目支出绩效运行监控表 of a synthetic unit of 300 projects (each monitored to June) as one docx
 * and one xlsx (target ≤ 15 s each), the 汇总表, and the 年度总览's figures (lights, scores and the
 * year's review) computed. The overview drawn in the window: app/bench-overview.sh.
 */
final class MonitoringBenchmark {
    private MonitoringBenchmark() {
    }

    static int run(Args args, PrintStream out) throws IOException {
        int projects = BenchmarkCommand.projects(args);
        int indicators = BenchmarkCommand.indicators(args);
        int repeats = BenchmarkCommand.repeats(args, "repeats", 3);
        Unit unit = SyntheticUnit.generate(projects, indicators, 42);
        FiscalYear year = unit.years.get(0);
        SyntheticMonitoring.monitor(year, 6, 42);
        out.printf("合成单位 %d 个项目（每项 %d 个三级指标），每个项目截至6月的运行监控；%d 个处理器%n", projects, indicators,
                Runtime.getRuntime().availableProcessors());
        Path dir = Files.createTempDirectory("jixiao-bench-monitoring");
        try {
            for (String form : List.of("monitoring", "monitoring-summary")) {
                for (DocumentExporter.Format format : List.of(DocumentExporter.Format.DOCX, DocumentExporter.Format.XLSX)) {
                    List<Double> times = new ArrayList<>();
                    for (int r = 0; r < repeats; r++) {
                        long s = System.nanoTime();
                        List<Path> written = DocumentExporter.export(unit, new DocumentExporter.Request(year.year, form, null,
                                List.of(), format, dir, false, 6), DocumentExporter.Progress.NONE);
                        times.add((System.nanoTime() - s) / 1e6);
                        for (Path p : written) {
                            Files.delete(p);
                        }
                    }
                    out.printf("%s %s：首次 %.0f ms，中位数 %.0f ms（%d 次）%s%n", form, format.extension(), times.get(0),
                            Timings.median(times), repeats, form.equals("monitoring") ? "，目标 ≤ 15000 ms" : "");
                }
            }
        } finally {
            Files.deleteIfExists(dir);
        }
        List<Double> overview = new ArrayList<>();
        for (int r = 0; r < 2 * repeats + 1; r++) {
            long s = System.nanoTime();
            YearOverview.of(unit, year);
            overview.add((System.nanoTime() - s) / 1e6);
        }
        out.printf("年度总览的数字（灯、得分、全年审核）：首次 %.0f ms，中位数 %.0f ms（%d 次）%n", overview.get(0),
                Timings.median(overview), overview.size());
        return 0;
    }
}
