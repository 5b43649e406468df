package cn.jixiao.documents.layout;

import cn.jixiao.documents.FormDocument;
import cn.jixiao.documents.Paragraph;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.ReportSection;
import cn.jixiao.domain.SelfEvaluationReport;
import cn.jixiao.domain.Unit;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HengyangReport2022Test {
    private static final Pattern HEADING = Pattern.compile("^(\\d+、|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)\\s*(\\S.{0,20})$");

    static SeedFidelity.Entry seed() {
        List<SeedFidelity.Entry> entries = SeedFidelity.entries("report", "hengyang-2022");
        assertEquals(1, entries.size());
        return entries.get(0);
    }

    @Disabled("sample not yet transcribed")
    @Test
    void reproducesTheSeed() {
        SeedFidelity.assertFaithful(seed());
    }

    /** The report of segment 001_report: the cover typed in, the sections read off the segment's lines. */
    static Unit unitFromSegment() throws IOException {
        Unit u = new Unit();
        u.name = "衡阳市人民政府办公室";
        FiscalYear y = u.yearOrCreate(2022);
        SelfEvaluationReport r = y.report;
        r.coverDate = "2023年 3 月24日";
        List<String> lines = Files.readAllLines(SeedFidelity.dataDir().resolve(seed().segment()), StandardCharsets.UTF_8);
        int body = lines.lastIndexOf("部门整体支出绩效自评报告");
        ReportSection current = null;
        for (String raw : lines.subList(body + 1, lines.size())) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher m = HEADING.matcher(line);
            if (m.matches()) {
                ReportSection s = new ReportSection();
                s.number = m.group(1);
                s.title = m.group(2);
                if (s.number.startsWith("（") && !r.sections.isEmpty()) {
                    r.sections.get(r.sections.size() - 1).subsections.add(s);
                } else {
                    r.sections.add(s);
                }
                current = s;
            } else if (current != null) {
                current.text = current.text.isEmpty() ? line : current.text + "\n" + line;
            }
        }
        return u;
    }

    private static FormDocument render(Unit u) {
        FiscalYear y = u.year(2022).orElseThrow();
        return new HengyangReport2022().render(u, y, y.projects).get(0);
    }

    @Test
    void reproducesTheSegmentFromTheDataTypedIn() throws IOException {
        Unit u = unitFromSegment();
        assertEquals(9, u.year(2022).orElseThrow().report.sections.size());
        List<String> seed = SeedFidelity.seedCells(seed());
        String gen = SeedFidelity.generated(List.of(render(u)));
        SeedFidelity.Score s = SeedFidelity.score(seed, gen);
        System.out.println("seed-fidelity 001_report (typed in): " + s + " missing "
                + seed.stream().filter(c -> !gen.contains(c)).toList());
        assertTrue(s.ok(true), s.toString());
    }

    @Test
    void theCoverComesFirstThenHeadingsAndIndentedParagraphs() throws IOException {
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
