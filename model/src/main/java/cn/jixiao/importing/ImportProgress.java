package cn.jixiao.importing;

import java.nio.file.Path;

/** 导入进度: told before each document of an import preview is read, so a window can show a progress bar on many files. */
@FunctionalInterface
public interface ImportProgress {
    /** Nothing to tell. */
    ImportProgress NONE = (done, total, file) -> { };

    /**
     * @param done  documents read so far
     * @param total documents to read
     * @param file  the document about to be read; null once all are read
     */
    void reached(int done, int total, Path file);
}
