package cn.jixiao.cli;

import java.util.Set;

/**
 * The sub-command names, known without building the commands: the window's start asks
 * "command or window?" first, and initialising {@link Cli} (which builds every command) would
 * load Jackson on the UI's critical path (about a quarter of a second of a cold start).
 */
public final class CommandNames {
    static final Set<String> NAMES = Set.of("new", "export", "print", "import", "import-forms", "benchmark", "parse-target",
            "score-indicator", "review");
    /** The window's own options (JixiaoApp): anything else starting with '-' is a mistyped command line. */
    static final Set<String> WINDOW_OPTIONS = Set.of("--sample", "--exit-when-shown", "--aot-training");

    private CommandNames() {
    }

    /** True when these arguments ask for a sub-command (or help/version) rather than the window. */
    public static boolean isCommand(String[] args) {
        if (args.length == 0) {
            return false;
        }
        String first = args[0];
        return NAMES.contains(first) || first.equals("help") || first.equals("--help") || first.equals("--version")
                || looksLikeCommand(first);
    }

    /**
     * A word that is no option and no file to open (no folder, no extension, not an existing
     * file) is a mistyped command ("exprot"): the command line answers it with the list of
     * commands instead of opening the window.
     */
    private static boolean looksLikeCommand(String word) {
        if (word.startsWith("-")) {
            // "--year 2022 review x" or "-h": an option the window does not know is answered by the
            // command line, never by a window (nor, without a display, by a JavaFX stack trace)
            return !WINDOW_OPTIONS.contains(word);
        }
        if (word.isEmpty() || word.contains("/") || word.contains("\\") || word.contains(".")
                || word.contains(":")) {
            return false;
        }
        try {
            return !java.nio.file.Files.exists(java.nio.file.Path.of(word));
        } catch (RuntimeException notAPath) {
            return true;
        }
    }
}
