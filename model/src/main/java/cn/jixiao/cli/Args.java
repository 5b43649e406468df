package cn.jixiao.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Command-line words split into positional arguments and --options (each option takes one value unless a flag). */
public final class Args {
    private final List<String> positional = new ArrayList<>();
    private final Map<String, List<String>> options = new LinkedHashMap<>();

    public Args(List<String> words, java.util.Set<String> flags) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.startsWith("--")) {
                String key = w.substring(2);
                String value = "true";
                int eq = key.indexOf('=');
                if (eq >= 0) {
                    value = key.substring(eq + 1);
                    key = key.substring(0, eq);
                } else if (!flags.contains(key)) {
                    if (i + 1 >= words.size()) {
                        throw new CliException("选项 --" + key + " 缺少取值");
                    }
                    value = words.get(++i);
                }
                options.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
            } else {
                positional.add(w);
            }
        }
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

    public java.util.Set<String> optionNames() {
        return options.keySet();
    }

    /** An int option, or a message naming it. */
    public Optional<Integer> intOption(String name) {
        return option(name).map(v -> {
            try {
                return Integer.parseInt(v.strip());
            } catch (NumberFormatException e) {
                throw new CliException("选项 --" + name + " 应为整数，实际为：" + v);
            }
        });
    }
}
