package cn.jixiao.store;

import cn.jixiao.files.Backup;
import cn.jixiao.domain.Unit;
import cn.jixiao.sample.SyntheticUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackupsTest {
    @TempDir
    Path dir;

    private Path unitFile(String name) {
        Path file = dir.resolve("单位.jixiao");
        try (UnitFile f = UnitFile.create(file)) {
            Unit u = SyntheticUnit.generate(20, 20, 5);
            u.name = name;
            f.importUnit(u);
        }
        return file;
    }

    @Test
    void keepsTheLastTenAndOnePerMonth() {
        Path file = unitFile("衡阳市机关事务管理局");
        Backups backups = new Backups(file);
        try (UnitFile f = UnitFile.open(file)) {
            LocalDateTime t = LocalDateTime.of(2026, 1, 5, 9, 0);
            for (int i = 0; i < 40; i++) {
                backups.backUp(f, t.plusDays(i * 3L));
            }
        }
        List<Backup> kept = backups.list();
        // last 10 (days 87..117 = March 28 .. May 2) plus the newest of January, February, March
        assertEquals(13, kept.size(), kept.toString());
        assertEquals(LocalDateTime.of(2026, 5, 2, 9, 0), kept.get(0).madeAt());
        assertTrue(kept.stream().anyMatch(b -> b.madeAt().getMonthValue() == 1));
    }

    @Test
    void theDailyBackupIsMadeOncePerDay() {
        Path file = unitFile("怀远县人民政府办公室");
        Backups backups = new Backups(file);
        try (UnitFile f = UnitFile.open(file)) {
            LocalDateTime morning = LocalDateTime.of(2026, 11, 24, 8, 30);
            assertTrue(backups.backUpIfNoneToday(f, morning).isPresent());
            assertTrue(backups.backUpIfNoneToday(f, morning.plusHours(6)).isEmpty());
            assertTrue(backups.backUpIfNoneToday(f, morning.plusDays(1)).isPresent());
        }
        assertEquals(2, backups.list().size());
    }

    @Test
    void aCorruptedFileIsRefusedAndTheBackupRestoresIt() throws Exception {
        Path file = unitFile("湘阴县人民政府办公室");
        Backups backups = new Backups(file);
        try (UnitFile f = UnitFile.open(file)) {
            backups.backUp(f, LocalDateTime.of(2026, 11, 23, 17, 0));
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] junk = new byte[4096 * 4];
            Arrays.fill(junk, (byte) 0x33);
            raf.seek(4096 * 2);
            raf.write(junk);
        }
        UnitFileException refused = assertThrows(UnitFileException.class, () -> UnitFile.open(file));
        assertTrue(refused.getMessage().contains("损坏"), refused.getMessage());
        assertTrue(refused.getMessage().contains("备份"), "the message offers the backups: " + refused.getMessage());
        backups.restore(backups.list().get(0));
        try (UnitFile f = UnitFile.open(file)) {
            assertEquals("湘阴县人民政府办公室", f.load().name);
            assertEquals(20, f.load().years.get(0).projects.size());
        }
        assertTrue(Files.exists(dir.resolve("单位.jixiao.damaged")), "the damaged file is kept aside");
    }
}
