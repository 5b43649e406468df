package cn.jixiao.store;

import cn.jixiao.domain.Json;
import cn.jixiao.exchange.FormatUpgrade;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The schema, as numbered steps. {@code PRAGMA user_version} holds the last step applied;
 * a file whose version is above {@link #CURRENT} was written by a newer program and is refused.
 *
 * <p>Rows hold the domain objects as JSON beside the columns we query by (ids, parents, order):
 * each user edit rewrites one small row, and a new field needs no migration; a field that moves
 * does (a Java step rewriting the rows, the same {@link FormatUpgrade} the exchange uses).
 */
final class Migrations {
    private static final List<Step> STEPS = List.of(
            sql(
                "CREATE TABLE unit(id TEXT PRIMARY KEY, data TEXT NOT NULL)",
                "CREATE TABLE fiscal_year(year INTEGER PRIMARY KEY, data TEXT NOT NULL)",
                "CREATE TABLE project(id TEXT PRIMARY KEY, year INTEGER NOT NULL REFERENCES fiscal_year(year) ON DELETE CASCADE,"
                        + " position INTEGER NOT NULL, data TEXT NOT NULL)",
                "CREATE TABLE indicator(id TEXT PRIMARY KEY, owner TEXT NOT NULL, position INTEGER NOT NULL, data TEXT NOT NULL)"
            ),
            sql(
                // v2: a marker that tells our files from other SQLite files, and the index the
                // tree editor's loads need once units have thousands of indicators.
                "CREATE TABLE file_info(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
                "INSERT INTO file_info(key, value) VALUES('application', 'jixiao')",
                "CREATE INDEX indicator_owner ON indicator(owner, position)",
                "CREATE INDEX project_year ON project(year, position)"
            ),
            sql(
                // v3 "monitoring" (issue 18, 绩效运行监控): each monitoring period of a project or of
                // the 部门整体 (project '') is its own row, a stage of its own beside the project's.
                "CREATE TABLE monitoring(id TEXT PRIMARY KEY, year INTEGER NOT NULL REFERENCES fiscal_year(year) ON DELETE CASCADE,"
                        + " project TEXT NOT NULL, month INTEGER NOT NULL, data TEXT NOT NULL)",
                "CREATE INDEX monitoring_year ON monitoring(year, project, month)"
            ),
            // v4 "stages": 部门整体's self-evaluation figures move into overall.selfEvaluation, the
            // shape a project's has (exchange formatVersion 2); a program of v3 must not read them.
            Migrations::overallSelfEvaluation,
            sql(
                // v5 "comments" (issue 19): 意见 on fields, from the bureau's returned workbooks or
                // typed in by the clerk, each a row of its year; nothing older changes shape.
                "CREATE TABLE field_comment(id TEXT PRIMARY KEY, year INTEGER NOT NULL, data TEXT NOT NULL)",
                "CREATE INDEX field_comment_year ON field_comment(year)"
            ));

    static final int CURRENT = STEPS.size();

    private Migrations() {
    }

    /** Applies the steps after {@code from}, up to {@code to}, in one transaction. */
    static void migrate(Connection c, int from, int to) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            for (int v = from; v < to; v++) {
                STEPS.get(v).apply(c, s);
            }
            s.execute("PRAGMA user_version = " + to);
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /** One numbered step of the schema, run inside the migration's transaction. */
    @FunctionalInterface
    private interface Step {
        void apply(Connection c, Statement s) throws SQLException;
    }

    private static Step sql(String... statements) {
        return (c, s) -> {
            for (String sql : statements) {
                s.execute(sql);
            }
        };
    }

    private static void overallSelfEvaluation(Connection c, Statement s) throws SQLException {
        Map<Integer, String> upgraded = new LinkedHashMap<>();
        try (ResultSet r = s.executeQuery("SELECT year, data FROM fiscal_year")) {
            while (r.next()) {
                try {
                    if (Json.MAPPER.readTree(r.getString(2)) instanceof ObjectNode year) {
                        FormatUpgrade.fiscalYearTo2(year);
                        upgraded.put(r.getInt(1), year.toString());
                    }
                } catch (JsonProcessingException e) {
                    // a damaged row stays as it is: reading the file reports it by its place
                }
            }
        }
        try (PreparedStatement p = c.prepareStatement("UPDATE fiscal_year SET data=? WHERE year=?")) {
            for (Map.Entry<Integer, String> e : upgraded.entrySet()) {
                p.setString(1, e.getValue());
                p.setInt(2, e.getKey());
                p.executeUpdate();
            }
        }
    }
}
