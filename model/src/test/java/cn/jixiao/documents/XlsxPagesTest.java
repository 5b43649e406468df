package cn.jixiao.documents;

import cn.jixiao.documents.layout.AgencyDeclaration2024;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Frameworks;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.fields.IndicatorFields;
import cn.jixiao.fields.ProjectFields;
import cn.jixiao.fields.UnitFields;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Excel 目标表 of many projects prints each project whole: a project that does not fit on the
 * rest of a page starts the next one, its merged name cell on the page with its rows (issue 17).
 */
class XlsxPagesTest {
    @TempDir
    Path dir;

    /** Eight projects typed in as a new user would, each with indicators under several 二级. */
    static Unit agency() {
        Unit u = new Unit();
        UnitFields.NAME.set(u, "某市机关事务管理局");
        UnitFields.CODE.set(u, "101001");
        FiscalYear y = u.yearOrCreate(2024);
        y.frameworkId = Frameworks.NATIONAL_2021;
        for (int n = 1; n <= 8; n++) {
            Project p = new Project();
            ProjectFields.NAME.set(p, "第" + n + "个专项经费");
            ProjectFields.FISCAL_APPROPRIATION.set(p, String.valueOf(10 * n));
            ProjectFields.ANNUAL_GOAL.set(p, "完成年度工作任务，保障机关正常运转。");
            String[][] at = {{"产出指标", "数量指标"}, {"产出指标", "质量指标"}, {"效益指标", "社会效益指标"}};
            for (String[] c : at) {
                Indicator i = new Indicator();
                IndicatorFields.CATEGORY.set(i, c[0]);
                IndicatorFields.SUBCATEGORY.set(i, c[1]);
                IndicatorFields.NAME.set(i, c[1] + "完成情况");
                IndicatorFields.TARGET.set(i, "≥95%");
                IndicatorFields.SCORING_RULE.set(i, "该指标分值为10分，完成率每低于目标10%扣2分，扣完为止。");
                p.indicators.add(i);
            }
            y.projects.add(p);
        }
        return u;
    }

    @Test
    void aProjectStartsAPageWithItsMergedNameCell() throws Exception {
        Unit u = agency();
        FiscalYear y = u.years.get(0);
        List<FormDocument> docs = new AgencyDeclaration2024().render(u, y, y.projects);
        Path file = dir.resolve("目标表.xlsx");
        XlsxWriter.write(docs, file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            int[] breaks = sheet.getRowBreaks();
            assertTrue(breaks.length >= 1, "eight projects fill more than one landscape page, yet no row break is set");
            for (int b : breaks) {
                for (CellRangeAddress m : sheet.getMergedRegions()) {
                    assertFalse(m.getFirstRow() <= b && m.getLastRow() > b,
                            "break after row " + (b + 1) + " cuts merged cell " + m.formatAsString());
                }
            }
            // every page holds at most a landscape page of rows (scaled to fit the width)
            double pagePoints = (210 - 2 * 10) / (25.4 / 72);
            int from = 0;
            for (int k = 0; k <= breaks.length; k++) {
                int to = k < breaks.length ? breaks[k] : sheet.getLastRowNum();
                double h = 0;
                for (int r = from; r <= to; r++) {
                    Row row = sheet.getRow(r);
                    h += row == null ? sheet.getDefaultRowHeightInPoints() : row.getHeightInPoints();
                }
                assertTrue(h < pagePoints * 1.5, "page " + (k + 1) + " holds " + h + " pt");
                from = to + 1;
            }
        }
    }
}
