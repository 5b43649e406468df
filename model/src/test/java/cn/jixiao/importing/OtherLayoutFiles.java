package cn.jixiao.importing;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A project declaration in a county layout unlike ours, made the way a clerk's Word or Excel
 * makes it (one label–value pair or two a row, the indicator table below), with no field bindings:
 * what the import must bring in through the recogniser.
 */
final class OtherLayoutFiles {
    static final String TITLE = "2023年度项目支出绩效目标申报表";
    static final String NAME = "社区居家养老服务补助";
    static final List<List<String>> ROWS = List.of(
            List.of("项目名称", NAME, "主管部门", "某县民政局"),
            List.of("实施单位", "某县民政局", "项目属性", "延续"),
            List.of("资金总额（万元）", "50", "其中：财政拨款", "50"),
            List.of("年度绩效目标", "为全县200名居家老人提供上门服务，服务满意度达到90%以上。", "", ""),
            List.of("一级指标", "二级指标", "三级指标", "指标值"),
            List.of("产出指标", "数量指标", "服务老人人数", "≥200人"),
            List.of("产出指标", "质量指标", "服务合格率", "≥95%"),
            List.of("效益指标", "社会效益指标", "老人生活质量", "明显改善"),
            List.of("满意度指标", "服务对象满意度指标", "老人满意度", "≥90%"));

    private OtherLayoutFiles() {
    }

    static Path docx(Path file) throws IOException {
        try (XWPFDocument d = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            d.createParagraph().createRun().setText(TITLE);
            XWPFTable t = d.createTable(ROWS.size(), 4);
            for (int r = 0; r < ROWS.size(); r++) {
                XWPFTableRow row = t.getRow(r);
                for (int c = 0; c < 4; c++) {
                    row.getCell(c).setText(ROWS.get(r).get(c));
                }
            }
            d.write(out);
        }
        return file;
    }

    static Path xlsx(Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet s = wb.createSheet("申报表");
            s.createRow(0).createCell(0).setCellValue(TITLE);
            for (int r = 0; r < ROWS.size(); r++) {
                XSSFRow row = s.createRow(r + 2);
                for (int c = 0; c < 4; c++) {
                    row.createCell(c).setCellValue(ROWS.get(r).get(c));
                }
            }
            wb.write(out);
        }
        return file;
    }
}
