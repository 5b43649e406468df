package cn.jixiao.store;

import cn.jixiao.domain.Amount;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnitFileTest {
    @TempDir
    Path dir;

    /** 纪检派驻机构专项经费 as declared in 2021 (seed 000), with its first two indicators. */
    static Unit hengyangUnit() {
        Unit u = new Unit();
        u.name = "衡阳市人民政府办公室";
        FiscalYear fy = u.yearOrCreate(2021);
        Project p = new Project();
        p.name = "纪检派驻机构专项经费";
        p.funds.statedTotal = Amount.of("23.2");
        p.funds.fiscalAppropriation = Amount.of("23.2");
        p.annualGoal = "通过监督与检查，发现问题，整改问题，处理问题";
        p.indicators.add(new Indicator("产出指标", "数量指标", "检查次数", "不少于5次"));
        p.indicators.add(new Indicator("产出指标", "质量指标", "党风廉政建设考核", "良好以上"));
        fy.projects.add(p);
        return u;
    }

    @Test
    void aSavedUnitReadsBackWithItsOrderAndScale() {
        Path file = dir.resolve("u.jixiao");
        try (UnitFile f = UnitFile.create(file)) {
            f.importUnit(hengyangUnit());
        }
        try (UnitFile f = UnitFile.open(file)) {
            Unit u = f.load();
            Project p = u.year(2021).orElseThrow().projects.get(0);
            assertEquals("纪检派驻机构专项经费", p.name);
            assertEquals("23.2", p.funds.statedTotal.text());
            assertEquals(1, p.funds.budget().value().orElseThrow().scale());
            assertEquals("检查次数", p.indicators.get(0).name);
            assertEquals("党风廉政建设考核", p.indicators.get(1).name);
        }
    }

    @Test
    void anEditIsDurableOnceTheCallReturns() {
        Path file = dir.resolve("u.jixiao");
        Unit unit = hengyangUnit();
        try (UnitFile f = UnitFile.create(file)) {
            f.importUnit(unit);
            Project p = unit.years.get(0).projects.get(0);
            Indicator moved = p.indicators.get(0);
            moved.target = "不少于6次";
            f.saveIndicator(p.id, moved, 0);
            f.deleteIndicator(p.indicators.get(1).id);
        }
        try (UnitFile f = UnitFile.open(file)) {
            Project p = f.load().years.get(0).projects.get(0);
            assertEquals(1, p.indicators.size());
            assertEquals("不少于6次", p.indicators.get(0).target);
        }
    }

    @Test
    void aVersionOneFileIsMigratedAndKeepsItsData() throws Exception {
        Path file = dir.resolve("v1.jixiao");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Migrations.migrate(c, 0, 1);
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO unit(id, data) VALUES('u1', '{\"id\":\"u1\",\"name\":\"湘阴县人民政府办公室\"}')");
                s.execute("INSERT INTO fiscal_year(year, data) VALUES(2023, '{\"year\":2023}')");
                s.execute("INSERT INTO project(id, year, position, data) VALUES('p1', 2023, 0, '{\"id\":\"p1\",\"name\":\"优化营商环境\"}')");
            }
        }
        try (UnitFile f = UnitFile.open(file)) {
            assertEquals(Migrations.CURRENT, f.schemaVersion());
            Unit u = f.load();
            assertEquals("湘阴县人民政府办公室", u.name);
            assertEquals("优化营商环境", u.year(2023).orElseThrow().projects.get(0).name);
        }
        assertEquals(1, new Backups(file).list().size(), "a copy is made before the migration");
    }

    @Test
    void aFileFromANewerProgramIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("new.jixiao");
        try (UnitFile f = UnitFile.create(file)) {
            f.importUnit(hengyangUnit());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = " + (Migrations.CURRENT + 5));
        }
        byte[] before = Files.readAllBytes(file);
        UnitFileException e = assertThrows(UnitFileException.class, () -> UnitFile.open(file));
        assertTrue(e.getMessage().contains("更新版本"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aFileThatIsNotSqliteIsRefused() throws Exception {
        Path file = dir.resolve("报告.docx");
        Files.writeString(file, "PK这不是数据库", StandardCharsets.UTF_8);
        UnitFileException e = assertThrows(UnitFileException.class, () -> UnitFile.open(file));
        assertTrue(e.getMessage().contains("不是绩效填报的单位文件"), e.getMessage());
        assertEquals("PK这不是数据库", Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void anotherProgramsSqliteFileIsRefused() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE contacts(name TEXT)");
        }
        UnitFileException e = assertThrows(UnitFileException.class, () -> UnitFile.open(file));
        assertTrue(e.getMessage().contains("不是绩效填报的单位文件"), e.getMessage());
    }

    @Test
    void aFileOpenElsewhereCannotBeOpenedAgain() {
        Path file = dir.resolve("u.jixiao");
        try (UnitFile first = UnitFile.create(file)) {
            first.importUnit(hengyangUnit());
            UnitFileException e = assertThrows(UnitFileException.class, () -> UnitFile.open(file));
            assertTrue(e.getMessage().contains("正在被另一个"), e.getMessage());
            // the first instance keeps working
            first.saveUnitInfo(first.load());
        }
        try (UnitFile again = UnitFile.open(file)) {
            assertEquals("衡阳市人民政府办公室", again.load().name);
        }
    }

    @Test
    void aDamagedFileIsRefused() throws Exception {
        Path file = dir.resolve("u.jixiao");
        Unit big = hengyangUnit();
        for (int i = 0; i < 200; i++) {
            big.years.get(0).projects.get(0).indicators.add(new Indicator("产出指标", "数量指标", "检查次数" + i, "不少于" + i + "次"));
        }
        try (UnitFile f = UnitFile.create(file)) {
            f.importUnit(big);
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] junk = new byte[4096 * 3];
            Arrays.fill(junk, (byte) 0x5a);
            raf.seek(4096);
            raf.write(junk);
        }
        UnitFileException e = assertThrows(UnitFileException.class, () -> UnitFile.open(file));
        assertTrue(e.getMessage().contains("损坏") || e.getMessage().contains("不是绩效填报"), e.getMessage());
    }

    @Test
    void anExistingFileIsNeverOverwrittenByCreate() throws Exception {
        Path file = dir.resolve("u.jixiao");
        Files.writeString(file, "keep");
        assertThrows(UnitFileException.class, () -> UnitFile.create(file));
        assertEquals("keep", Files.readString(file));
    }

    @Test
    void importRefusesAFileThatAlreadyHoldsAUnit() {
        Path file = dir.resolve("u.jixiao");
        try (UnitFile f = UnitFile.create(file)) {
            f.importUnit(hengyangUnit());
            assertThrows(UnitFileException.class, () -> f.importUnit(hengyangUnit()));
        }
    }
}
