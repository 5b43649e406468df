package cn.jixiao.review.checks;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.ReportSection;
import cn.jixiao.domain.Unit;
import cn.jixiao.review.FieldRef;
import cn.jixiao.review.Finding;
import cn.jixiao.review.Review;
import cn.jixiao.sample.Samples;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sums in the 自评报告's own prose: the hengyang 2022 report as printed adds up; broken copies do not. */
class ReportSumsTest {
    private static final ReportSums CHECK = new ReportSums();

    static Unit hengyang() {
        return Samples.load(Samples.DEFAULT);
    }

    static FiscalYear year2022(Unit u) {
        return u.years.stream().filter(y -> y.year == 2022).findFirst().orElseThrow();
    }

    static ReportSection section(FiscalYear y, int k, int sub) {
        return y.report.sections.get(k).subsections.get(sub);
    }

    @Test
    void theSeedReportAddsUp() {
        Unit u = hengyang();
        FiscalYear y = year2022(u);
        assertTrue(section(y, 1, 1).text.contains("其中：大院保安转辅警经费152.5万元"), "the seed's 项目支出 sentence is there");
        assertTrue(section(y, 1, 0).text.contains("比预算增加699.64万元"), "with changes that are no parts");
        assertEquals(List.of(), CHECK.check(u, y));
        // every sample unit's report, and the whole review of the sample, knows no such finding
        for (String name : Samples.NAMES) {
            Unit s = Samples.load(name);
            for (FiscalYear fy : s.years) {
                assertEquals(List.of(), CHECK.check(s, fy), name + " " + fy.year);
            }
        }
    }

    @Test
    void aPartChangedInTheProjectSentenceIsFlaggedAtItsSection() {
        Unit u = hengyang();
        FiscalYear y = year2022(u);
        ReportSection s = section(y, 1, 1);
        s.text = s.text.replace("大院保安转辅警经费152.5万元", "大院保安转辅警经费125.5万元");
        List<Finding> f = CHECK.check(u, y);
        assertEquals(1, f.size(), f.toString());
        assertEquals(FieldRef.report("sections[1].subsections[1].text"), f.get(0).where());
        assertTrue(f.get(0).where().entry().isPresent(), "the place names a field the window can open");
        assertEquals("REPORT_SUM_MISMATCH", f.get(0).code());
        assertTrue(f.get(0).message().startsWith("自评报告：“二、一般公共预算支出情况 （二）项目支出情况”中写的合计838.14万元与所列13项之和811.14万元不符"),
                f.get(0).message());
    }

    @Test
    void aTotalChangedInTheBasicSentenceIsFlaggedButTheChangesAreNoParts() {
        Unit u = hengyang();
        FiscalYear y = year2022(u);
        ReportSection s = section(y, 1, 0);
        s.text = s.text.replace("2022年基本支出决算数为3443.65万元", "2022年基本支出决算数为3434.65万元");
        List<Finding> f = CHECK.check(u, y);
        assertEquals(1, f.size(), f.toString());
        assertEquals(FieldRef.report("sections[1].subsections[0].text"), f.get(0).where());
        assertTrue(f.get(0).message().contains("合计3434.65万元与所列3项之和3443.65万元不符（2503.25+387.65+552.75=3443.65万元）"),
                f.get(0).message());
    }

    static List<Finding> of(String text) {
        Unit u = hengyang();
        FiscalYear y = year2022(u);
        ReportSection s = new ReportSection();
        s.number = "一、";
        s.title = "基本情况";
        s.text = text;
        y.report.sections.clear();
        y.report.sections.add(s);
        return CHECK.check(u, y);
    }

    @Test
    void sumsOtherUnitsWrite() {
        assertEquals(0, of("资金总额152.5万元，其中财政拨款120万元、其他资金32.5万元。").size());
        assertEquals(1, of("资金总额152.5万元，其中财政拨款120万元、其他资金30万元。").size());
        assertEquals(0, of("共设置指标18个，其中产出指标10个、效益指标5个、满意度指标3个。").size());
        assertEquals(1, of("共设置指标18个，其中产出指标10个、效益指标4个、满意度指标3个。").size());
        assertEquals(0, of("办公费12万元、差旅费8.5万元，合计20.5万元。").size());
        assertEquals(1, of("办公费12万元、差旅费8.5万元，合计21万元。").size());
        assertEquals(1, of("资金总额100万元，其中财政拨款120万元。").size(), "a single part above its total");
        assertEquals(0, of("资金总额100万元，其中财政拨款80万元。").size(), "a single part need not be all of it");
        assertEquals(0, of("编制121人，实有115人，控制率95.04%。").size(), "no total, no parts");
        assertEquals(0, of("资金总额152.5万元，其中财政拨款120万元、其他资金32.5万元。\n全年执行150万元，执行率98.36%。").size());
        assertEquals(0, of("项目资金100万元，其中：设备购置60万元，比上年增加10万元；培训费40万元。").size());
        assertEquals(0, of("全年开展培训5次，其中线上2次、线下3次；参训120人。").size());
        assertEquals(1, of("全年开展培训5次，其中线上2次、线下4次；参训120人。").size());
        assertEquals(0, of("资金总额152.50万元，其中财政拨款120.004万元、其他资金32.5万元。").size(), "within the total's decimals");
        // the next '其中' opens a new list: its parts are not the first total's
        assertEquals(0, of("支出100万元，其中基本支出60万元、项目支出40万元，其中培训费10万元、会议费5万元。").size());
    }
}
