package cn.jixiao.cli;

import cn.jixiao.domain.Unit;
import cn.jixiao.exchange.IncomingUnit;
import cn.jixiao.store.UnitFile;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * `jixiao import FILE SOURCE.json`: a unit document into an empty unit file, or into a new one.
 * A new file is created exclusively and removed again only by the run that created it.
 */
final class ImportCommand implements Command {
    @Override
    public String name() {
        return "import";
    }

    @Override
    public String usage() {
        return "import FILE SOURCE.json   把单位 JSON 文档导入空的单位文件（文件不存在则新建）";
    }

    @Override
    public int maxPositional() {
        return 2;
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws Exception {
        Path file = Path.of(args.positional(0, "单位文件路径 FILE"));
        Path source = Path.of(args.positional(1, "JSON 文档路径 SOURCE.json"));
        if (Files.isDirectory(source)) {
            throw new CliException("这是一个文件夹，不是 JSON 文档：" + source, 1);
        }
        if (!Files.exists(source)) {
            throw new CliException("找不到 JSON 文档：" + source, 1);
        }
        if (!Files.isRegularFile(source)) {
            // a device, a pipe: reading it may never end
            throw new CliException("这不是普通文件，不能作为 JSON 文档导入：" + source + "。请选择绩效填报导出的 .json 文件。", 1);
        }
        IncomingUnit incoming = IncomingUnit.read(source);
        incoming.notices().forEach(n -> err.println("提示：" + n));
        Unit unit = incoming.unit();
        if (Files.exists(file) || Files.isSymbolicLink(file)) {
            try (UnitFile f = UnitFile.open(file)) {
                f.importUnit(unit);
            }
        } else {
            UnitFile.createWith(file, unit).close();
        }
        out.println(file.toAbsolutePath());
        return 0;
    }
}
