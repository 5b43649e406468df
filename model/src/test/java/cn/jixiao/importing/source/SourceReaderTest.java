package cn.jixiao.importing.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reader on the program's own exports of seed forms: the grid a clerk sees in Word and in
 * Excel, with the merged 一级 on every row it covers, the title lines before the table and the
 * custom properties our exports carry.
 */
class SourceReaderTest {
    @TempDir
    static Path dir;

    /**
     * 衡阳 2021 申报表 of 大院保安转辅警经费: 一级 产出指标 merged over 5 rows, 效益指标 over 6; as
     * the program exports it (.docx, .xlsx) and as LibreOffice saves those for Word / Excel 97-2003
     * (.doc, .xls: see make.sh beside the files).
     */
    @ParameterizedTest
    @ValueSource(strings = {"docx", "xlsx", "doc", "xls"})
    void aDeclarationReadsAsItsGridWithMergedFirstLevelOnEveryRow(String format) throws Exception {
        Path file = format.length() == 4 ? SourceFiles.export("000_01", format, dir)
                : SourceFiles.resource("hengyang-2021-declaration." + format);
        SourceDocument d = SourceReader.read(file);
        assertEquals(SourceDocument.Format.valueOf(format.toUpperCase(java.util.Locale.ROOT)), d.format());
        assertEquals("declaration", d.properties().get("jixiao.form"));
        assertEquals("2021", d.properties().get("jixiao.year"));
        assertEquals(1, d.tables().size(), SourceFiles.dump(d));
        SourceTable t = d.tables().get(0);
        assertEquals(List.of("项目绩效目标申报表", "（2021年度）", "填报单位（盖章）\t金额单位：万元"), t.textBefore());
        assertEquals(5, t.columns());
        assertEquals("项目名称", text(t, 0, 0));
        SourceCell name = t.at(0, 1).orElseThrow();
        assertEquals("大院保安转辅警经费", name.text());
        assertEquals(4, name.columnSpan());
        assertSame(name, t.at(0, 4).orElseThrow(), "a cell spanning columns covers each of them");

        int header = row(t, "一级指标");
        assertEquals(List.of("一级指标", "二级指标", "三级指标", "指标值(包含数字及文字描述)"),
                t.cellsOf(header).stream().skip(1).map(SourceCell::text).toList());
        SourceCell output = t.at(header + 1, 1).orElseThrow();
        assertEquals("产出指标", output.text());
        assertEquals(5, output.rowSpan());
        for (int r = header + 1; r <= header + 5; r++) {
            assertSame(output, t.at(r, 1).orElseThrow(), "产出指标 covers row " + r);
        }
        assertEquals("效益指标", text(t, header + 6, 1));
        assertEquals(6, t.at(header + 6, 1).orElseThrow().rowSpan());
        assertEquals("执勤率", text(t, header + 3, 3));
        assertEquals("质量指标", text(t, header + 3, 2), "二级 merged over two rows");
        assertEquals("100%", text(t, header + 3, 4));
        assertEquals("", text(t, header + 8, 3), "an empty 三级 stays an empty cell");
        if (format.startsWith("doc")) {
            assertEquals(List.of("填报人：刘璐\t联系电话：8861058\t填报日期：2021年2月23日"), d.trailingText());
            assertEquals("第1个表格 第9行第2列", output.place());
        } else {
            assertTrue(output.place().startsWith("工作表“项目绩效目标申报表-大院保安转辅警经费” B"), output.place());
        }
    }

    /** A self-evaluation (自评表) of 9 columns: numbers as shown, 得分 spanning two columns. */
    @ParameterizedTest
    @ValueSource(strings = {"docx", "xlsx", "doc", "xls"})
    void aSelfEvaluationKeepsItsFiguresAsShown(String format) throws Exception {
        Path file = format.length() == 4 ? SourceFiles.export("001_01", format, dir)
                : SourceFiles.resource("hengyang-2022-self-evaluation." + format);
        SourceDocument d = SourceReader.read(file);
        SourceTable t = d.tables().get(0);
        assertEquals(9, t.columns(), SourceFiles.dump(d));
        int funds = row(t, "年度资金总额");
        assertEquals(List.of("年度资金总额", "152.5", "152.5", "152.5", "10", "100%", "10"),
                t.cellsOf(funds).stream().skip(1).map(SourceCell::text).toList());
        assertEquals(2, t.at(funds, 7).orElseThrow().columnSpan());
        int header = row(t, "一级指标");
        assertEquals("产出指标（50分）", text(t, header + 5, 1));
        assertEquals("不高于3800元", text(t, header + 5, 4));
    }

    /**
     * A 申报表 in a layout unlike ours (other-layout.html: rowspans, colspans, a table inside the
     * 绩效目标 cell, the indicator table after a page break) as LibreOffice makes Word and Excel
     * files of it: two tables, the merges as spans, the inner table's text kept.
     */
    @ParameterizedTest
    @ValueSource(strings = {"docx", "doc", "xlsx", "xls"})
    void aFormInAnotherLayoutReadsWithItsMergesAndPageBreak(String format) throws Exception {
        SourceDocument d = SourceReader.read(SourceFiles.resource("other-layout." + format));
        assertEquals(2, d.tables().size(), SourceFiles.dump(d));
        SourceTable basic = d.tables().get(0);
        assertEquals(List.of("2023年度项目支出绩效目标申报表", "填报单位：某县农业农村局　　　　单位：万元"), basic.textBefore());
        assertEquals("高标准农田建设", text(basic, 0, 3));
        assertEquals(List.of("主管预算部门", "某县农业农村局", "具体实施单位", "农田建设股"),
                basic.cellsOf(1).stream().map(SourceCell::text).toList());
        assertEquals(2, basic.at(2, 0).orElseThrow().rowSpan());
        assertEquals("项目预算金额", text(basic, 3, 0));
        int goal = row(basic, "本年度绩效目标");
        String goalText = basic.cellsOf(goal).get(1).text();
        assertTrue(goalText.startsWith("完成高标准农田建设"), goalText);
        if (format.startsWith("doc")) {
            assertTrue(goalText.contains("东片") && goalText.contains("3000亩"), "the inner table's text is in its cell: " + goalText);
            assertEquals("1,250.00", text(basic, 2, 2));
        }
        SourceTable indicators = d.tables().get(1);
        assertEquals(List.of("绩效指标"), indicators.textBefore());
        assertEquals(format.startsWith("doc"), indicators.pageBreakBefore(), "Word keeps the page break; Calc drops it");
        assertEquals(List.of("一级指标", "二级指标", "三级指标", "指标值及单位", "备注"),
                indicators.cellsOf(0).stream().map(SourceCell::text).toList());
        SourceCell output = indicators.at(1, 0).orElseThrow();
        assertEquals(3, output.rowSpan());
        assertSame(output, indicators.at(3, 0).orElseThrow());
        assertEquals(2, indicators.at(1, 1).orElseThrow().rowSpan());
        assertEquals("质量指标", text(indicators, 3, 1));
        assertEquals("较上年", text(indicators, 4, 4));
        assertEquals(List.of("填表人：张三　　联系电话：1234567"), d.trailingText());
    }

    /** WPS saves a .docx under the name ".doc": what is inside decides, not the name. */
    @Test
    void aDocxNamedDocIsReadAsWhatItIs() throws Exception {
        Path docx = SourceFiles.export("000_01", "docx", dir);
        Path named = java.nio.file.Files.copy(docx, dir.resolve("改名.doc"));
        SourceDocument d = SourceReader.read(named);
        assertEquals(SourceDocument.Format.DOCX, d.format());
        assertEquals("产出指标", d.tables().get(0).at(9, 1).orElseThrow().text());
        Path xls = java.nio.file.Files.copy(SourceFiles.resource("other-layout.xls"), dir.resolve("表格.doc"));
        assertEquals(SourceDocument.Format.XLS, SourceReader.read(xls).format());
    }

    static String text(SourceTable t, int row, int column) {
        return t.at(row, column).map(SourceCell::text).orElse(null);
    }

    /** The first row with a cell of this text. */
    static int row(SourceTable t, String text) {
        for (int r = 0; r < t.rows(); r++) {
            if (t.cellsOf(r).stream().anyMatch(c -> c.text().equals(text))) {
                return r;
            }
        }
        throw new AssertionError("no row with " + text + "\n" + SourceFiles.dump(t));
    }
}
