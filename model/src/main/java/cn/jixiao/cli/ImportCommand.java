package cn.jixiao.cli;

import cn.jixiao.domain.Unit;
import cn.jixiao.exchange.IncomingUnit;
import cn.jixiao.store.UnitFile;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** `jixiao import FILE SOURCE.json`: a unit document into an empty (or not yet existing) unit file. */
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
    public int run(Args args, PrintStream out, PrintStream err) throws Exception {
        Path file = Path.of(args.positional(0, "单位文件路径 FILE"));
        Path source = Path.of(args.positional(1, "JSON 文档路径 SOURCE.json"));
        if (!Files.isRegularFile(source)) {
            throw new CliException("找不到 JSON 文档：" + source, 1);
        }
        IncomingUnit incoming = IncomingUnit.read(source);
        incoming.notices().forEach(n -> err.println("提示：" + n));
        Unit unit = incoming.unit();
        boolean created = !Files.exists(file);
        try (UnitFile f = created ? UnitFile.create(file) : UnitFile.open(file)) {
            f.importUnit(unit);
        } catch (RuntimeException e) {
            if (created) {
                Files.deleteIfExists(file);
            }
            throw e;
        }
        out.println(file.toAbsolutePath());
        return 0;
    }
}
