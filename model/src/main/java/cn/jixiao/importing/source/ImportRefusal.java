package cn.jixiao.importing.source;

import java.nio.file.Path;

/**
 * 拒绝导入: a file that cannot be imported, with a message for the clerk in Chinese that names the
 * file and says what to do (另存为 .docx / .xlsx, 取消密码, …). The message never holds a library's
 * own text; the cause keeps it for the log.
 */
public final class ImportRefusal extends Exception {
    private final transient Path file;

    public ImportRefusal(Path file, String message) {
        super(message);
        this.file = file;
    }

    public ImportRefusal(Path file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    /** The file refused. */
    public Path file() {
        return file;
    }
}
