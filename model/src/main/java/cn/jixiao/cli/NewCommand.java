package cn.jixiao.cli;

import cn.jixiao.domain.TextInput;
import cn.jixiao.domain.Unit;
import cn.jixiao.sample.Samples;
import cn.jixiao.store.UnitFile;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** `jixiao new FILE [--sample NAME] [--name 单位名称]`: a new unit file; never overwrites. */
final class NewCommand implements Command {
    @Override
    public String name() {
        return "new";
    }

    @Override
    public String usage() {
        return "new FILE [--sample " + String.join("|", Samples.NAMES) + "] [--name 单位名称]   新建单位文件（空白或示例单位）";
    }

    @Override
    public Set<String> options() {
        return Set.of("sample", "name");
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) {
        Path file = Path.of(args.positional(0, "单位文件路径 FILE"));
        if (Files.exists(file)) {
            throw new CliException("文件已存在，不会覆盖：" + file, 1);
        }
        Unit unit;
        if (args.option("sample").isPresent()) {
            String name = args.option("sample").get();
            if (!Samples.NAMES.contains(name)) {
                throw new CliException("没有名为 " + name + " 的示例单位。可选：" + String.join("、", Samples.NAMES));
            }
            unit = Samples.load(name);
        } else {
            unit = new Unit();
            TextInput.Cleaned name = TextInput.clean(args.option("name").orElse("新建单位"));
            if (name.text().isBlank()) {
                throw new CliException("选项 --name（单位名称）不能为空，例如 --name 衡阳市人民政府办公室。");
            }
            if (name.changed()) {
                err.println("提示：" + name.notice("--name"));
            }
            unit.name = name.text().strip();
        }
        UnitFile.createWith(file, unit).close();
        out.println(file.toAbsolutePath());
        return 0;
    }
}
