package cn.jixiao.documents.layout;

import cn.jixiao.documents.FormDocument;
import cn.jixiao.domain.Amount;
import cn.jixiao.domain.ExpenseLine;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Frameworks;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.ScheduleItem;
import cn.jixiao.domain.Unit;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class XiangyinDeclaration2023Test {
    static List<SeedFidelity.Entry> seeds() {
        return SeedFidelity.entries("declaration", "xiangyin-2023");
    }

    /** 驻京联络维稳工作组 typed in from segment 004_01. */
    static Unit unitFromSegment() {
        Unit u = new Unit();
        u.name = "湘阴县人民政府办公室";
        u.head = "王锐";
        FiscalYear y = u.yearOrCreate(2023);
        y.frameworkId = Frameworks.XIANGYIN_2023;
        Project p = new Project();
        p.name = "驻京联络维稳工作组";
        p.attribute = "延续";
        p.supervisingDepartment = "县政府办";
        p.startEnd = "2023年1月-12月";
        p.manager = "柳旭";
        p.managerPhone = "2115589";
        p.liaison = "郑鑫";
        p.liaisonPhone = "2115589";
        p.projectType = "3. 其他专项类";
        p.overview = "维稳、联络、招商三大工作经费";
        p.basis = "湘阴县驻京联络办相关经费建议方案及湘阴县人民政府办公室关于将驻京联络员纳入统一管理文件";
        p.funds.lastYearStatedTotal = Amount.of("68");
        p.funds.statedTotal = Amount.of("50");
        p.funds.countyLastYear = Amount.of("68");
        p.funds.countyThisYear = Amount.of("50");
        p.expenseLinesLastYearStatedTotal = Amount.of("68");
        p.expenseLinesStatedTotal = Amount.of("50");
        p.expenseLines.add(line("1、房租费用", "合同"));
        p.expenseLines.add(line("2、租车费用", "合同"));
        p.expenseLines.add(line("3、维稳工作费用", "上年度实际使用情况"));
        p.expenseLines.add(line("4、招商、联络工作费用", "上年度实际使用情况"));
        p.safeguards = "财务制度";
        ScheduleItem s = new ScheduleItem();
        s.content = "维稳、联络、招商工作经费";
        s.start = "2023年1月1日";
        s.end = "2023/1/12月";
        p.schedule.add(s);
        p.longTermGoal = "全年度特护维稳工作期间保持零登记，有效处置化解进京上访人员信访问题，招商引资活动一场，招商引资项目一个，联络乡友樟树港辣椒太空培育项目等";
        p.annualGoal = "为加强驻京维稳、联络、招商工作的顺利开展，保障工作经费的正常开展。";
        p.indicators.addAll(List.of(
                new Indicator("产出指标", "数量指标", "保障驻京工作顺利开展", "保障工作"),
                new Indicator("产出指标", "质量指标", "扎实做好驻京工作", "≥98"),
                new Indicator("产出指标", "时效指标", "确实有效完成工作职责", "2023年1-12月"),
                new Indicator("产出指标", "成本指标", "财政预算指标内完成", ""),
                new Indicator("效益指标", "经济效益", "无直接经济效益", ""),
                new Indicator("效益指标", "社会效益", "加强乡友联络", "≥97"),
                new Indicator("效益指标", "生态效益", "无社会危害", ""),
                new Indicator("效益指标", "可持续影响", "协调有效的驻京工作开展", "≥98"),
                new Indicator("效益指标", "服务对象满意度", "1、信访人员2、在京乡友", "≥98")));
        p.otherNotes = "无";
        p.reviewOpinion = "同意申报，请严格按照绩效目标组织实施 2022年11月28日";
        y.projects.add(p);
        return u;
    }

    private static ExpenseLine line(String item, String basis) {
        ExpenseLine l = new ExpenseLine();
        l.item = item;
        l.basis = basis;
        return l;
    }

    @Test
    void reproducesSegment004_01FromAUnitTypedInFromIt() {
        Unit u = unitFromSegment();
        FiscalYear y = u.year(2023).orElseThrow();
        List<FormDocument> docs = new XiangyinDeclaration2023().render(u, y, y.projects);
        SeedFidelity.Entry e = seeds().stream().filter(x -> x.key().equals("004_01")).findFirst().orElseThrow();
        SeedFidelity.Score s = SeedFidelity.score(SeedFidelity.seedCells(e), SeedFidelity.generated(docs));
        System.out.println("seed-fidelity 004_01 (typed-in unit): " + s);
        assertTrue(s.ok(true), s.toString());
    }

    @Test
    void ticksTheProjectAttributeAndType() {
        Project p = new Project();
        p.projectType = "2. 行政事业类";
        p.projectSubType = "修缮类";
        assertEquals("1. 基本建设类 ☐ 其中：新建 ☐ 扩建 ☐ 改建 ☐ 2. 行政事业类 ☑ 其中：采购类 ☐ 修缮类 ☑ 奖励类 ☐ 3. 其他专项类 ☐",
                XiangyinDeclaration2023.projectType(p).text());
        p.projectType = "3. 其其他专项类";
        assertTrue(XiangyinDeclaration2023.projectType(p).text().endsWith("奖励类 ☐ 3. 其其他专项类 ☑"));
        Unit u = unitFromSegment();
        FiscalYear y = u.year(2023).orElseThrow();
        List<String> texts = new XiangyinDeclaration2023().render(u, y, y.projects).get(0).texts();
        assertTrue(texts.containsAll(List.of("新增项目 ☐", "延续项目 ☑")));
        // the indicator header comes again above the 效益 block
        assertEquals(2, texts.stream().filter("三级指标"::equals).count());
    }

    @Test
    void theFormKeepsThreeNumberedExpenseLines() {
        Unit u = unitFromSegment();
        FiscalYear y = u.year(2023).orElseThrow();
        Project p = y.projects.get(0);
        p.expenseLines.subList(1, p.expenseLines.size()).clear();
        List<String> texts = new XiangyinDeclaration2023().render(u, y, y.projects).get(0).texts();
        int first = texts.indexOf("1、房租费用");
        assertEquals(List.of("合同", "2", "", "", ""), texts.subList(first + 3, first + 8));
        assertEquals("3", texts.get(first + 8));
    }

    @Test
    void anEmptyProjectRendersWithBlankCells() {
        Unit u = new Unit();
        FiscalYear y = u.yearOrCreate(2024);
        Project p = new Project();
        p.expenseLines = null;
        p.schedule = null;
        p.indicators = null;
        List<String> texts = new XiangyinDeclaration2023().render(u, y, List.of(p)).get(0).texts();
        assertEquals("2024年度项目支出预算绩效目标申报表", texts.get(0));
        assertTrue(texts.contains("项目年度绩效指标"));
    }
}
