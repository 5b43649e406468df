package cn.jixiao.cli;

import cn.jixiao.bureau.YearPackage;
import cn.jixiao.documents.DocumentExporter;
import cn.jixiao.documents.FormLayouts;
import cn.jixiao.domain.Unit;
import cn.jixiao.domain.UnitRules;
import cn.jixiao.exchange.UnitExchange;
import cn.jixiao.store.UnitFile;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * `jixiao export FILE --format json --out DIR`: the whole unit as one JSON document.
 * `jixiao export FILE --year Y --form FORM [--style S] [--project NAME]... --format docx|xlsx|pdf|json`:
 * one form of one year; a per-project form covers every project of the year unless --project
 * names some; --period X picks the monitoring period 截至 X 月 (--form monitoring, monitoring-summary,
 * overall-monitoring). Prints each written path on its own line.
 * `jixiao export FILE --year Y --package [--out DIR]`: the year's package for the finance bureau
 * (报送包: one workbook and one PDF of every form of the year, see {@link YearPackage}).
 */
final class ExportCommand implements Command {
    @Override
    public String name() {
        return "export";
    }

    @Override
    public String usage() {
        return "export FILE --year 年度 --package [--out DIR]   导出某年度的报送包（全部表单的一个工作簿和一个 PDF）\n  "
                + "export FILE [--year 年度 --form 表单 [--style 版式] [--project 项目名称]... [--separate] [--period 月份] [--comments]] --format docx|xlsx|pdf|json [--out DIR]"
                + "   导出整个单位为 JSON，或导出某年度的一种表单（--comments：最后加“意见及处理情况”）；打印写出的路径";
    }

    @Override
    public Set<String> flags() {
        return Set.of("separate", "package", "comments");
    }

    @Override
    public Set<String> options() {
        return Set.of("year", "form", "style", "project", "format", "out", "period");
    }

    @Override
    public Set<String> repeatable() {
        return Set.of("project");
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws Exception {
        Path file = Path.of(args.positional(0, "单位文件路径 FILE"));
        Path dir = Path.of(args.option("out").orElse("."));
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new CliException("--out 应为保存导出文件的文件夹，但 " + dir + " 不是文件夹（是一个文件）。请给出一个文件夹。");
        }
        if (args.flag("package")) {
            if (args.option("form").isPresent() || args.option("format").isPresent()) {
                throw new CliException("--package 导出全部表单（xlsx 和 pdf），不要再加 --form 或 --format");
            }
            int year = args.intOption("year", UnitRules.FIRST_YEAR, UnitRules.LAST_YEAR).orElseThrow(() -> new CliException("导出报送包需要 --year 年度"));
            YearPackage.Written written = YearPackage.write(load(file), year, dir, w -> err.println("提示：" + w));
            for (Path p : written.files()) {
                out.println(p.toAbsolutePath());
            }
            if (written.findings() > 0) {
                err.println("提示：审核仍有 " + written.findings() + " 条意见，已列在工作簿最后的“审核意见”表中");
            }
            return 0;
        }
        if (args.option("form").isEmpty()) {
            List<String> formOnly = java.util.stream.Stream.of("year", "style", "project", "period", "separate", "comments")
                    .filter(o -> args.optionNames().contains(o)).map(o -> "--" + o).toList();
            if (!formOnly.isEmpty()) {
                throw new CliException(String.join("、", formOnly) + " 只用于导出表单，请同时给出 --form（可选表单：" + formsList()
                        + "）；不带 --form 时导出的是整个单位的 JSON。");
            }
            String format = args.option("format").orElse("json");
            if (!format.equals("json")) {
                throw new CliException("不带 --form 时只能导出整个单位的 JSON（--format json）。导出表单请加 --year 和 --form，可选表单："
                        + formsList());
            }
            Unit unit = load(file);
            Path target = dir.resolve(baseName(file) + ".json");
            UnitExchange.write(unit, target);
            out.println(target.toAbsolutePath());
            return 0;
        }
        String format = args.option("format").orElseThrow(() -> new CliException("缺少选项 --format（docx、xlsx、pdf 或 json）"));
        int year = args.intOption("year", UnitRules.FIRST_YEAR, UnitRules.LAST_YEAR).orElseThrow(() -> new CliException("导出表单需要 --year 年度"));
        Unit unit = load(file);
        DocumentExporter.Request request = new DocumentExporter.Request(year, args.option("form").get(),
                args.option("style").orElse(null), args.options("project"), DocumentExporter.Format.parse(format), dir,
                args.flag("separate"), period(args));
        if (args.flag("comments")) {
            if (file.getFileName().toString().toLowerCase().endsWith(".json")) {
                throw new CliException("--comments 需要单位文件（.jixiao）：意见保存在单位文件中，不在 JSON 里");
            }
            request = request.withComments(UnitFile.readComments(file, year));
        }
        List<Path> written = DocumentExporter.export(unit, request, new DocumentExporter.Progress() {
            @Override
            public void update(int done, int total) {
            }

            @Override
            public void warning(String message) {
                err.println("提示：" + message);
            }
        });
        for (Path p : written) {
            out.println(p.toAbsolutePath());
        }
        return 0;
    }

    /** --period X: the monitoring period 截至 X 月 (monitoring forms); absent means each project's latest. */
    private static int period(Args args) {
        try {
            return args.intOption("period", 1, 12).orElse(0);
        } catch (CliException e) {
            throw new CliException("选项 --period 应为截至的月份（1—12 之间的整数），例如 --period 6 表示1—6月；实际为："
                    + args.option("period").orElse("") + "。");
        }
    }

    /** The unit file read without writing to it; a folder, a missing file or a device is said as such by the store. */
    private static Unit load(Path file) {
        return UnitFile.read(file);
    }

    private static String formsList() {
        List<String> forms = FormLayouts.forms();
        return forms.isEmpty() ? "（尚无）" : String.join("、", forms);
    }

    static String baseName(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
