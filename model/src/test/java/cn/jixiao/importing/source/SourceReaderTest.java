package cn.jixiao.importing.source;

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

    /** 衡阳 2021 申报表 of 大院保安转辅警经费: 一级 产出指标 merged over 5 rows, 效益指标 over 6. */
    @ParameterizedTest
    @ValueSource(strings = {"docx", "xlsx"})
    void aDeclarationReadsAsItsGridWithMergedFirstLevelOnEveryRow(String format) throws Exception {
        SourceDocument d = SourceReader.read(SourceFiles.export("000_01", format, dir));
        assertEquals(format.equals("docx") ? SourceDocument.Format.DOCX : SourceDocument.Format.XLSX, d.format());
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
        if (format.equals("docx")) {
            assertEquals(List.of("填报人：刘璐\t联系电话：8861058\t填报日期：2021年2月23日"), d.trailingText());
            assertEquals("第1个表格 第9行第2列", output.place());
        } else {
            assertTrue(output.place().startsWith("工作表“项目绩效目标申报表-大院保安转辅警经费” B"), output.place());
        }
    }

    /** A self-evaluation (自评表) of 9 columns: numbers as shown, 得分 spanning two columns. */
    @ParameterizedTest
    @ValueSource(strings = {"docx", "xlsx"})
    void aSelfEvaluationKeepsItsFiguresAsShown(String format) throws Exception {
        SourceDocument d = SourceReader.read(SourceFiles.export("001_01", format, dir));
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
