package cn.jixiao.unitinfo;

import cn.jixiao.domain.Frameworks;
import cn.jixiao.domain.Unit;
import cn.jixiao.store.UnitFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NewUnitTest {
    @TempDir
    Path dir;

    /** The unit of seed 000 (衡阳市人民政府办公室), as its clerk would type it. */
    private Map<UnitField, String> hengyang() {
        Map<UnitField, String> m = new EnumMap<>(UnitField.class);
        m.put(UnitField.NAME, "衡阳市人民政府办公室");
        m.put(UnitField.SUPERVISING_DEPARTMENT, "衡阳市人民政府办公室");
        m.put(UnitField.AUTHORIZED_STAFF, "120");
        m.put(UnitField.ACTUAL_STAFF, "116");
        m.put(UnitField.PREPARER, "刘璐");
        m.put(UnitField.PHONE, "8861058");
        return m;
    }

    @Test
    void theFirstYearIsNextBudgetYear() {
        assertEquals(2027, NewUnit.defaultFirstYear(LocalDate.of(2026, 12, 4)));
    }

    @Test
    void aCompleteFormMakesTheUnitWithItsFirstYear() {
        Path file = dir.resolve("衡阳市人民政府办公室.jixiao");
        var setup = new NewUnit.Setup(hengyang(), "hengyang-2021", Frameworks.HENGYANG_2021, "2027", file);
        assertEquals(List.of(), NewUnit.check(setup));
        NewUnit.create(setup).close();
        try (UnitFile f = UnitFile.open(file)) {
            Unit u = f.load();
            assertEquals("衡阳市人民政府办公室", u.name);
            assertEquals("116", u.actualStaff);
            assertEquals("8861058", u.phone);
            assertEquals("hengyang-2021", u.formStyle);
            assertEquals(1, u.years.size());
            assertEquals(2027, u.years.get(0).year);
            assertEquals(Frameworks.HENGYANG_2021, u.years.get(0).frameworkId);
        }
    }

    @Test
    void eachWrongFieldIsNamedWithWhatToDo() throws Exception {
        Map<UnitField, String> m = hengyang();
        m.put(UnitField.NAME, " ");
        m.put(UnitField.ACTUAL_STAFF, "一百");
        m.put(UnitField.PHONE, "886");
        Path taken = Files.createFile(dir.resolve("taken.jixiao"));
        var problems = NewUnit.check(new NewUnit.Setup(m, "", "", "27", taken));
        assertEquals(List.of("单位名称", "实有人数", "联系电话", NewUnit.YEAR, NewUnit.FRAMEWORK, NewUnit.FILE),
                problems.stream().map(NewUnit.Problem::what).toList());
        assertEquals("请填写单位名称。", problems.get(0).message());
        assertTrue(problems.get(1).message().contains("整数"));
        assertTrue(problems.get(5).message().contains("不会覆盖"));
    }

    @Test
    void theDefaultFileIsNamedAfterTheUnitInDocuments() {
        Path f = NewUnit.defaultFile("湘阴县/人民政府办公室");
        assertEquals("湘阴县_人民政府办公室.jixiao", f.getFileName().toString());
        assertEquals("绩效填报", f.getParent().getFileName().toString());
    }

    @Test
    void reviewFieldNamesFindTheirField() {
        assertEquals(UnitField.SUPERVISING_DEPARTMENT, UnitField.byKey("supervisingDepartment").orElseThrow());
        Unit u = new Unit();
        for (UnitField f : UnitField.values()) {
            f.set(u, f.label());
            assertEquals(f.label(), f.get(u), f + " reads what it wrote");
        }
    }
}
