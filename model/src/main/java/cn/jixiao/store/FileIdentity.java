package cn.jixiao.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 文件鉴别: decides what a file is before anything writes a byte to it. First from its bytes
 * (SQLite's header: magic, rollback journal rather than WAL, a size that fits its page count),
 * then through a read-only connection (quick_check, the schema version, our marker or the
 * exact tables of version 1). Only a file that passes is ever opened for writing.
 */
final class FileIdentity {
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    /** The tables and columns every version of our schema has, as version 1 made them. */
    private static final Map<String, List<String>> TABLES = Map.of(
            "unit", List.of("id", "data"),
            "fiscal_year", List.of("year", "data"),
            "project", List.of("id", "year", "position", "data"),
            "indicator", List.of("id", "owner", "position", "data"));

    private FileIdentity() {
    }

    /**
     * The file itself: refuses a missing path or a folder, and follows a symbolic link to the
     * real file (SQLite keeps its journal beside the name it was given; a journal beside a link
     * is one a later open through the real name would never find).
     */
    static Path locate(Path shown) {
        if (Files.isDirectory(shown)) {
            throw new UnitFileException("这是一个文件夹，不是单位文件：" + shown + "。请选择以 .jixiao 结尾的单位文件。");
        }
        if (!Files.exists(shown, LinkOption.NOFOLLOW_LINKS) || !Files.exists(shown)) {
            throw new UnitFileException("找不到单位文件：" + shown);
        }
        if (!Files.isRegularFile(shown)) {
            throw new UnitFileException("这不是普通文件，不能作为单位文件打开：" + shown);
        }
        try {
            return shown.toRealPath();
        } catch (IOException e) {
            throw new UnitFileException(cn.jixiao.files.FileProblems.reading(shown, e), e);
        }
    }

    /** Checks the first 100 bytes (SQLite's header) against the file's size; refuses without opening. */
    static void header(Path real, Path shown) {
        byte[] head;
        long size;
        try (InputStream in = Files.newInputStream(real)) {
            head = in.readNBytes(100);
            size = Files.size(real);
        } catch (IOException e) {
            throw new UnitFileException(cn.jixiao.files.FileProblems.reading(shown, e), e);
        }
        if (size == 0) {
            throw new UnitFileException("文件是空的（0 字节），不是单位文件：" + shown + "。如果它本应是单位文件，请从备份恢复。");
        }
        if (head.length < SQLITE_MAGIC.length || !java.util.Arrays.equals(head, 0, SQLITE_MAGIC.length, SQLITE_MAGIC, 0, SQLITE_MAGIC.length)) {
            throw new UnitFileException("这不是绩效填报的单位文件（不是 SQLite 数据库）：" + shown);
        }
        if (head.length < 100) {
            throw UnitFileException.damaged(SqliteProblems.damaged(shown));
        }
        if (head[18] == 2 || head[19] == 2) {
            // WAL: our files never use it (network drives); some other program's database.
            throw new UnitFileException("这不是绩效填报的单位文件（是其他程序的数据库）：" + shown);
        }
        if (head[18] != 1 || head[19] != 1) {
            throw UnitFileException.damaged(SqliteProblems.damaged(shown));
        }
        int pageSize = ((head[16] & 0xff) << 8) | (head[17] & 0xff);
        if (pageSize == 1) {
            pageSize = 65536;
        }
        if (pageSize < 512 || Integer.bitCount(pageSize) != 1) {
            throw UnitFileException.damaged(SqliteProblems.damaged(shown));
        }
        long pages = readInt(head, 28);
        boolean pagesValid = readInt(head, 24) == readInt(head, 92);
        // a crash's journal beside it holds the pages a transaction was writing: the file alone may look
        // cut short until the journal is rolled back (in a copy), so the page count is judged after that
        boolean journal = Files.exists(real.resolveSibling(real.getFileName() + Companion.JOURNAL.suffix));
        if (!journal && (size % pageSize != 0 || (pagesValid && pages * pageSize > size))) {
            // cut short (a copy stopped half way, a full disk): pages are missing
            throw UnitFileException.damaged(SqliteProblems.damaged(shown));
        }
    }

    private static long readInt(byte[] b, int at) {
        return ((b[at] & 0xffL) << 24) | ((b[at + 1] & 0xffL) << 16) | ((b[at + 2] & 0xffL) << 8) | (b[at + 3] & 0xffL);
    }

    /** The files SQLite keeps beside a database: a rollback journal, or a write-ahead log and its shared-memory index. */
    enum Companion {
        JOURNAL("-journal"), WAL("-wal"), SHM("-shm");

        final String suffix;

        Companion(String suffix) {
            this.suffix = suffix;
        }

        Path beside(Path file) {
            return file.resolveSibling(file.getFileName() + suffix);
        }
    }

    /** The companions lying beside the file (any kind of file or folder by that name). */
    static List<Path> companions(Path file, Companion... kinds) {
        List<Path> out = new ArrayList<>();
        for (Companion k : kinds) {
            Path p = k.beside(file);
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * A write-ahead log or its index beside the file: our files never make them (rollback journal
     * only), and SQLite, once connected, would take, rewrite or delete them. Reading then goes
     * through a copy without them; writing is refused.
     */
    static List<Path> walCompanions(Path real) {
        return companions(real, Companion.WAL, Companion.SHM);
    }

    /** Refuses to write a file that has a write-ahead log or its index beside it; touches neither. */
    static void noWalCompanions(Path real, Path shown) {
        List<Path> found = walCompanions(real);
        if (!found.isEmpty()) {
            throw new UnitFileException("单位文件旁有其他程序的数据库临时文件（" + names(found) + "），绩效填报的单位文件从不使用它们，"
                    + "可能有其他程序正在使用这个文件。为免损坏数据，文件没有打开，它和旁边的文件都未作任何改动：" + shown
                    + "。请关闭其他程序后重试；如果这些文件是复制时带来的，请把它们移走后再打开。");
        }
    }

    /**
     * Refuses to create a file where companions of an earlier file with that name remain: SQLite
     * would play an old journal into the new file, or delete it.
     */
    static void noCompanionsBeforeCreate(Path file) {
        List<Path> found = companions(file, Companion.values());
        if (!found.isEmpty()) {
            throw new UnitFileException("要新建的文件旁已有同名的数据库临时文件（" + names(found) + "），可能是其他程序或上次异常退出留下的。"
                    + "为免把其中的内容混入新文件，没有新建，这些文件也未作任何改动。请换一个文件名，或先把这些文件移走：" + file);
        }
    }

    private static String names(List<Path> files) {
        return String.join("、", files.stream().map(p -> p.getFileName().toString()).toList());
    }

    /**
     * Through a connection that writes nothing: intact, ours and not from a newer program.
     * Returns the schema version.
     */
    static int identify(Connection c, Path shown) throws SQLException {
        String check = scalar(c, "PRAGMA quick_check");
        if (!"ok".equalsIgnoreCase(check)) {
            throw UnitFileException.damaged(SqliteProblems.damaged(shown));
        }
        int version = Integer.parseInt(scalar(c, "PRAGMA user_version"));
        Set<String> tables = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT name FROM sqlite_master WHERE type='table'")) {
            while (r.next()) {
                tables.add(r.getString(1));
            }
        }
        boolean marked = tables.contains("file_info") && "jixiao".equals(marker(c));
        if (version > Migrations.CURRENT && marked) {
            throw new UnitFileException("该单位文件由更新版本的绩效填报创建（数据版本 " + version
                    + "），本程序只支持到版本 " + Migrations.CURRENT + "。请升级程序后再打开，文件未作任何改动。");
        }
        boolean ours = version == 1 ? tables.equals(TABLES.keySet()) : version >= 2 && version <= Migrations.CURRENT && marked;
        if (!ours) {
            throw new UnitFileException("这不是绩效填报的单位文件：" + shown);
        }
        for (Map.Entry<String, List<String>> t : TABLES.entrySet()) {
            if (!tables.contains(t.getKey()) || !t.getValue().equals(columns(c, t.getKey()))) {
                // marked as ours, yet a table is missing or changed
                throw UnitFileException.damaged(SqliteProblems.damaged(shown));
            }
        }
        return version;
    }

    private static String marker(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT value FROM file_info WHERE key='application'")) {
            return r.next() ? r.getString(1) : null;
        } catch (SQLException e) {
            return null;
        }
    }

    private static List<String> columns(Connection c, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT name FROM pragma_table_info(?) ORDER BY cid")) {
            p.setString(1, table);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
        }
        return out;
    }

    static String scalar(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getString(1) : null;
        }
    }
}
