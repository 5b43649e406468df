package cn.jixiao.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * 文件读写错误的说明: what went wrong with a file, in Chinese, naming the file and what to do.
 * The operating system's own text (English, errno names) never reaches the clerk.
 */
public final class FileProblems {
    private FileProblems() {
    }

    /** The kinds of trouble a clerk can do something about. */
    public enum Kind {
        DISK_FULL, READ_ONLY, NAME_TOO_LONG, NOT_FOUND, EXISTS, NOT_A_FOLDER, OTHER
    }

    public static Kind kind(IOException e) {
        String text = allText(e);
        if (text.contains("no space left") || text.contains("not enough space") || text.contains("disk quota")
                || text.contains("磁盘空间不足")) {
            return Kind.DISK_FULL;
        }
        if (text.contains("file name too long") || text.contains("filename too long") || text.contains("name too long")) {
            return Kind.NAME_TOO_LONG;
        }
        if (text.contains("read-only file system")) {
            return Kind.READ_ONLY;
        }
        if (e instanceof AccessDeniedException || text.contains("permission denied") || text.contains("access is denied")) {
            return Kind.READ_ONLY;
        }
        if (e instanceof FileAlreadyExistsException) {
            return Kind.EXISTS;
        }
        if (e instanceof NotDirectoryException || text.contains("not a directory")) {
            return Kind.NOT_A_FOLDER;
        }
        if (e instanceof NoSuchFileException) {
            return Kind.NOT_FOUND;
        }
        return Kind.OTHER;
    }

    /** A message for a failed write of {@code file}; the old file, if any, is unchanged. */
    public static String writing(Path file, IOException e) {
        return switch (kind(e)) {
            case DISK_FULL -> "磁盘已满，无法写入 " + file + "。请清理磁盘空间或换一个位置后重试；原有文件未被改动。";
            case READ_ONLY -> "无法写入 " + file + "：没有写入权限（文件夹只读，或文件正在 Word/WPS/Excel 中打开）。请换一个文件夹或关闭该文件后重试。";
            case NAME_TOO_LONG -> "文件名或路径过长，无法写入：" + file + "。请换一个较短的文件名或文件夹。";
            case NOT_FOUND -> "找不到要写入的文件夹：" + parentOf(file) + "。请确认文件夹存在。";
            case EXISTS -> "已存在同名的文件，不会覆盖：" + file + "。";
            case NOT_A_FOLDER -> "路径中有一项不是文件夹：" + parentOf(file) + "。请换一个保存位置。";
            case OTHER -> "无法写入 " + file + "。请确认该位置可以写入、磁盘未满后重试。";
        };
    }

    /** A message for a failed read of {@code file}. */
    public static String reading(Path file, IOException e) {
        return switch (kind(e)) {
            case NOT_FOUND -> "找不到文件：" + file + "。";
            case READ_ONLY -> "没有读取权限：" + file + "。请确认可以打开该文件。";
            case NAME_TOO_LONG -> "文件名或路径过长：" + file + "。请换一个较短的文件名或文件夹。";
            case NOT_A_FOLDER -> "路径中有一项不是文件夹：" + parentOf(file) + "。";
            default -> "无法读取文件：" + file + "。请确认文件存在且可以打开。";
        };
    }

    private static Path parentOf(Path file) {
        Path p = file.toAbsolutePath().getParent();
        return p == null ? file : p;
    }

    private static String allText(Throwable e) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                b.append(t.getMessage()).append(' ');
            }
            if (t instanceof FileSystemException fs && fs.getReason() != null) {
                b.append(fs.getReason()).append(' ');
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
