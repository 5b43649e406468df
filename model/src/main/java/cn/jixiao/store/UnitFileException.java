package cn.jixiao.store;

/** A unit file that cannot be used, with a message for the clerk in Chinese. */
public class UnitFileException extends RuntimeException {
    public UnitFileException(String message) {
        super(message);
    }

    public UnitFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
