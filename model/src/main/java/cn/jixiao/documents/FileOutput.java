package cn.jixiao.documents;

import cn.jixiao.files.AtomicFile;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Writes a document through {@link AtomicFile}, so a failed export never leaves half a document
 * where the clerk expects the old one.
 */
final class FileOutput {
    interface Body {
        void write(OutputStream out) throws IOException;
    }

    private FileOutput() {
    }

    static void write(Path target, Body body) throws IOException {
        AtomicFile.write(target, body::write);
    }
}
