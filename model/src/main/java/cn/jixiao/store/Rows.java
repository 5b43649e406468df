package cn.jixiao.store;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Json;
import cn.jixiao.domain.Monitoring;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.exchange.FormatUpgrade;
import cn.jixiao.exchange.JsonShape;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 读出单位: the rows of a unit file as one unit, every row checked on the way. A row that
 * SQLite's quick_check passes can still be damaged (half a JSON text, a number where the text
 * should be, a project of a year that is not there); such a file is reported damaged, with the
 * backups offered, rather than failing later with whatever the parser says.
 */
final class Rows {
    private Rows() {
    }

    /** The unit, or null when the file holds no rows at all (made, not yet filled). */
    static Unit read(Connection c, Path shown) throws SQLException {
        int units = count(c, "unit");
        if (units == 0) {
            if (count(c, "fiscal_year") + count(c, "project") + count(c, "indicator") > 0) {
                throw damaged(shown, "缺少单位信息，却有年度、项目或指标");
            }
            return null;
        }
        if (units > 1) {
            throw damaged(shown, "有不止一个单位");
        }
        Unit unit;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id, data FROM unit")) {
            r.next();
            unit = row(r, 2, Unit.class, shown, "单位信息");
            sameId(unit.id, r.getString(1), shown, "单位信息");
        }
        unit.years = new ArrayList<>();
        Map<String, List<Indicator>> indicators = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT id, owner, data FROM indicator ORDER BY owner, position")) {
            while (r.next()) {
                Indicator ind = row(r, 3, Indicator.class, shown, "指标");
                sameId(ind.id, r.getString(1), shown, "指标");
                indicators.computeIfAbsent(r.getString(2), k -> new ArrayList<>()).add(ind);
            }
        }
        Map<Integer, FiscalYear> years = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT year, data FROM fiscal_year ORDER BY year")) {
            while (r.next()) {
                FiscalYear fy = row(r, 2, FiscalYear.class, shown, "年度");
                if (fy.year != r.getInt(1) || fy.overall == null) {
                    throw damaged(shown, "年度记录与其内容不符");
                }
                fy.projects = new ArrayList<>();
                fy.monitorings = new ArrayList<>();
                fy.overall.indicators = indicators.getOrDefault(UnitFile.overallOwner(fy.year), new ArrayList<>());
                unit.years.add(fy);
                years.put(fy.year, fy);
            }
        }
        if (hasTable(c, "monitoring")) {
            // v3 (绩效运行监控); an older file read without migrating has no such table and no records
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT id, year, data FROM monitoring ORDER BY year, project, month")) {
                while (r.next()) {
                    Monitoring m = row(r, 3, Monitoring.class, shown, "运行监控");
                    sameId(m.id, r.getString(1), shown, "运行监控");
                    FiscalYear fy = years.get(r.getInt(2));
                    if (fy == null) {
                        throw damaged(shown, "运行监控记录所属的年度不存在");
                    }
                    fy.monitorings.add(m);
                }
            }
        }
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT id, year, data FROM project ORDER BY year, position")) {
            while (r.next()) {
                Project p = row(r, 3, Project.class, shown, "项目");
                sameId(p.id, r.getString(1), shown, "项目");
                FiscalYear fy = years.get(r.getInt(2));
                if (fy == null) {
                    throw damaged(shown, "项目“" + p.name + "”所属的年度不存在");
                }
                p.indicators = indicators.getOrDefault(p.id, new ArrayList<>());
                fy.projects.add(p);
            }
        }
        return unit;
    }

    private static <T> T row(ResultSet r, int column, Class<T> type, Path shown, String what) throws SQLException {
        Object raw = r.getObject(column);
        if (!(raw instanceof String text)) {
            throw damaged(shown, what + "记录不是文字");
        }
        try {
            JsonNode node = Json.MAPPER.readTree(text);
            if (node == null || !node.isObject() || JsonShape.firstNull(node, List.of()).isPresent()) {
                throw damaged(shown, what + "记录的内容不完整");
            }
            if (type == FiscalYear.class) {
                // a file of schema 3 or older, read as it is (export, review, print): its years in the shape of today
                FormatUpgrade.fiscalYearTo2((ObjectNode) node);
            }
            return Json.MAPPER.treeToValue(node, type);
        } catch (java.io.IOException | RuntimeException e) {
            if (e instanceof UnitFileException u) {
                throw u;
            }
            throw damaged(shown, what + "记录的内容无法读取");
        }
    }

    private static void sameId(String inData, String inColumn, Path shown, String what) {
        if (inData == null || !inData.equals(inColumn)) {
            throw damaged(shown, what + "记录的编号与内容不符");
        }
    }

    private static boolean hasTable(Connection c, String table) throws SQLException {
        return FileIdentity.scalar(c, "SELECT name FROM sqlite_master WHERE type='table' AND name='" + table + "'") != null;
    }

    private static int count(Connection c, String table) throws SQLException {
        return Integer.parseInt(FileIdentity.scalar(c, "SELECT count(*) FROM " + table));
    }

    static UnitFileException damaged(Path shown, String detail) {
        return UnitFileException.damaged("单位文件已损坏（" + detail + "），无法打开：" + shown
                + "。请从备份恢复（文件 → 从备份恢复），备份在该文件旁的 backups 文件夹中。");
    }
}
