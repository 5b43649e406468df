package cn.jixiao.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The schema, as numbered steps. {@code PRAGMA user_version} holds the last step applied;
 * a file whose version is above {@link #CURRENT} was written by a newer program and is refused.
 *
 * <p>Rows hold the domain objects as JSON beside the columns we query by (ids, parents, order):
 * each user edit rewrites one small row, and a new field needs no migration.
 */
final class Migrations {
    private static final List<String[]> STEPS = List.of(
            new String[] {
                "CREATE TABLE unit(id TEXT PRIMARY KEY, data TEXT NOT NULL)",
                "CREATE TABLE fiscal_year(year INTEGER PRIMARY KEY, data TEXT NOT NULL)",
                "CREATE TABLE project(id TEXT PRIMARY KEY, year INTEGER NOT NULL REFERENCES fiscal_year(year) ON DELETE CASCADE,"
                        + " position INTEGER NOT NULL, data TEXT NOT NULL)",
                "CREATE TABLE indicator(id TEXT PRIMARY KEY, owner TEXT NOT NULL, position INTEGER NOT NULL, data TEXT NOT NULL)",
            },
            new String[] {
                // v2: a marker that tells our files from other SQLite files, and the index the
                // tree editor's loads need once units have thousands of indicators.
                "CREATE TABLE file_info(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
                "INSERT INTO file_info(key, value) VALUES('application', 'jixiao')",
                "CREATE INDEX indicator_owner ON indicator(owner, position)",
                "CREATE INDEX project_year ON project(year, position)",
            },
            new String[] {
                // v3 "monitoring" (issue 18, 绩效运行监控): each monitoring period of a project or of
                // the 部门整体 (project '') is its own row, a stage of its own beside the project's.
                "CREATE TABLE monitoring(id TEXT PRIMARY KEY, year INTEGER NOT NULL REFERENCES fiscal_year(year) ON DELETE CASCADE,"
                        + " project TEXT NOT NULL, month INTEGER NOT NULL, data TEXT NOT NULL)",
                "CREATE INDEX monitoring_year ON monitoring(year, project, month)",
            });

    static final int CURRENT = STEPS.size();

    private Migrations() {
    }

    /** Applies the steps after {@code from}, up to {@code to}, in one transaction. */
    static void migrate(Connection c, int from, int to) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            for (int v = from; v < to; v++) {
                for (String sql : STEPS.get(v)) {
                    s.execute(sql);
                }
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
}
