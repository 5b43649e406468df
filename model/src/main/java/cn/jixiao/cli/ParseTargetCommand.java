package cn.jixiao.cli;

import cn.jixiao.target.TargetComparator;
import cn.jixiao.target.TargetParser;
import cn.jixiao.target.TextFold;
import cn.jixiao.target.TargetValue;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** `jixiao parse-target TEXT... [--type ≥|≤|=|定性]`: how each 指标值 is read, one JSON object per line. */
final class ParseTargetCommand implements Command {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String name() {
        return "parse-target";
    }

    @Override
    public String usage() {
        return "parse-target 指标值... [--type ≥|≤|=|定性]   显示指标值的解读（每行一个 JSON）";
    }

    @Override
    public Set<String> options() {
        return Set.of("type");
    }

    @Override
    public int maxPositional() {
        return -1;
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws Exception {
        if (args.positional().isEmpty()) {
            throw new CliException("缺少参数：至少给出一个指标值，如 jixiao parse-target '≥95%' '不少于20次'");
        }
        String hint = type(args);
        for (String text : args.positional()) {
            out.println(JSON.writeValueAsString(describe(TargetParser.parse(text, hint))));
        }
        return 0;
    }

    /** --type: the 指标值类型 column's value (≥ ≤ = 定性), or a message naming the option and its choices. */
    static String type(Args args) {
        String type = args.option("type").orElse("");
        if (!type.isBlank() && !TextFold.fold(type).equals("定性") && TargetComparator.ofSymbol(type).isEmpty()) {
            throw new CliException("选项 --type 应为 ≥、≤、= 或 定性（指标值类型），实际为：" + (type.length() > 30 ? type.substring(0, 30) + "…" : type) + "。");
        }
        return type;
    }

    static Map<String, Object> describe(TargetValue t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", t.text());
        m.put("kind", t.kind().code());
        m.put("comparator", t.comparator() == null ? null : t.comparator().symbol());
        m.put("comparatorWritten", t.comparatorWritten());
        m.put("value", t.value() == null ? null : t.value().toPlainString());
        m.put("unit", t.unit());
        if (t.deadline() != null) {
            m.put("deadline", t.deadline().iso());
        }
        if (t.budgetCeiling()) {
            m.put("budgetCeiling", true);
        }
        return m;
    }
}
