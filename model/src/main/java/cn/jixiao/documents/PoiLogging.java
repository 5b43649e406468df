package cn.jixiao.documents;

/**
 * POI logs through log4j-api, which without a logging back end prints 'ERROR Log4j2 could not
 * find a logging implementation' on the console: alarming in a CLI whose export just succeeded.
 * log4j's own simple logger is enough for us, and silent: POI logs a failed save (a full disk)
 * as a hundred-line stack trace before throwing, and the clerk is told the reason in Chinese by
 * the caller ({@link cn.jixiao.files.AtomicFile}); no POI text reaches the console. PDFBox logs
 * through commons-logging, which finds log4j-api on the class path and so prints the same line.
 * Public for the import reader (importing.source), whose .doc reader (HWPF) logs too.
 */
public final class PoiLogging {
    private static final String FACTORY = "log4j2.loggerContextFactory";
    private static final String LEVEL = "org.apache.logging.log4j.simplelog.level";

    static {
        if (System.getProperty(FACTORY) == null) {
            System.setProperty(FACTORY, "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        if (System.getProperty(LEVEL) == null) {
            System.setProperty(LEVEL, "OFF");
        }
    }

    private PoiLogging() {
    }

    /** Call before the first use of POI; the work is done once, by the class initialiser. */
    public static void quiet() {
    }
}
