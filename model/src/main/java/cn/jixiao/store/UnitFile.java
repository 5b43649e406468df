package cn.jixiao.store;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Json;
import cn.jixiao.domain.Monitoring;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 单位文件: one SQLite file holding one unit, open for exclusive use by this program.
 *
 * <p>Rollback journal with synchronous=FULL (clerks keep files on network drives, where WAL is
 * unsafe) and an exclusive lock held from open to close, so a second program instance cannot
 * write the same file. Every public write method is one committed transaction.
 */
public final class UnitFile implements AutoCloseable {
    /** Owner key of the unit-level (部门整体) indicators of a year. */
    public static String overallOwner(int year) {
        return "overall:" + year;
    }

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Path path;
    private final Connection connection;

    private UnitFile(Path path, Connection connection) {
        this.path = path;
        this.connection = connection;
    }

    public Path path() {
        return path;
    }

    /** A new, empty unit file; an existing file is never overwritten. */
    public static UnitFile create(Path path) {
        if (Files.exists(path)) {
            throw new UnitFileException("文件已存在，不会覆盖：" + path);
        }
        try {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new UnitFileException("无法创建文件夹：" + path.getParent() + "（" + e.getMessage() + "）", e);
        }
        Connection c = connect(path);
        try {
            Migrations.migrate(c, 0, Migrations.CURRENT);
            return new UnitFile(path, c);
        } catch (SQLException e) {
            closeQuietly(c);
            throw new UnitFileException("无法创建单位文件：" + path + "（" + e.getMessage() + "）", e);
        }
    }

    /** Opens an existing unit file, migrating it to the current schema; refuses anything else unchanged. */
    public static UnitFile open(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new UnitFileException("找不到单位文件：" + path);
        }
        checkHeader(path);
        Connection c = connect(path);
        try {
            String check = scalar(c, "PRAGMA quick_check");
            if (!"ok".equalsIgnoreCase(check)) {
                throw new UnitFileException("单位文件已损坏，无法打开：" + path + "。请从备份恢复（文件 → 从备份恢复）。");
            }
            int version = Integer.parseInt(scalar(c, "PRAGMA user_version"));
            if (version > Migrations.CURRENT) {
                throw new UnitFileException("该单位文件由更新版本的绩效填报创建（数据版本 " + version
                        + "），本程序只支持到版本 " + Migrations.CURRENT + "。请升级程序后再打开，文件未作任何改动。");
            }
            if (version == 0 || !hasTable(c, "unit")) {
                throw new UnitFileException("这不是绩效填报的单位文件：" + path);
            }
            if (version < Migrations.CURRENT) {
                // A copy as it was, before anything of it changes.
                new Backups(path).backUp(c, java.time.LocalDateTime.now());
                Migrations.migrate(c, version, Migrations.CURRENT);
            }
            return new UnitFile(path, c);
        } catch (SQLException e) {
            closeQuietly(c);
            throw new UnitFileException("无法读取单位文件：" + path + "（" + e.getMessage() + "）", e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    private static void checkHeader(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(SQLITE_MAGIC.length);
            if (!java.util.Arrays.equals(head, SQLITE_MAGIC)) {
                throw new UnitFileException("这不是绩效填报的单位文件（不是 SQLite 数据库）：" + path);
            }
        } catch (IOException e) {
            throw new UnitFileException("无法读取文件：" + path + "（" + e.getMessage() + "）", e);
        }
    }

    private static Connection connect(Path path) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.DELETE);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setLockingMode(SQLiteConfig.LockingMode.EXCLUSIVE);
        config.setBusyTimeout(300);
        Connection c = null;
        try {
            c = DriverManager.getConnection("jdbc:sqlite:" + path.toAbsolutePath(), config.toProperties());
            // Take the exclusive lock now and keep it until close: one writer per file.
            try (Statement s = c.createStatement()) {
                s.execute("BEGIN EXCLUSIVE");
                s.execute("COMMIT");
            }
            return c;
        } catch (SQLiteException e) {
            closeQuietly(c);
            if (e.getResultCode() == SQLiteErrorCode.SQLITE_BUSY || e.getResultCode() == SQLiteErrorCode.SQLITE_LOCKED) {
                throw new UnitFileException("该单位文件正在被另一个绩效填报窗口使用：" + path + "。请先关闭那个窗口。", e);
            }
            if (e.getResultCode() == SQLiteErrorCode.SQLITE_NOTADB || e.getResultCode() == SQLiteErrorCode.SQLITE_CORRUPT) {
                throw new UnitFileException("单位文件已损坏，无法打开：" + path + "。请从备份恢复（文件 → 从备份恢复）。", e);
            }
            throw new UnitFileException("无法打开单位文件：" + path + "（" + e.getMessage() + "）", e);
        } catch (SQLException e) {
            closeQuietly(c);
            throw new UnitFileException("无法打开单位文件：" + path + "（" + e.getMessage() + "）", e);
        }
    }

    private static boolean hasTable(Connection c, String name) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM sqlite_master WHERE type='table' AND name=?")) {
            p.setString(1, name);
            try (ResultSet r = p.executeQuery()) {
                return r.next() && r.getInt(1) > 0;
            }
        }
    }

    private static String scalar(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getString(1) : null;
        }
    }

    public int schemaVersion() {
        try {
            return Integer.parseInt(scalar(connection, "PRAGMA user_version"));
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** True while the file holds no unit yet. */
    public boolean isEmpty() {
        try {
            return "0".equals(scalar(connection, "SELECT count(*) FROM unit"));
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Reads the whole unit: years, projects and indicators in their stored order. */
    public Unit load() {
        try {
            Unit unit;
            try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT data FROM unit")) {
                if (!r.next()) {
                    throw new UnitFileException("单位文件中还没有单位信息：" + path);
                }
                unit = Json.read(r.getString(1), Unit.class);
            }
            Map<String, List<Indicator>> indicators = new HashMap<>();
            try (Statement s = connection.createStatement();
                 ResultSet r = s.executeQuery("SELECT owner, data FROM indicator ORDER BY owner, position")) {
                while (r.next()) {
                    indicators.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
                            .add(Json.read(r.getString(2), Indicator.class));
                }
            }
            Map<Integer, FiscalYear> years = new HashMap<>();
            try (Statement s = connection.createStatement();
                 ResultSet r = s.executeQuery("SELECT year, data FROM fiscal_year ORDER BY year")) {
                while (r.next()) {
                    FiscalYear fy = Json.read(r.getString(2), FiscalYear.class);
                    fy.overall.indicators = indicators.getOrDefault(overallOwner(fy.year), new ArrayList<>());
                    unit.years.add(fy);
                    years.put(fy.year, fy);
                }
            }
            try (Statement s = connection.createStatement();
                 ResultSet r = s.executeQuery("SELECT year, data FROM monitoring ORDER BY year, project, month")) {
                while (r.next()) {
                    years.get(r.getInt(1)).monitorings.add(Json.read(r.getString(2), Monitoring.class));
                }
            }
            try (Statement s = connection.createStatement();
                 ResultSet r = s.executeQuery("SELECT year, data FROM project ORDER BY year, position")) {
                while (r.next()) {
                    Project p = Json.read(r.getString(2), Project.class);
                    p.indicators = indicators.getOrDefault(p.id, new ArrayList<>());
                    years.get(r.getInt(1)).projects.add(p);
                }
            }
            return unit;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Writes a whole unit into this empty file, in one transaction (import, new from sample). */
    public void importUnit(Unit unit) {
        if (!isEmpty()) {
            throw new UnitFileException("只能导入到空的单位文件中：" + path + " 已有单位数据。");
        }
        transaction(() -> {
            saveUnitInfoNow(unit);
            for (FiscalYear fy : unit.years) {
                saveYearNow(fy);
                saveIndicatorsNow(overallOwner(fy.year), fy.overall.indicators);
                for (Monitoring m : fy.monitorings) {
                    saveMonitoringNow(fy.year, m);
                }
                for (int i = 0; i < fy.projects.size(); i++) {
                    Project p = fy.projects.get(i);
                    saveProjectNow(fy.year, p, i);
                    saveIndicatorsNow(p.id, p.indicators);
                }
            }
        });
    }

    /** The unit's own fields (not its years). */
    public void saveUnitInfo(Unit unit) {
        transaction(() -> saveUnitInfoNow(unit));
    }

    /** A year's own fields and unit-level forms (not its projects or indicators). */
    public void saveYear(FiscalYear year) {
        transaction(() -> saveYearNow(year));
    }

    /** A project's fields at its position in the year (not its indicators). */
    public void saveProject(int year, Project project, int position) {
        transaction(() -> saveProjectNow(year, project, position));
    }

    /** A project with its indicators, e.g. a new or duplicated project. */
    public void saveProjectWithIndicators(int year, Project project, int position) {
        transaction(() -> {
            saveProjectNow(year, project, position);
            saveIndicatorsNow(project.id, project.indicators);
        });
    }

    /** The order of a year's projects, as the list gives it. */
    public void saveProjectOrder(FiscalYear year) {
        transaction(() -> {
            try (PreparedStatement p = connection.prepareStatement("UPDATE project SET position=? WHERE id=?")) {
                for (int i = 0; i < year.projects.size(); i++) {
                    p.setInt(1, i);
                    p.setString(2, year.projects.get(i).id);
                    p.addBatch();
                }
                p.executeBatch();
            }
        });
    }

    /**
     * Makes the stored projects of the year match the year's list: removed ones deleted with
     * their indicators, new ones written with theirs, every position updated.
     */
    public void saveProjects(FiscalYear year) {
        transaction(() -> {
            java.util.Set<String> stored = new java.util.HashSet<>();
            try (PreparedStatement p = connection.prepareStatement("SELECT id FROM project WHERE year=?")) {
                p.setInt(1, year.year);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        stored.add(r.getString(1));
                    }
                }
            }
            java.util.Set<String> listed = new java.util.HashSet<>();
            for (int i = 0; i < year.projects.size(); i++) {
                Project pr = year.projects.get(i);
                listed.add(pr.id);
                if (stored.contains(pr.id)) {
                    exec("UPDATE project SET position=? WHERE id=?", i, pr.id);
                } else {
                    saveProjectNow(year.year, pr, i);
                    saveIndicatorsNow(pr.id, pr.indicators);
                }
            }
            for (String id : stored) {
                if (!listed.contains(id)) {
                    exec("DELETE FROM indicator WHERE owner=?", id);
                    exec("DELETE FROM project WHERE id=?", id);
                }
            }
        });
    }

    /** Removes a year with its projects, their indicators and its unit-level indicators (undo of a new year). */
    public void deleteYear(int year) {
        transaction(() -> {
            exec("DELETE FROM indicator WHERE owner IN (SELECT id FROM project WHERE year=?)", year);
            exec("DELETE FROM indicator WHERE owner=?", overallOwner(year));
            exec("DELETE FROM project WHERE year=?", year);
            exec("DELETE FROM monitoring WHERE year=?", year);
            exec("DELETE FROM fiscal_year WHERE year=?", year);
        });
    }

    public void deleteProject(String projectId) {
        transaction(() -> {
            exec("DELETE FROM indicator WHERE owner=?", projectId);
            exec("DELETE FROM project WHERE id=?", projectId);
        });
    }

    /** One indicator row at its position under its owner (a project id or {@link #overallOwner}). */
    public void saveIndicator(String owner, Indicator indicator, int position) {
        transaction(() -> upsertIndicator(owner, indicator, position));
    }

    /** Replaces all indicators of an owner with the list, in its order. */
    public void saveIndicators(String owner, List<Indicator> indicators) {
        transaction(() -> saveIndicatorsNow(owner, indicators));
    }

    public void deleteIndicator(String indicatorId) {
        transaction(() -> exec("DELETE FROM indicator WHERE id=?", indicatorId));
    }

    /**
     * One monitoring period with its indicator records (绩效运行监控). A record whose project was
     * later deleted stays until its year goes, so that undoing the deletion finds it again.
     */
    public void saveMonitoring(int year, Monitoring monitoring) {
        transaction(() -> saveMonitoringNow(year, monitoring));
    }

    public void deleteMonitoring(String monitoringId) {
        transaction(() -> exec("DELETE FROM monitoring WHERE id=?", monitoringId));
    }

    private void saveMonitoringNow(int year, Monitoring m) throws SQLException {
        exec("INSERT INTO monitoring(id, year, project, month, data) VALUES(?, ?, ?, ?, ?) "
                + "ON CONFLICT(id) DO UPDATE SET year=excluded.year, project=excluded.project, month=excluded.month, data=excluded.data",
                m.id, year, m.projectId, m.month, Json.write(m));
    }

    private void saveUnitInfoNow(Unit unit) throws SQLException {
        ObjectNode node = Json.MAPPER.valueToTree(unit);
        node.remove("years");
        exec("DELETE FROM unit WHERE id<>?", unit.id);
        exec("INSERT INTO unit(id, data) VALUES(?, ?) ON CONFLICT(id) DO UPDATE SET data=excluded.data",
                unit.id, node.toString());
    }

    private void saveYearNow(FiscalYear fy) throws SQLException {
        ObjectNode node = Json.MAPPER.valueToTree(fy);
        node.remove("projects");
        node.remove("monitorings");
        if (node.get("overall") instanceof ObjectNode overall) {
            overall.remove("indicators");
        }
        exec("INSERT INTO fiscal_year(year, data) VALUES(?, ?) ON CONFLICT(year) DO UPDATE SET data=excluded.data",
                fy.year, node.toString());
    }

    private void saveProjectNow(int year, Project p, int position) throws SQLException {
        ObjectNode node = Json.MAPPER.valueToTree(p);
        node.remove("indicators");
        exec("INSERT INTO project(id, year, position, data) VALUES(?, ?, ?, ?) "
                + "ON CONFLICT(id) DO UPDATE SET year=excluded.year, position=excluded.position, data=excluded.data",
                p.id, year, position, node.toString());
    }

    private void saveIndicatorsNow(String owner, List<Indicator> list) throws SQLException {
        exec("DELETE FROM indicator WHERE owner=?", owner);
        try (PreparedStatement p = connection.prepareStatement(
                "INSERT INTO indicator(id, owner, position, data) VALUES(?, ?, ?, ?)")) {
            for (int i = 0; i < list.size(); i++) {
                Indicator ind = list.get(i);
                p.setString(1, ind.id);
                p.setString(2, owner);
                p.setInt(3, i);
                p.setString(4, Json.MAPPER.writeValueAsString(ind));
                p.addBatch();
            }
            p.executeBatch();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void upsertIndicator(String owner, Indicator ind, int position) throws SQLException {
        exec("INSERT INTO indicator(id, owner, position, data) VALUES(?, ?, ?, ?) "
                + "ON CONFLICT(id) DO UPDATE SET owner=excluded.owner, position=excluded.position, data=excluded.data",
                ind.id, owner, position, Json.write(ind));
    }

    private void exec(String sql, Object... args) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                p.setObject(i + 1, args[i]);
            }
            p.executeUpdate();
        }
    }

    /** Work that must all be saved or not at all. */
    @FunctionalInterface
    public interface Work {
        void run() throws SQLException;
    }

    /** Runs the work as one transaction; nested calls join the outer one. */
    public synchronized void transaction(Work work) {
        try {
            if (!connection.getAutoCommit()) {
                work.run();
                return;
            }
            connection.setAutoCommit(false);
            try {
                work.run();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private UnitFileException failure(SQLException e) {
        return new UnitFileException("保存或读取单位文件失败：" + path + "（" + e.getMessage() + "）", e);
    }

    /** The JDBC connection, for the store's own helpers such as backups. */
    Connection connection() {
        return connection;
    }

    @Override
    public void close() {
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing after a failure: the first error is the one to report
            }
        }
    }
}
