package cn.jixiao.cli;

import java.io.PrintStream;
import java.util.Set;

/** One `jixiao` sub-command. */
public interface Command {
    String name();

    /** One line of usage, shown by `jixiao help`. */
    String usage();

    /** Options that take no value. */
    default Set<String> flags() {
        return Set.of();
    }

    /** Options that take a value; with {@link #flags()} every option the command knows, anything else is refused by name. */
    default Set<String> options() {
        return Set.of();
    }

    /** Options that may be given more than once (each value kept); any other option given twice is refused. */
    default Set<String> repeatable() {
        return Set.of();
    }

    /** How many plain arguments (files, texts) the command takes at most; -1 for any number. */
    default int maxPositional() {
        return 1;
    }

    /** Runs the command; returns the exit code. */
    int run(Args args, PrintStream out, PrintStream err) throws Exception;
}
