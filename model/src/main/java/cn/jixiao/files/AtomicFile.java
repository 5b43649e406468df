package cn.jixiao.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * 安全写出: a file written to a temporary sibling and renamed over the target only when complete,
 * so a full disk, a crash or a refused folder never leaves half a document where the clerk
 * expects the old one, and nothing of the attempt is left behind.
 */
public final class AtomicFile {
    /** What goes into the file. */
    @FunctionalInterface
    public interface Body {
        void write(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /**
     * Writes the target through a temporary sibling; on failure the target is as it was and the
     * temporary file is gone. Failures carry a Chinese message ({@link FileProblems#writing}).
     */
    public static void write(Path target, Body body) throws FileWriteException {
        write(target, body, file -> Files.newOutputStream(file, StandardOpenOption.WRITE));
    }

    /** How the temporary file is opened; a test stands a disk that fills half way in for the real one. */
    @FunctionalInterface
    interface Opener {
        OutputStream open(Path file) throws IOException;
    }

    static void write(Path target, Body body, Opener opener) throws FileWriteException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        Path tmp = null;
        try {
            if (Files.isDirectory(abs)) {
                throw folderInTheWay(abs, null);
            }
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, ".jixiao-", ".part");
            try (FailureKeeping out = new FailureKeeping(opener.open(tmp))) {
                try {
                    body.write(out);
                } catch (IOException | RuntimeException e) {
                    // a writer that catches the stream's failure and throws its own (POI's
                    // "Fail to save", with no cause) still gets the disk's reason reported
                    if (out.failure != null && !(e instanceof FileWriteException)) {
                        throw out.failure;
                    }
                    throw e;
                }
            }
            // The bytes reach the disk before the rename makes them the file.
            try (var ch = java.nio.channels.FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException atomicFailed) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (FileWriteException e) {
            throw e;
        } catch (IOException e) {
            if (Files.isDirectory(abs)) {
                throw folderInTheWay(abs, e);
            }
            throw new FileWriteException(FileProblems.writing(abs, e), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the write failed already; that failure is the one to report
                }
            }
        }
    }

    /** The stream to the temporary file, remembering the first failure of the disk under it. */
    private static final class FailureKeeping extends java.io.FilterOutputStream {
        IOException failure;

        FailureKeeping(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw kept(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw kept(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw kept(e);
            }
        }

        private IOException kept(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }

    private static FileWriteException folderInTheWay(Path abs, IOException cause) {
        return new FileWriteException("无法写入 " + abs + "：那里已有同名的文件夹", cause);
    }

    /** A failed write, with a message for the clerk in Chinese. */
    public static final class FileWriteException extends IOException {
        public FileWriteException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
