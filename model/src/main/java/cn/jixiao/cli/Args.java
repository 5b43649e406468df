package cn.jixiao.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Command-line words split into positional arguments and --options. Only the options the command
 * declares are taken: an unknown one, a value missing, a flag given a value, an option given twice
 * or a word too many is refused by name, with the command's own options listed.
 */
public final class Args {
    private final String command;
    private final Set<String> known;
    private final List<String> positional = new ArrayList<>();
    private final Map<String, List<String>> options = new LinkedHashMap<>();

    public Args(Command command, List<String> words) {
        this.command = command.name();
        this.known = new TreeSet<>(command.options());
        known.addAll(command.flags());
        Set<String> flags = command.flags();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (!w.startsWith("--") || w.equals("--")) {
                positional.add(w);
                continue;
            }
            String key = w.substring(2);
            String value = null;
            int eq = key.indexOf('=');
            if (eq >= 0) {
                value = key.substring(eq + 1);
                key = key.substring(0, eq);
            }
            if (!known.contains(key)) {
                throw new CliException("未知选项 " + shown(w, eq >= 0 ? key : null) + "：命令 " + this.command + " 没有这个选项。" + knownList());
            }
            if (flags.contains(key)) {
                if (value != null) {
                    throw new CliException("选项 --" + key + " 不带取值，请只写 --" + key + "（去掉“=" + value + "”）。");
                }
                value = "true";
            } else if (value == null) {
                // "--year --json": the next word is another option, not this one's value
                if (i + 1 >= words.size() || isKnownOption(words.get(i + 1))) {
                    throw new CliException("选项 --" + key + " 缺少取值，例如 --" + key + " " + example(key) + "。");
                }
                value = words.get(++i);
            }
            List<String> values = options.computeIfAbsent(key, k -> new ArrayList<>());
            if (!values.isEmpty() && !command.repeatable().contains(key)) {
                throw new CliException("选项 --" + key + " 给了两次（" + values.get(0) + " 和 " + value + "），只能给一次。");
            }
            values.add(value);
        }
        int max = command.maxPositional();
        if (max >= 0 && positional.size() > max) {
            throw new CliException("多余的参数：" + String.join(" ", positional.subList(max, positional.size()))
                    + "。用法：jixiao " + command.usage());
        }
    }

    private boolean isKnownOption(String word) {
        if (!word.startsWith("--")) {
            return false;
        }
        String key = word.substring(2);
        int eq = key.indexOf('=');
        return known.contains(eq >= 0 ? key.substring(0, eq) : key);
    }

    private static String shown(String word, String key) {
        String w = key == null ? word : "--" + key;
        return w.length() > 40 ? w.substring(0, 40) + "…" : w;
    }

    /** The command's options, for a message. */
    private String knownList() {
        if (known.isEmpty()) {
            return "它不带任何选项。";
        }
        return "它的选项有：" + String.join(" ", known.stream().map(k -> "--" + k).toList()) + "。";
    }

    private static String example(String key) {
        return switch (key) {
            case "year" -> "2024";
            case "out" -> "导出文件夹";
            case "format" -> "xlsx";
            case "period" -> "6";
            default -> "取值";
        };
    }

    public List<String> positional() {
        return positional;
    }

    public String positional(int i, String what) {
        if (i >= positional.size()) {
            throw new CliException("缺少参数：" + what);
        }
        return positional.get(i);
    }

    public Optional<String> option(String name) {
        List<String> v = options.get(name);
        return v == null ? Optional.empty() : Optional.of(v.get(v.size() - 1));
    }

    public List<String> options(String name) {
        return options.getOrDefault(name, List.of());
    }

    public boolean flag(String name) {
        return options.containsKey(name);
    }

    public Set<String> optionNames() {
        return options.keySet();
    }

    /** An int option within {@code min}–{@code max}, or a message naming the option and the range. */
    public Optional<Integer> intOption(String name, int min, int max) {
        return option(name).map(v -> whole(v, "选项 --" + name, min, max));
    }

    /**
     * A whole number within {@code min}–{@code max} written by the clerk (full-width digits too),
     * or a message naming {@code what} and the range.
     */
    static int whole(String text, String what, int min, int max) {
        String t = text.strip();
        String range = "应为 " + min + "—" + max + " 之间的整数";
        if (t.isEmpty()) {
            throw new CliException(what + " " + range + "，实际为空。");
        }
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (i == 0 && (ch == '-' || ch == '+' || ch == '－' || ch == '＋')) {
                digits.append(ch == '＋' ? '+' : ch == '－' ? '-' : ch);
            } else if (ch >= '０' && ch <= '９') {
                digits.append((char) (ch - '０' + '0'));
            } else if (ch >= '0' && ch <= '9') {
                digits.append(ch);
            } else {
                throw new CliException(what + " " + range + "，实际为：" + shorten(text) + "。");
            }
        }
        long value;
        try {
            value = digits.length() > 12 ? Long.MAX_VALUE : Long.parseLong(digits.toString());
        } catch (NumberFormatException e) {
            throw new CliException(what + " " + range + "，实际为：" + shorten(text) + "。");
        }
        if (digits.length() > 12 && digits.charAt(0) == '-') {
            value = Long.MIN_VALUE;
        }
        if (value < min || value > max) {
            throw new CliException(what + " " + range + "，实际为：" + shorten(text) + "。");
        }
        return (int) value;
    }

    private static String shorten(String s) {
        return s.length() > 30 ? s.substring(0, 30) + "…" : s;
    }
}
