package cn.jixiao.cli;

import cn.jixiao.bureau.YearPackage;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Unit;
import cn.jixiao.printing.PrintPages;
import cn.jixiao.sample.Samples;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static cn.jixiao.cli.Timings.median;
import static cn.jixiao.cli.Timings.ms;

/**
 * `jixiao benchmark --print [--repeats 5]`: the year's package (报送包) of the sample unit
 * hengyang-office, each year, and the print preview's first page (laid out as PDF and drawn at
 * 96 dpi, as the preview opens) for one project's form and for the year's. The first round
 * includes the class loading and font parsing a first use after start pays.
 */
final class PrintBenchmark {
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private PrintBenchmark() {
    }

    static int run(Args args, PrintStream out) throws Exception {
        int repeats = args.intOption("repeats", 1, 1000).orElse(5);
        Unit unit = Samples.load(Samples.DEFAULT);
        Path dir = Files.createTempDirectory("jixiao-bench-print");
        for (FiscalYear y : unit.years) {
            List<Double> times = new ArrayList<>();
            List<Double> cpu = new ArrayList<>();
            for (int i = 0; i < repeats; i++) {
                long t = System.nanoTime();
                long c = THREADS.getCurrentThreadCpuTime();
                YearPackage.Written w = YearPackage.write(unit, y.year, dir.resolve("r" + i), m -> { });
                times.add(ms(System.nanoTime() - t));
                cpu.add(ms(THREADS.getCurrentThreadCpuTime() - c));
                if (i == 0) {
                    out.printf("%d 年度报送包：%d 种表单，工作簿 %.0f KB，PDF %.0f KB%n", y.year, w.forms().size(),
                            Files.size(w.workbook()) / 1024.0, Files.size(w.pdf()) / 1024.0);
                }
            }
            // on a shared machine the wall time mostly measures the wait for a processor: the CPU time says what the work costs
            out.printf("  %d 年度报送包：首次 %.0f ms（CPU %.0f ms），中位数 %.0f ms（CPU %.0f ms）（%d 次）%n", y.year,
                    times.get(0), cpu.get(0), median(times), median(cpu), repeats);
        }
        FiscalYear first = unit.years.get(0);
        String form = YearPackage.forms(unit, first).get(0).form().id();
        String project = first.projects.get(0).name;
        for (List<String> projects : List.of(List.of(project), List.<String>of())) {
            List<Double> times = new ArrayList<>();
            List<Double> cpu = new ArrayList<>();
            int pages = 0;
            for (int i = 0; i < repeats; i++) {
                long t = System.nanoTime();
                long c = THREADS.getCurrentThreadCpuTime();
                try (PrintPages p = PrintPages.of(unit, first.year, form, null, projects)) {
                    p.image(0, 96);
                    times.add(ms(System.nanoTime() - t));
                    cpu.add(ms(THREADS.getCurrentThreadCpuTime() - c));
                    pages = p.pageCount();
                }
            }
            out.printf("打印预览首页（%d 年度 %s，%s，共 %d 页）：首次 %.0f ms（CPU %.0f ms），中位数 %.0f ms（CPU %.0f ms）（%d 次）%n",
                    first.year, form, projects.isEmpty() ? "全部项目" : "一个项目", pages, times.get(0), cpu.get(0),
                    median(times), median(cpu), repeats);
        }
        return 0;
    }
}
