package cn.jixiao.cli;

import cn.jixiao.exchange.UnitExchange;
import cn.jixiao.files.AtomicFile;
import cn.jixiao.store.UnitFileException;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * `jixiao COMMAND ...`: the headless entry point. The same services the window uses;
 * exit 0 on success, non-zero with a Chinese message on stderr on failure.
 */
public final class Cli {
    /** Every sub-command; the window and the installer call the same ones. */
    public static final List<Command> COMMANDS = List.of(
            new NewCommand(),
            new ExportCommand(),
            new PrintCommand(),
            new ImportCommand(),
            new ImportFormsCommand(),
            new BenchmarkCommand(),
            new ParseTargetCommand(),
            new ScoreIndicatorCommand(),
            new ReviewCommand());

    private Cli() {
    }

    public static Optional<Command> command(String name) {
        return COMMANDS.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** True when these arguments ask for a sub-command rather than the window. */
    public static boolean isCommand(String[] args) {
        return CommandNames.isCommand(args);
    }

    public static String version() {
        String v = Cli.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0" : v;
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("help") || args[0].equals("--help")) {
            usage(out);
            return 0;
        }
        if (args[0].equals("--version")) {
            out.println("绩效填报 jixiao " + version());
            return 0;
        }
        Optional<Command> command = command(args[0]);
        if (command.isEmpty()) {
            err.println("未知命令：" + args[0] + "。可用命令：" + String.join("、", COMMANDS.stream().map(Command::name).toList()));
            return 2;
        }
        try {
            Args a = new Args(command.get(), Arrays.asList(args).subList(1, args.length));
            return command.get().run(a, out, err);
        } catch (CliException e) {
            err.println("错误：" + e.getMessage());
            return e.exitCode();
        } catch (java.nio.file.InvalidPathException e) {
            // a NUL or, on Windows, a character like * or ? in a path: Java's message is English
            err.println("错误：文件路径中有不能用于文件名的字符：" + e.getInput().replace("\0", "\\0") + "。请检查路径后重试。");
            return 2;
        } catch (UnitFileException | UnitExchange.ExchangeException | AtomicFile.FileWriteException e) {
            err.println("错误：" + e.getMessage());
            return 1;
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            err.println("错误：" + UserMessage.of(e));
            return 1;
        }
    }

    private static void usage(PrintStream out) {
        out.println("用法：jixiao 命令 [参数]");
        for (Command c : COMMANDS) {
            out.println("  " + c.usage());
        }
    }

    /**
     * Said when the window cannot open because there is no graphical display (a Linux server, a
     * remote shell): what to do instead, with the commands. Returns the exit code.
     */
    public static int withoutDisplay(PrintStream err) {
        err.println("错误：没有可用的图形显示（未设置 DISPLAY），无法打开绩效填报的窗口。"
                + "请在图形桌面中启动本程序；在没有图形显示的地方，请使用命令行。");
        usage(err);
        return 2;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }
}
