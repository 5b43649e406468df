package cn.jixiao.app;

import java.lang.management.ManagementFactory;

/**
 * Start-up phases on stderr, with -Djixiao.startupTrace=true: milliseconds since the JVM
 * started, to see where a cold start spends its time (docs/benchmarks.md, start-up).
 */
public final class StartupTrace {
    private static final boolean ON = Boolean.getBoolean("jixiao.startupTrace");

    private StartupTrace() {
    }

    public static void mark(String phase) {
        if (ON) {
            long since = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.err.println("[start-up] " + since + " ms " + phase + " (" + Thread.currentThread().getName() + ")");
        }
    }
}
