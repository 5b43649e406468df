package cn.jixiao.files;

import cn.jixiao.PlainChinese;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 14, item 6: an export that fails half way leaves the old file whole and nothing else behind. */
class AtomicFileTest {
    @TempDir
    Path dir;

    private List<String> folder() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aDiskThatFillsHalfWayLeavesTheOldExportWhole() throws Exception {
        Path target = Files.writeString(dir.resolve("单位.json"), "{\"旧的\":\"完整的导出\"}", StandardCharsets.UTF_8);
        AtomicFile.FileWriteException e = assertThrows(AtomicFile.FileWriteException.class, () -> AtomicFile.write(target, out -> {
            out.write(new byte[45_000]);
            throw new IOException("No space left on device");
        }));
        PlainChinese.assertPlain(e.getMessage());
        assertTrue(e.getMessage().startsWith("磁盘已满"), e.getMessage());
        assertEquals("{\"旧的\":\"完整的导出\"}", Files.readString(target, StandardCharsets.UTF_8));
        assertEquals(List.of("单位.json"), folder(), "no .part left behind");
    }

    /**
     * POI catches the disk's IOException, logs it and throws its own "Fail to save" without a
     * cause: a full disk exporting a docx said 意外的内部错误. The disk's reason is what is said.
     */
    @Test
    void aWriterThatSwallowsTheDiskFailureStillGetsTheDiskNamed() throws Exception {
        Path target = Files.writeString(dir.resolve("申报表.docx"), "旧的完整文档", StandardCharsets.UTF_8);
        AtomicFile.Opener fillsAt40k = file -> new java.io.FilterOutputStream(Files.newOutputStream(file)) {
            private int written;

            @Override
            public void write(int b) throws IOException {
                if (++written > 40_000) {
                    throw new IOException("No space left on device");
                }
                out.write(b);
            }
        };
        AtomicFile.FileWriteException e = assertThrows(AtomicFile.FileWriteException.class, () -> AtomicFile.write(target, out -> {
            try {
                out.write(new byte[45_000]);
            } catch (IOException swallowed) {
                throw new IllegalStateException("Fail to save: an error occurs while saving the package");
            }
        }, fillsAt40k));
        PlainChinese.assertPlain(e.getMessage());
        assertTrue(e.getMessage().startsWith("磁盘已满"), e.getMessage());
        assertEquals("旧的完整文档", Files.readString(target, StandardCharsets.UTF_8));
        assertEquals(List.of("申报表.docx"), folder(), "no .part left behind");
    }

    @Test
    void aFolderWhereTheFileShouldGoIsNamed() throws Exception {
        Path target = Files.createDirectories(dir.resolve("单位.json").resolve("里面"));
        AtomicFile.FileWriteException e = assertThrows(AtomicFile.FileWriteException.class,
                () -> AtomicFile.write(target.getParent(), out -> out.write(1)));
        PlainChinese.assertPlain(e.getMessage());
        assertTrue(e.getMessage().endsWith("那里已有同名的文件夹"), e.getMessage());
    }

    @Test
    void aCompleteWriteReplacesTheFileAtOnce() throws Exception {
        Path target = Files.writeString(dir.resolve("单位.json"), "旧");
        AtomicFile.write(target, out -> out.write("新".getBytes(StandardCharsets.UTF_8)));
        assertEquals("新", Files.readString(target));
        assertEquals(List.of("单位.json"), folder());
    }
}
