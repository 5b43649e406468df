package cn.jixiao.store;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Unit;
import cn.jixiao.fields.FieldAddress;
import cn.jixiao.fields.FieldComment;
import cn.jixiao.fields.Owner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 意见 on fields are kept in the unit file, year by year, with their 已处理 flag and note; a version-4 file gains their table. */
class CommentStoreTest {
    @TempDir
    Path dir;

    @Test
    void aCommentIsSavedMarkedHandledAndDeleted() {
        Unit u = UnitFileTest.hengyangUnit();
        FiscalYear y = u.year(2021).orElseThrow();
        FieldAddress at = new FieldAddress(Owner.PROJECT, y.projects.get(0).id, "", "name");
        FieldComment c = FieldComment.of(2021, at, FieldComment.BUREAU, LocalDate.of(2021, 3, 5), "项目名称与批复不一致", "退回.xlsx");
        Path file = dir.resolve("u.jixiao");
        try (UnitFile f = UnitFile.create(file)) {
            f.importUnit(u);
            f.saveComment(c);
            c.handled = true;
            c.note = "已按批复改名";
            f.saveComment(c);
        }
        try (UnitFile f = UnitFile.open(file)) {
            List<FieldComment> back = f.comments(2021);
            assertEquals(1, back.size());
            FieldComment b = back.get(0);
            assertEquals(at, b.at);
            assertEquals("财政局", b.author);
            assertEquals(LocalDate.of(2021, 3, 5), b.date);
            assertEquals("项目名称与批复不一致", b.text);
            assertEquals("已处理：已按批复改名", b.handling());
            assertTrue(f.comments(2022).isEmpty());
            f.deleteComment(b.id);
            assertTrue(f.comments(2021).isEmpty());
        }
    }

    @Test
    void aVersionFourFileGainsTheCommentTable() throws Exception {
        Path file = dir.resolve("v4.jixiao");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Migrations.migrate(c, 0, 4);
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO unit(id, data) VALUES('u1', '{\"id\":\"u1\",\"name\":\"湘阴县人民政府办公室\"}')");
                s.execute("INSERT INTO fiscal_year(year, data) VALUES(2023, '{\"year\":2023}')");
            }
        }
        try (UnitFile f = UnitFile.open(file)) {
            assertEquals(Migrations.CURRENT, f.schemaVersion());
            f.saveComment(FieldComment.of(2023, new FieldAddress(Owner.YEAR, "", "", "disclosureNote"), "办公室", null, "附注请改", ""));
            assertEquals("附注请改", f.comments(2023).get(0).text);
        }
    }
}
