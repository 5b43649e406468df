package cn.jixiao.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file through a temporary sibling, so a failed export never leaves half a document
 * where the clerk expects the old one.
 */
final class FileOutput {
    interface Body {
        void write(OutputStream out) throws IOException;
    }

    private FileOutput() {
    }

    static void write(Path target, Body body) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".jixiao-", ".part");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                body.write(out);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException atomicFailed) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (AccessDeniedException e) {
            throw new IOException("无法写入 " + abs + "：文件可能正在 Word/WPS/Excel 中打开，请关闭后重试", e);
        } catch (FileSystemException e) {
            throw new IOException("无法写入 " + abs + "：" + e.getReason(), e);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
