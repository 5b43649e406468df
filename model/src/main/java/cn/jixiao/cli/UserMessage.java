package cn.jixiao.cli;

import cn.jixiao.files.FileProblems;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The last line of defence of the command line: an unexpected failure said in Chinese. A message
 * of our own (Chinese, no program text in it) is kept; anything else — a Java class name, SQLite,
 * POI or Jackson text — is replaced by what the clerk can do.
 */
final class UserMessage {
    private static final Pattern RAW = Pattern.compile(
            "Exception|Error|SQLITE|sqlite|jackson|poi|java\\.|javax\\.|at cn\\.|org\\.|com\\.",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

    private UserMessage() {
    }

    static String of(Throwable e) {
        if (e instanceof IOException io) {
            Path file = io instanceof FileSystemException fs && fs.getFile() != null ? Path.of(fs.getFile()) : null;
            return file == null ? "读写文件时出错。请确认文件所在位置可以读写、磁盘未满后重试。" : FileProblems.writing(file, io);
        }
        if (e instanceof OutOfMemoryError) {
            return "数据过大，内存不足，操作未完成。";
        }
        if (e instanceof StackOverflowError) {
            return "数据嵌套过深，操作未完成。";
        }
        String m = e.getMessage();
        if (m != null && CHINESE.matcher(m).find() && !RAW.matcher(m).find()) {
            return m;
        }
        if (m != null && m.contains("32767")) {
            return "有一处文字超过了 Excel 单元格的上限（32767 个字），无法导出。请缩短该内容后重试。";
        }
        return "操作未完成：发生了意外的内部错误。请检查输入的文件和参数后重试；如仍出错，请联系技术支持。";
    }
}
