package cn.jixiao.store;

/** A unit file that cannot be used, with a message for the clerk in Chinese. */
public class UnitFileException extends RuntimeException {
    /** The file itself is damaged (not locked, not foreign, not unreadable for want of rights): a backup may help. */
    private final boolean damaged;

    public UnitFileException(String message) {
        this(message, null, false);
    }

    public UnitFileException(String message, Throwable cause) {
        this(message, cause, false);
    }

    public UnitFileException(String message, Throwable cause, boolean damaged) {
        super(message, cause);
        this.damaged = damaged;
    }

    /** A damaged file: its checks or its rows failed, so restoring a backup is worth offering. */
    static UnitFileException damaged(String message) {
        return new UnitFileException(message, null, true);
    }

    public boolean isDamaged() {
        return damaged;
    }
}
