package cn.jixiao.store;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Json;
import cn.jixiao.domain.Monitoring;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.fields.FieldAddress;
import cn.jixiao.fields.FieldComment;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sqlite.SQLiteConfig;

import java.io.IOException;
import cn.jixiao.files.FileProblems;

import java.nio.file.FileAlreadyExistsException;
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

    private final Path path;
    private final Connection connection;
    /** The unit as the open checked it, handed out by the first {@link #load()} instead of reading twice. */
    private Unit checked;

    private UnitFile(Path path, Connection connection) {
        this.path = path;
        this.connection = connection;
    }

    public Path path() {
        return path;
    }

    /**
     * A new, empty unit file. Created exclusively: when the name exists, or another program
     * creates it at the same moment, this fails and leaves that file alone.
     */
    public static UnitFile create(Path path) {
        try {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            FileIdentity.noCompanionsBeforeCreate(path);
            Files.createFile(path);
        } catch (FileAlreadyExistsException e) {
            throw new UnitFileException("文件已存在，不会覆盖：" + path);
        } catch (IOException e) {
            throw new UnitFileException(FileProblems.writing(path, e), e);
        }
        // From here the file is ours: if making it fails, it goes again.
        Connection c = null;
        try {
            c = connect(path);
            Migrations.migrate(c, 0, Migrations.CURRENT);
            return new UnitFile(path, c);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c);
            deleteCreated(path);
            if (e instanceof UnitFileException u) {
                throw u;
            }
            throw new UnitFileException(e instanceof SQLException s ? SqliteProblems.saving(path, s)
                    : "无法创建单位文件：" + path + "。", e);
        }
    }

    /**
     * A new unit file holding the unit; if anything fails, the file this call created is removed
     * and nothing else is touched.
     */
    public static UnitFile createWith(Path path, Unit unit) {
        UnitFile f = create(path);
        try {
            f.importUnit(unit);
            return f;
        } catch (RuntimeException e) {
            f.close();
            deleteCreated(path);
            throw e;
        }
    }

    private static void deleteCreated(Path path) {
        try {
            Files.deleteIfExists(Path.of(path + "-journal"));
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // the failure that brought us here is the one to report
        }
    }

    /**
     * Opens an existing unit file for editing. What the file is, is decided read-only first; a
     * file that is not ours, is damaged or comes from a newer program is refused unchanged. An
     * older file is backed up, then migrated.
     */
    public static UnitFile open(Path shown) {
        Path real = FileIdentity.locate(shown);
        FileIdentity.header(real, shown);
        int version = inspect(real, shown, false).version();
        FileIdentity.noWalCompanions(real, shown);
        Connection c = connect(real, shown);
        try {
            Unit unit = Rows.read(c, shown);
            int now = Integer.parseInt(FileIdentity.scalar(c, "PRAGMA user_version"));
            if (now != version) {
                throw new UnitFileException("单位文件在打开的同时被其他程序改动了：" + shown + "。请稍后重试。");
            }
            if (version < Migrations.CURRENT) {
                // A copy as it was, before anything of it changes: only of a file that passed its checks.
                new Backups(shown).backUp(c, java.time.LocalDateTime.now());
                Migrations.migrate(c, version, Migrations.CURRENT);
            }
            UnitFile f = new UnitFile(shown, c);
            f.checked = unit;
            return f;
        } catch (SQLException e) {
            closeQuietly(c);
            throw SqliteProblems.openingFailure(shown, e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /**
     * Reads a unit file without writing a byte to it or beside it (export, review): works on a
     * read-only medium; an older version is read as it is; a crash's journal is rolled back in a
     * temporary copy, never in the file.
     */
    public static Unit read(Path shown) {
        Path real = FileIdentity.locate(shown);
        FileIdentity.header(real, shown);
        Inspection i = inspect(real, shown, true);
        if (i.unit() == null) {
            throw new UnitFileException("单位文件中还没有单位信息：" + shown);
        }
        return i.unit();
    }

    private record Inspection(int version, Unit unit) {
    }

    /** Identity, version and rows, through a read-only connection or, after a crash, a temporary copy. */
    private static Inspection inspect(Path real, Path shown, boolean rows) {
        if (!FileIdentity.companions(real, FileIdentity.Companion.values()).isEmpty()) {
            // a journal to roll back, or files SQLite would take or rewrite: only in a copy
            return inspectCopy(real, shown);
        }
        Connection c = null;
        try {
            c = connectReadOnly(real);
            int version = FileIdentity.identify(c, shown);
            return new Inspection(version, rows ? Rows.read(c, shown) : null);
        } catch (SQLException e) {
            if (SqliteProblems.is(e, "SQLITE_READONLY")) {
                closeQuietly(c);
                c = null;
                return inspectCopy(real, shown);
            }
            throw SqliteProblems.openingFailure(shown, e);
        } finally {
            closeQuietly(c);
        }
    }

    /**
     * The file and its journal copied to a temporary folder, as a crash left them, and opened
     * there: SQLite rolls the journal back in the copy, and the original stays as it is.
     */
    private static Inspection inspectCopy(Path real, Path shown) {
        Path tmp = null;
        try {
            tmp = Files.createTempDirectory("jixiao-read");
            Path copy = tmp.resolve("copy.jixiao");
            Files.copy(real, copy);
            Path journal = real.resolveSibling(real.getFileName() + "-journal");
            if (Files.isRegularFile(journal)) {
                Files.copy(journal, tmp.resolve("copy.jixiao-journal"));
            }
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy.toAbsolutePath())) {
                int version = FileIdentity.identify(c, shown);
                return new Inspection(version, Rows.read(c, shown));
            }
        } catch (SQLException e) {
            throw SqliteProblems.openingFailure(shown, e);
        } catch (IOException e) {
            throw new UnitFileException("无法读取单位文件：" + shown + "（临时文件夹无法写入或磁盘已满）。请清理磁盘空间后重试。", e);
        } finally {
            if (tmp != null) {
                deleteTree(tmp);
            }
        }
    }

    private static void deleteTree(Path dir) {
        try (java.util.stream.Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // a temporary folder of ours; the system cleans it if we cannot
        }
    }

    private static Connection connectReadOnly(Path real) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(300);
        return DriverManager.getConnection("jdbc:sqlite:" + real.toAbsolutePath(), config.toProperties());
    }

    private static Connection connect(Path path) throws SQLException {
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
        } catch (SQLException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /** A read-write connection to a file that passed its checks, failures said in Chinese. */
    private static Connection connect(Path real, Path shown) {
        try {
            return connect(real);
        } catch (SQLException e) {
            throw SqliteProblems.openingFailure(shown, e);
        }
    }

    private static String scalar(Connection c, String sql) throws SQLException {
        return FileIdentity.scalar(c, sql);
    }

    public int schemaVersion() {
        try {
            return Integer.parseInt(scalar(connection, "PRAGMA user_version"));
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * True while the file holds no data: no unit yet, or a unit with no years (what `new` makes),
     * which an import replaces.
     */
    public boolean isEmpty() {
        try {
            return "0".equals(scalar(connection, "SELECT (SELECT count(*) FROM fiscal_year) + (SELECT count(*) FROM project)"
                    + " + (SELECT count(*) FROM indicator)"));
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Reads the whole unit: years, projects and indicators in their stored order. */
    public Unit load() {
        Unit unit = checked;
        checked = null;
        if (unit == null) {
            try {
                unit = Rows.read(connection, path);
            } catch (SQLException e) {
                throw failure(e);
            }
        }
        if (unit == null) {
            throw new UnitFileException("单位文件中还没有单位信息：" + path);
        }
        return unit;
    }

    /** Writes a whole unit into this empty file, in one transaction (import, new from sample). */
    public void importUnit(Unit unit) {
        if (!isEmpty()) {
            throw new UnitFileException("只能导入到空的单位文件中：" + path + " 已有单位数据。");
        }
        java.util.Optional<String> problem = cn.jixiao.domain.UnitRules.firstProblem(unit);
        if (problem.isPresent()) {
            throw new UnitFileException("无法导入：" + problem.get());
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
    /**
     * A consistent copy of this open file at {@code target} (SQLite's online backup, as for the
     * backups), for 另存为. The target must not exist.
     */
    public void copyTo(Path target) {
        try {
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Statement s = connection.createStatement()) {
                s.executeUpdate("backup to '" + target.toAbsolutePath().toString().replace("'", "''") + "'");
            }
        } catch (IOException | SQLException e) {
            throw new UnitFileException("无法另存为 " + target + "（" + e.getMessage() + "）。请检查文件夹是否可写。", e);
        }
    }

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
            exec("DELETE FROM field_comment WHERE year=?", year);
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

    /** The 意见 on the fields of a year, in the order they were first saved. */
    public List<FieldComment> comments(int year) {
        List<FieldComment> out = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement("SELECT data FROM field_comment WHERE year=? ORDER BY rowid")) {
            p.setInt(1, year);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    commentFrom(r.getString(1), year).ifPresent(out::add);
                }
            }
        } catch (SQLException e) {
            throw failure(e);
        }
        return out;
    }

    /**
     * The 意见 of a year in a unit file read without writing to it (an export from the command line);
     * empty for a file of a version before them.
     */
    public static List<FieldComment> readComments(Path shown, int year) {
        Path real = FileIdentity.locate(shown);
        FileIdentity.header(real, shown);
        List<FieldComment> out = new ArrayList<>();
        try (Connection c = connectReadOnly(real)) {
            FileIdentity.identify(c, shown);
            if (FileIdentity.scalar(c, "SELECT name FROM sqlite_master WHERE type='table' AND name='field_comment'") == null) {
                return out;
            }
            try (PreparedStatement p = c.prepareStatement("SELECT data FROM field_comment WHERE year=? ORDER BY rowid")) {
                p.setInt(1, year);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        commentFrom(r.getString(1), year).ifPresent(out::add);
                    }
                }
            }
        } catch (SQLException e) {
            throw SqliteProblems.openingFailure(shown, e);
        }
        return out;
    }

    /** Saves a 意见 (new or changed: its 已处理 flag and note). */
    public void saveComment(FieldComment comment) {
        transaction(() -> exec("INSERT INTO field_comment(id, year, data) VALUES(?, ?, ?) "
                + "ON CONFLICT(id) DO UPDATE SET year=excluded.year, data=excluded.data",
                comment.id, comment.year, commentJson(comment)));
    }

    public void deleteComment(String commentId) {
        transaction(() -> exec("DELETE FROM field_comment WHERE id=?", commentId));
    }

    private static String commentJson(FieldComment c) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("id", c.id);
        n.put("at", c.at.encode());
        n.put("author", c.author);
        n.put("date", c.date == null ? "" : c.date.toString());
        n.put("text", c.text);
        n.put("source", c.source);
        n.put("handled", c.handled);
        n.put("note", c.note);
        return n.toString();
    }

    /** A comment row as written by {@link #commentJson}; empty for a damaged row, which is skipped rather than failing the year. */
    private static java.util.Optional<FieldComment> commentFrom(String json, int year) {
        try {
            var n = Json.MAPPER.readTree(json);
            java.util.Optional<FieldAddress> at = FieldAddress.decode(n.path("at").asText(null));
            if (at.isEmpty()) {
                return java.util.Optional.empty();
            }
            String date = n.path("date").asText("");
            return java.util.Optional.of(new FieldComment(n.path("id").asText(null), year, at.get(), n.path("author").asText(""),
                    date.isEmpty() ? null : java.time.LocalDate.parse(date), n.path("text").asText(""),
                    n.path("source").asText(""), n.path("handled").asBoolean(false), n.path("note").asText("")));
        } catch (com.fasterxml.jackson.core.JsonProcessingException | java.time.format.DateTimeParseException e) {
            return java.util.Optional.empty();
        }
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
            throw new UnitFileException("无法保存指标：" + path + "（指标内容无法写成文字）。", e);
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
            checked = null;
            if (!connection.getAutoCommit()) {
                work.run();
                return;
            }
            connection.setAutoCommit(false);
            try {
                work.run();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                checked = null;
                try {
                    connection.rollback();
                } catch (SQLException afterFailure) {
                    // SQLite has already rolled back (a full disk ends the transaction itself)
                    e.addSuppressed(afterFailure);
                }
                throw e;
            } finally {
                try {
                    connection.setAutoCommit(true);
                } catch (SQLException ignored) {
                    // the connection is unusable; the failure being thrown says why
                }
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private UnitFileException failure(SQLException e) {
        return new UnitFileException(SqliteProblems.saving(path, e), e);
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
