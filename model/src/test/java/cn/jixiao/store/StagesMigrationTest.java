package cn.jixiao.store;

import cn.jixiao.domain.SelfEvaluation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A unit file of schema 3 keeps 部门整体's self-evaluation figures: the v4 step moves them into overall.selfEvaluation. */
class StagesMigrationTest {
    @TempDir
    Path dir;

    @Test
    void aVersionThreeFileReadWithoutMigratingShowsTheOverallSelfEvaluation() throws Exception {
        // export, review and print read an older file as it is, without migrating it
        Path file = versionThree();
        SelfEvaluation s = UnitFile.read(file).year(2022).orElseThrow().overall.selfEvaluation;
        assertEquals("4848.13", s.funds.executed.text());
        assertEquals("143.91%", s.funds.statedExecutionRate);
        assertEquals("刘璐", s.signature.preparer);
    }

    @Test
    void aVersionThreeFileKeepsTheOverallSelfEvaluation() throws Exception {
        Path file = versionThree();
        try (UnitFile f = UnitFile.open(file)) {
            assertEquals(Migrations.CURRENT, f.schemaVersion());
            SelfEvaluation s = f.load().year(2022).orElseThrow().overall.selfEvaluation;
            assertEquals("4848.13", s.funds.executed.text());
            assertEquals("143.91%", s.funds.statedExecutionRate);
            assertEquals("10", s.funds.weight);
            assertEquals("10", s.funds.statedScore);
            assertEquals("96", s.statedTotalScore);
            assertEquals("100", s.statedWeightTotal);
            assertEquals("刘璐", s.signature.preparer);
        }
        try (UnitFile f = UnitFile.open(file)) {
            assertTrue(f.load().year(2022).orElseThrow().overall.selfEvaluation.funds.executed.text().equals("4848.13"),
                    "opened again after the migration, nothing is lost");
        }
    }

    private Path versionThree() throws Exception {
        Path file = dir.resolve("v3.jixiao");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Migrations.migrate(c, 0, 3);
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO unit(id, data) VALUES('u1', '{\"id\":\"u1\",\"name\":\"衡阳市人民政府办公室\"}')");
                s.execute("INSERT INTO fiscal_year(year, data) VALUES(2022, '{\"year\":2022,\"overall\":{\"executed\":\"4848.13\","
                        + "\"statedExecutionRate\":\"143.91%\",\"fundsWeight\":\"10\",\"statedFundsScore\":\"10\",\"statedTotalScore\":\"96\","
                        + "\"statedWeightTotal\":\"100\",\"selfEvaluationSignature\":{\"preparer\":\"刘璐\"}}}')");
            }
        }
        return file;
    }
}
