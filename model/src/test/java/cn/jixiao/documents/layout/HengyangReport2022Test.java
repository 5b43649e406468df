package cn.jixiao.documents.layout;

import cn.jixiao.documents.FormDocument;
import cn.jixiao.documents.Paragraph;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Unit;
import cn.jixiao.sample.Samples;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HengyangReport2022Test {
    static Unit unitFromSegment() {
        return Samples.load("hengyang-office");
    }

    private static FormDocument render(Unit u) {
        FiscalYear y = u.year(2022).orElseThrow();
        return new HengyangReport2022().render(u, y, y.projects).get(0);
    }

    @Test
    void theCoverComesFirstThenHeadingsAndIndentedParagraphs() {
        FormDocument doc = render(unitFromSegment());
        int pageBreak = doc.blocks.indexOf(new FormDocument.PageBreak());
        assertTrue(pageBreak > 0);
        List<Paragraph> cover = doc.blocks.subList(0, pageBreak).stream().map(Paragraph.class::cast).toList();
        assertTrue(cover.stream().anyMatch(p -> p.text().equals("单位名称：（盖章）")));
        assertTrue(cover.stream().anyMatch(p -> p.text().equals("（2022年度）")));
        List<Paragraph> body = doc.blocks.subList(pageBreak + 1, doc.blocks.size()).stream()
                .map(Paragraph.class::cast).toList();
        assertEquals(Paragraph.Style.TITLE, body.get(0).style());
        assertEquals("1、部门、单位基本情况", body.get(1).text());
        assertEquals(Paragraph.Style.HEADING, body.get(1).style());
        assertEquals(Paragraph.Style.BODY_INDENT, body.get(2).style());
        assertTrue(body.stream().anyMatch(p -> p.text().equals("（一）基本支出情况") && p.style() == Paragraph.Style.HEADING));
        // one paragraph per line of text: section 6 lists seven goals
        assertTrue(body.stream().filter(p -> p.text().startsWith("目标")).count() >= 7);
    }

    @Test
    void aReportNotYetWrittenShowsTheNineStandardSections() {
        Unit u = new Unit();
        FiscalYear y = u.yearOrCreate(2023);
        y.report = null;
        List<String> texts = new HengyangReport2022().render(u, y, List.of()).get(0).texts();
        assertTrue(texts.contains("一、部门、单位基本情况"));
        assertTrue(texts.contains("九、其他需要说明的情况"));
        assertTrue(texts.contains("（2023年度）"));
        assertTrue(new HengyangReport2022().render(null, null, null).get(0).texts().contains("部门整体支出绩效自评报告"));
    }
}
