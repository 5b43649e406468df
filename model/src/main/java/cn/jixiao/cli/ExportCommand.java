package cn.jixiao.cli;

import cn.jixiao.domain.Unit;
import cn.jixiao.exchange.UnitExchange;
import cn.jixiao.store.UnitFile;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * `jixiao export FILE --format json --out DIR`: the whole unit as one JSON document.
 * Forms (--form) as docx/xlsx come from the documents package.
 */
final class ExportCommand implements Command {
    @Override
    public String name() {
        return "export";
    }

    @Override
    public String usage() {
        return "export FILE --format json [--out DIR]   导出整个单位为 JSON 文档，打印写出的路径";
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws Exception {
        Path file = Path.of(args.positional(0, "单位文件路径 FILE"));
        String format = args.option("format").orElse("json");
        Path dir = Path.of(args.option("out").orElse("."));
        Unit unit;
        try (UnitFile f = UnitFile.open(file)) {
            unit = f.load();
        }
        Files.createDirectories(dir);
        if (format.equals("json") && args.option("form").isEmpty()) {
            Path target = dir.resolve(baseName(file) + ".json");
            UnitExchange.write(unit, target);
            out.println(target.toAbsolutePath());
            return 0;
        }
        throw new CliException("不支持的导出格式：" + format + "。可选：json");
    }

    static String baseName(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
