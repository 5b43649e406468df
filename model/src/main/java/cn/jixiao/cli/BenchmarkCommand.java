package cn.jixiao.cli;

import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.review.Review;
import cn.jixiao.sample.SyntheticUnit;
import cn.jixiao.store.UnitFile;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static cn.jixiao.cli.Timings.median;
import static cn.jixiao.cli.Timings.ms;
import java.util.Set;

/**
 * `jixiao benchmark [--projects 300] [--indicators 20] [--edits 200]`: the figures of
 * docs/benchmarks.md — opening a synthetic unit, committing one edit, reviewing the whole unit —
 * measured on this machine. With `--documents`, the export figures instead ({@link DocumentsBenchmark}).
 */
final class BenchmarkCommand implements Command {
    @Override
    public String name() {
        return "benchmark";
    }

    @Override
    public String usage() {
        return "benchmark [--projects 300] [--indicators 20] [--edits 200] | --documents [--sizes 75,150,300] [--formats docx,xlsx,pdf] [--no-sample] [--rounds 9] [--repeats 3] | --monitoring [--projects 300] [--repeats 3] | --print [--repeats 5] | --import [--projects 300] [--repeats 3]"
                + "   测量打开合成单位、单次修改保存与提交前审核的耗时；--documents 测量导出表单的耗时；--monitoring 测量运行监控表与年度总览；--print 测量报送包与打印预览首页；--import 测量导入表格";
    }

    @Override
    public Set<String> flags() {
        return Set.of("documents", "no-sample", "monitoring", "print", "import");
    }

    @Override
    public Set<String> options() {
        return Set.of("projects", "indicators", "edits", "sizes", "formats", "rounds", "repeats");
    }

    @Override
    public int maxPositional() {
        return 0;
    }

    /** The largest synthetic unit a benchmark builds: the scale runs of docs/benchmarks.md go to 10,000 projects. */
    static final int MAX_PROJECTS = 10_000;
    static final int MAX_INDICATORS = 200;
    static final int MAX_REPEATS = 1_000;

    static int projects(Args args) {
        return args.intOption("projects", 1, MAX_PROJECTS).orElse(300);
    }

    static int indicators(Args args) {
        return args.intOption("indicators", 1, MAX_INDICATORS).orElse(20);
    }

    static int repeats(Args args, String name, int otherwise) {
        return args.intOption(name, 1, MAX_REPEATS).orElse(otherwise);
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws Exception {
        if (args.flag("documents")) {
            return DocumentsBenchmark.run(args, out);
        }
        if (args.flag("import")) {
            return ImportBenchmark.run(args, out);
        }
        if (args.flag("print")) {
            return PrintBenchmark.run(args, out);
        }
        if (args.flag("monitoring")) {
            return MonitoringBenchmark.run(args, out);
        }
        int projects = projects(args);
        int indicators = indicators(args);
        int edits = args.intOption("edits", 1, 100_000).orElse(200);
        Path dir = Files.createTempDirectory("jixiao-bench");
        Path file = dir.resolve("synthetic.jixiao");
        Unit unit = SyntheticUnit.generate(projects, indicators, 42);
        long t0 = System.nanoTime();
        try (UnitFile f = UnitFile.create(file)) {
            f.importUnit(unit);
        }
        out.printf("生成并写入 %d 个项目、%d 个三级指标：%.0f ms，文件 %.1f MB%n", projects, projects * indicators,
                ms(System.nanoTime() - t0), Files.size(file) / 1048576.0);
        List<Double> opens = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            long s = System.nanoTime();
            try (UnitFile f = UnitFile.open(file)) {
                Unit u = f.load();
                if (u.years.get(0).projects.size() != projects) {
                    throw new IllegalStateException("项目数不符");
                }
            }
            opens.add(ms(System.nanoTime() - s));
        }
        out.printf("打开并读入整个单位：首次 %.1f ms，中位数 %.1f ms（7 次）%n", opens.get(0), median(opens));
        List<Double> saves = new ArrayList<>();
        try (UnitFile f = UnitFile.open(file)) {
            Unit u = f.load();
            Project p = u.years.get(0).projects.get(projects / 2);
            for (int i = 0; i < edits; i++) {
                Indicator ind = p.indicators.get(i % p.indicators.size());
                ind.selfEvaluation.actual = String.valueOf(90 + i % 10) + "%";
                long s = System.nanoTime();
                f.saveIndicator(p.id, ind, i % p.indicators.size());
                saves.add(ms(System.nanoTime() - s));
            }
        }
        out.printf("单次修改提交（事务提交、synchronous=FULL）：中位数 %.2f ms，最大 %.2f ms（%d 次）%n",
                median(saves), Collections.max(saves), edits);
        // Wall time and this thread's CPU time: on a shared, busy machine the CPU time is what the
        // review itself costs, the wall time adds the waiting for a core.
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        List<Double> reviews = new ArrayList<>();
        List<Double> reviewsCpu = new ArrayList<>();
        int findings = 0;
        for (int i = 0; i < 15; i++) {
            long c = cpu.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            findings = Review.run(unit).size();
            reviews.add(ms(System.nanoTime() - s));
            reviewsCpu.add(ms(cpu.getCurrentThreadCpuTime() - c));
        }
        out.printf("提交前审核（%d 项检查，%d 条结果）：首次 %.1f ms（CPU %.1f ms），中位数 %.1f ms（CPU %.1f ms）（15 次）%n",
                Review.CHECKS.size(), findings, reviews.get(0), reviewsCpu.get(0), median(reviews), median(reviewsCpu));
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
        return 0;
    }
}
