package cn.jixiao.store;

import org.sqlite.SQLiteException;

import java.nio.file.Path;
import java.sql.SQLException;

/**
 * SQLite's failures said for the clerk: what happened to which file and what to do. SQLite's
 * own text ("[SQLITE_FULL] …", "cannot commit - no transaction is active") never reaches the clerk.
 */
final class SqliteProblems {
    private SqliteProblems() {
    }

    static String damaged(Path file) {
        return "单位文件已损坏，无法打开：" + file + "。请从备份恢复（文件 → 从备份恢复），备份在该文件旁的 backups 文件夹中。";
    }

    static String inUse(Path file) {
        return "该单位文件正在被另一个绩效填报窗口使用：" + file + "。请先关闭那个窗口。";
    }

    static boolean is(SQLException e, String codePrefix) {
        return e instanceof SQLiteException s && s.getResultCode() != null && s.getResultCode().name().startsWith(codePrefix);
    }

    /** A message for a failed save or read of an open unit file. */
    static String saving(Path file, SQLException e) {
        if (is(e, "SQLITE_FULL")) {
            return "磁盘已满，无法保存单位文件：" + file + "。刚才的修改没有保存；请清理磁盘空间后重试。";
        }
        if (is(e, "SQLITE_READONLY")) {
            return "单位文件所在位置只读，无法保存：" + file + "。请把文件复制到可以写入的文件夹后再打开。";
        }
        if (is(e, "SQLITE_BUSY") || is(e, "SQLITE_LOCKED")) {
            return inUse(file);
        }
        if (is(e, "SQLITE_CORRUPT") || is(e, "SQLITE_NOTADB")) {
            return damaged(file);
        }
        if (is(e, "SQLITE_IOERR")) {
            return "读写单位文件时出错（磁盘或网络驱动器故障？）：" + file + "。刚才的修改可能没有保存；请检查磁盘后重新打开文件。";
        }
        if (is(e, "SQLITE_CONSTRAINT")) {
            return "数据不一致，无法保存到单位文件：" + file + "（有重复的编号或缺少所属的年度）。刚才的修改没有保存。";
        }
        return "保存或读取单位文件失败：" + file + "。刚才的修改可能没有保存；请重新打开文件后重试。";
    }

    /** The failure a file that could not be opened gives, marked damaged where SQLite found it so. */
    static UnitFileException openingFailure(Path file, SQLException e) {
        return new UnitFileException(opening(file, e), e, is(e, "SQLITE_CORRUPT") || is(e, "SQLITE_NOTADB"));
    }

    /** A message for a file that could not be opened. */
    static String opening(Path file, SQLException e) {
        if (is(e, "SQLITE_BUSY") || is(e, "SQLITE_LOCKED")) {
            return inUse(file);
        }
        if (is(e, "SQLITE_CORRUPT") || is(e, "SQLITE_NOTADB")) {
            return damaged(file);
        }
        if (is(e, "SQLITE_READONLY") || is(e, "SQLITE_CANTOPEN") || is(e, "SQLITE_PERM") || is(e, "SQLITE_AUTH")) {
            return "无法打开单位文件：" + file + "。文件或所在文件夹不能写入（只读位置或没有权限）；只读位置上的文件仍可导出和审核。";
        }
        if (is(e, "SQLITE_FULL")) {
            return "磁盘已满，无法打开单位文件：" + file + "。请清理磁盘空间后重试。";
        }
        if (is(e, "SQLITE_IOERR")) {
            return "读取单位文件时出错（磁盘或网络驱动器故障？）：" + file + "。请检查磁盘后重试。";
        }
        return "无法打开单位文件：" + file + "。请确认它是绩效填报的单位文件且没有损坏。";
    }
}
