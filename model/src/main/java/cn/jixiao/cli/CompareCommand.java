package cn.jixiao.cli;

import cn.jixiao.bureau.ReturnedForms;
import cn.jixiao.domain.Unit;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * `jixiao compare FILE RETURNED.xlsx [--json]`: what the finance bureau changed and remarked in a
 * workbook or document the program exported for this unit, field by field, grouped by project.
 * Reads both files and changes neither; a file that is not ours or is another unit's is refused
 * (exit 1) with a message naming it.
 */
final class CompareCommand implements Command {
    @Override
    public String name() {
        return "compare";
    }

    @Override
    public String usage() {
        return "compare FILE RETURNED.xlsx|.docx [--json]   比对财政局退回的表格：逐项列出改动、增删的行和审核意见，不修改任何文件";
    }

    @Override
    public Set<String> flags() {
        return Set.of("json");
    }

    @Override
    public int maxPositional() {
        return 2;
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws Exception {
        Path file = Path.of(args.positional(0, "单位文件路径 FILE"));
        Path returned = Path.of(args.positional(1, "退回的表格 RETURNED.xlsx 或 .docx"));
        for (Path p : new Path[]{file, returned}) {
            if (!Files.exists(p)) {
                throw new CliException("找不到文件：" + p, 1);
            }
        }
        Unit unit = ReviewCommand.load(file);
        ReturnedForms.Comparison c;
        try {
            c = ReturnedForms.compare(unit, returned);
        } catch (ReturnedForms.Refused e) {
            throw new CliException(e.getMessage(), 1);
        }
        if (args.flag("json")) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(c.toMap()));
        } else {
            c.lines().forEach(out::println);
        }
        return 0;
    }
}
