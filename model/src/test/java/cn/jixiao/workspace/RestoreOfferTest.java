package cn.jixiao.workspace;

import cn.jixiao.store.UnitFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 从备份恢复 is offered for a file that is damaged, by what the store found, never because a
 * message happens to say 损坏: a file locked by another program ("为免损坏数据") is whole.
 */
class RestoreOfferTest {
    @TempDir
    Path dir;

    @Test
    void aDamagedFileWithBackupsIsOfferedItsBackupsAndALockedOneIsNot() throws Exception {
        Path file = dir.resolve("单位.jixiao");
        Workspace w = Workspace.createEmpty(file, "测试单位");
        w.backUpNow();
        w.close();
        assertFalse(Workspace.backups(file).isEmpty());

        // the header stays (it is still our SQLite file), the pages after it are garbled
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 4096; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Files.write(file, bytes);
        RuntimeException damaged = assertThrows(RuntimeException.class, () -> Workspace.open(file));
        assertTrue(Workspace.offersRestore(file, damaged), damaged.getMessage());

        UnitFileException locked = new UnitFileException("可能有其他程序正在使用这个文件。为免损坏数据，文件没有打开：" + file);
        assertFalse(Workspace.offersRestore(file, locked), "a locked file is not damaged");
    }
}
