package cn.jixiao.documents.layout;

import cn.jixiao.documents.FormDocument;
import cn.jixiao.domain.Amount;
import cn.jixiao.domain.BasicDataRow;
import cn.jixiao.domain.BasicDataTable;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HengyangBasicData2022Test {
    static SeedFidelity.Entry seed() {
        List<SeedFidelity.Entry> entries = SeedFidelity.entries("basic-data", "hengyang-2022");
        assertEquals(1, entries.size());
        return entries.get(0);
    }

    @Disabled("sample not yet transcribed")
    @Test
    void reproducesTheSeed() {
        SeedFidelity.assertFaithful(seed());
    }

    /** kind | label | 2021年决算数 | 2022年预算数 | 2022年决算数, as segment 001_basic prints them. */
    private static final String ROWS = """
            basic|一、部门基本支出|3393.90|1839.57|3443.65
            public|其中：公用经费|629.56|492.46|387.65
            public-part|其中：办公经费|||
            public-part|水费、电费、差旅费|||
            public-part|会议费、培训费|||
            public-part|……|||
            three-public|三公经费|137.78|146.5|99.33
            vehicle|1、公务用车购置和维护经费|104.11|98.5|97.69
            vehicle-purchase|其中：公交车购置|46.58||37.55
            vehicle-running|公交车运行维护|57.53|98.5|60.14
            overseas|2、出国经费|0|0|0
            reception|3、公务接待|33.67|48|1.64
            project-total|二、部门项目支出|||
            category|1、业务工作专项(一个项目一行)|||
            project|县市区长会议经费及电视电话会议|20|38.17|38.1692
            project|机要工作经费|28|27|27
            project|纪检派驻机构专项经费|23.2|20.88|20.88
            project|信访工作经费|20|18|18
            project|应急管理工作经费|30|31.5|31.5
            project|政府业务经费|140|131.4|131.4
            project|政府综合治理工作经费|42|38.02|38.02
            project|政务督查经费|25|31.5|31.5
            project|防空办优化办|||78.83
            project|综合调研经费|2|4.5|4.5
            category|2、运行维护专项(一个项目一行)|||
            project|大院保安转辅警经费|152.5|152.5|152.5
            project|大院维护费|20|36|65.63
            project|会务中心维护费|30|45|45
            project|其他补助经费|18.75|16.87|16.87
            project|水电补助|125|112.5|185.16
            project|物业管理费|134.3|134.3|196.89
            project|机关大院维护及设备购置|||322.76
            category|3、市级专项资金(一个项目一行)|||
            project|无|||
            procurement|政府采购金额|179.78|296|193.61
            """;

    /** 附件2 typed in from segment 001_basic. */
    static Unit unitFromSegment() {
        Unit u = new Unit();
        u.name = "衡阳市人民政府办公室";
        FiscalYear y = u.yearOrCreate(2022);
        BasicDataTable b = y.basicData;
        b.authorizedStaff = "121";
        b.actualStaff = "115";
        b.statedControlRate = "95.04%";
        for (String line : ROWS.strip().split("\n")) {
            String[] f = line.split("\\|", -1);
            BasicDataRow r = new BasicDataRow(f[0], f[1]);
            r.lastYearFinal = Amount.of(f[2]);
            r.thisYearBudget = Amount.of(f[3]);
            r.thisYearFinal = Amount.of(f[4]);
            b.rows.add(r);
        }
        b.savingMeasures = "1、 严控各项费用在预算资金内开支，用款先报计划；\n2、 坚决贯彻中央八项规定精神，制止浪费行为；\n"
                + "3、 节约用电，下班关电源，按照环保规定使用空调；\n4、 在财政局的指导下开支各项经费，积极学习新政策。";
        return u;
    }

    private static FormDocument render(Unit u) {
        FiscalYear y = u.year(2022).orElseThrow();
        return new HengyangBasicData2022().render(u, y, y.projects).get(0);
    }

    @Test
    void reproducesTheSegmentFromTheDataTypedIn() {
        List<String> seed = SeedFidelity.seedCells(seed());
        String gen = SeedFidelity.generated(List.of(render(unitFromSegment())));
        SeedFidelity.Score s = SeedFidelity.score(seed, gen);
        System.out.println("seed-fidelity 001_basic (typed in): " + s + " missing "
                + seed.stream().filter(c -> !gen.contains(c)).toList());
        assertTrue(s.ok(true), s.toString());
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
        q.selfEvaluation = null;
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
