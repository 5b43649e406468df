package cn.jixiao.documents.layout;

import cn.jixiao.documents.FormDocument;
import cn.jixiao.domain.Amount;
import cn.jixiao.domain.BasicDataTable;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.sample.Samples;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HengyangBasicData2022Test {
    static Unit unitFromSegment() {
        return Samples.load("hengyang-office");
    }

    private static FormDocument render(Unit u) {
        FiscalYear y = u.year(2022).orElseThrow();
        return new HengyangBasicData2022().render(u, y, y.projects).get(0);
    }

    @Test
    void printsTheStatedControlRateElseTheComputedOne() {
        Unit u = unitFromSegment();
        BasicDataTable b = u.year(2022).orElseThrow().basicData;
        b.statedControlRate = "96%";
        assertTrue(render(u).texts().contains("96%"));
        b.statedControlRate = "";
        List<String> texts = render(u).texts();
        assertEquals("95.04%", texts.get(texts.indexOf("控制率") + 4));
        assertTrue(texts.contains("2021年决算数"));
        assertTrue(texts.contains("2022年预算数"));
    }

    @Test
    void aYearWithoutRowsListsItsProjectsUnderTheStandardLines() {
        Unit u = new Unit();
        u.authorizedStaff = "50";
        u.actualStaff = "48";
        FiscalYear y = u.yearOrCreate(2023);
        Project p = new Project();
        p.name = "机要工作经费";
        p.basicDataCategory = "业务工作专项";
        p.selfEvaluation.funds.initialBudget = Amount.of("27");
        p.selfEvaluation.funds.executed = Amount.of("26.5");
        y.projects.add(p);
        Project q = new Project();
        q.name = "物业管理费";
        q.basicDataCategory = "运行维护专项";
        y.projects.add(q);
        List<String> texts = new HengyangBasicData2022().render(u, y, y.projects).get(0).texts();
        int business = texts.indexOf("1、业务工作专项(一个项目一行)");
        int upkeep = texts.indexOf("2、运行维护专项(一个项目一行)");
        assertEquals("机要工作经费", texts.get(business + 4));
        assertEquals("27", texts.get(business + 6));
        assertEquals("26.5", texts.get(business + 7));
        assertEquals("物业管理费", texts.get(upkeep + 4));
        assertTrue(texts.contains("96.00%"));
        assertTrue(texts.contains("政府采购金额"));
        y.basicData = null;
        assertTrue(new HengyangBasicData2022().render(null, null, null).get(0).texts().contains("厉行节约保障措施"));
    }
}
