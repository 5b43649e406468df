package cn.jixiao.app;

import cn.jixiao.cli.Cli;
import cn.jixiao.cli.CommandNames;

/**
 * `java -jar jixiao.jar`: a sub-command runs headless through {@link Cli}; no arguments (or a
 * unit file) opens the window. A plain class, not an Application, so the shaded jar starts
 * with JavaFX on the class path.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        // CommandNames, not Cli: initialising Cli builds every command and loads Jackson
        if (CommandNames.isCommand(args)) {
            System.exit(Cli.run(args, System.out, System.err));
        }
        JixiaoApp.launchWindow(args);
    }
}
