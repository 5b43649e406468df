package cn.jixiao.cli;

import cn.jixiao.domain.Unit;
import cn.jixiao.domain.UnitRules;
import cn.jixiao.exchange.UnitExchange;
import cn.jixiao.review.Finding;
import cn.jixiao.review.Review;
import cn.jixiao.review.Severity;
import cn.jixiao.store.UnitFile;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * `jixiao review FILE [--year Y] [--json]`: the 提交前审核 of a unit file (or of a unit JSON
 * document), one finding per line; exit 1 while any 错误 remains, else 0.
 */
final class ReviewCommand implements Command {
    @Override
    public String name() {
        return "review";
    }

    @Override
    public String usage() {
        return "review FILE [--year Y] [--json]   提交前审核：逐条列出错误、警告和提示；有错误时退出码为 1";
    }

    @Override
    public Set<String> flags() {
        return Set.of("json");
    }

    @Override
    public Set<String> options() {
        return Set.of("year");
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws Exception {
        Path file = Path.of(args.positional(0, "单位文件路径 FILE"));
        if (!Files.exists(file)) {
            throw new CliException("找不到文件：" + file, 1);
        }
        Unit unit = load(file);
        List<Finding> findings;
        if (args.option("year").isPresent()) {
            int year = args.intOption("year", UnitRules.FIRST_YEAR, UnitRules.LAST_YEAR).orElseThrow();
            if (unit.year(year).isEmpty()) {
                throw new CliException(unit.name + "没有" + year + "年度的数据。", 1);
            }
            findings = Review.run(unit, year);
        } else {
            findings = Review.run(unit);
        }
        boolean json = args.flag("json");
        for (Finding f : findings) {
            out.println(json ? oneLine(f) : f.line());
        }
        if (!json) {
            long errors = count(findings, Severity.ERROR);
            out.println("共 " + findings.size() + " 条：错误 " + errors + " 条，警告 " + count(findings, Severity.WARNING)
                    + " 条，提示 " + count(findings, Severity.HINT) + " 条。");
        }
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR) ? 1 : 0;
    }

    static Unit load(Path file) throws Exception {
        if (file.getFileName().toString().toLowerCase().endsWith(".json")) {
            return UnitExchange.read(file);
        }
        return UnitFile.read(file);
    }

    /** Every key on every line, empty ones too, in {@link Finding#toMap()}'s order (not the domain's JSON settings). */
    private static final ObjectMapper LINES = new ObjectMapper();

    private static String oneLine(Finding f) throws Exception {
        return LINES.writeValueAsString(f.toMap());
    }

    private static long count(List<Finding> findings, Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }
}
