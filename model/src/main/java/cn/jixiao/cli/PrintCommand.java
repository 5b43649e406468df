package cn.jixiao.cli;

import cn.jixiao.domain.UnitRules;
import cn.jixiao.printing.PrintPages;
import cn.jixiao.printing.Printing;
import cn.jixiao.store.UnitFile;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * `jixiao print FILE --year Y --form F [--style S] [--project NAME]... [--printer NAME] [--copies N]`:
 * prints one form of the year through the platform's print service, as the preview's 打印 does
 * (the system's default printer unless --printer names one). `--list-printers` names the printers.
 */
final class PrintCommand implements Command {
    @Override
    public String name() {
        return "print";
    }

    @Override
    public String usage() {
        return "print FILE --year 年度 --form 表单 [--style 版式] [--project 项目名称]... [--printer 打印机] [--copies 份数] | print --list-printers"
                + "   打印某年度的一种表单";
    }

    @Override
    public Set<String> flags() {
        return Set.of("list-printers");
    }

    @Override
    public Set<String> options() {
        return Set.of("year", "form", "style", "project", "printer", "copies");
    }

    @Override
    public Set<String> repeatable() {
        return Set.of("project");
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws Exception {
        if (args.flag("list-printers")) {
            String def = Printing.defaultPrinter().orElse("");
            for (String p : Printing.printers()) {
                out.println(p + (p.equals(def) ? "（默认）" : ""));
            }
            return 0;
        }
        Path file = Path.of(args.positional(0, "单位文件路径 FILE"));
        if (!Files.isRegularFile(file)) {
            throw new CliException("找不到单位文件：" + file, 1);
        }
        int year = args.intOption("year", UnitRules.FIRST_YEAR, UnitRules.LAST_YEAR).orElseThrow(() -> new CliException("打印表单需要 --year 年度"));
        String form = args.option("form").orElseThrow(() -> new CliException("打印需要 --form 表单"));
        int copies = args.intOption("copies", 1, 99).orElse(1);
        try {
            Printing.Job job = new Printing.Job(args.option("printer").orElse(null), copies, 0, 0);
            try (PrintPages pages = PrintPages.of(UnitFile.read(file), year, form, args.option("style").orElse(null),
                    args.options("project"))) {
                Printing.print(pages, job);
                out.println("已送往打印机：" + pages.title() + "，共 " + pages.pageCount() + " 页 × " + copies + " 份");
            }
        } catch (Printing.PrintFailure e) {
            throw new CliException(e.getMessage(), 1);
        }
        return 0;
    }
}
