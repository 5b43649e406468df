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
        if (noDisplay(System.getenv(), System.getProperty("os.name", ""), System.getProperty("glass.platform"))) {
            // JavaFX would fail with an English stack trace ("Unable to open DISPLAY")
            System.exit(Cli.withoutDisplay(System.err));
        }
        JixiaoApp.launchWindow(args);
    }

    /**
     * True when the window cannot open: on Linux and other X11 systems without DISPLAY (JavaFX
     * needs X; under Wayland, XWayland sets DISPLAY). Windows and macOS always have a display;
     * the headless Monocle platform (tests) needs none.
     */
    static boolean noDisplay(java.util.Map<String, String> env, String osName, String glassPlatform) {
        String os = osName.toLowerCase(java.util.Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac") || "Monocle".equalsIgnoreCase(glassPlatform)) {
            return false;
        }
        String display = env.get("DISPLAY");
        return display == null || display.isBlank();
    }
}
