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

    /** Runs the command; returns the exit code. */
    int run(Args args, PrintStream out, PrintStream err) throws Exception;
}
