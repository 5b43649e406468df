package cn.jixiao.documents;

/**
 * POI logs through log4j-api, which without a logging back end prints 'ERROR Log4j2 could not
 * find a logging implementation' on the console: alarming in a CLI whose export just succeeded.
 * log4j's own simple logger (errors only) is enough for us.
 */
final class PoiLogging {
    private static final String FACTORY = "log4j2.loggerContextFactory";

    static {
        if (System.getProperty(FACTORY) == null) {
            System.setProperty(FACTORY, "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
    }

    private PoiLogging() {
    }

    /** Call before the first use of POI; the work is done once, by the class initialiser. */
    static void quiet() {
    }
}
