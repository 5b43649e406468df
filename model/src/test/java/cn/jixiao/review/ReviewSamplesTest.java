package cn.jixiao.review;

import cn.jixiao.domain.Unit;
import cn.jixiao.sample.Samples;
import cn.jixiao.sample.SyntheticUnit;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The review on the four transcribed samples finds the errors DOMAIN.md lists for the seeds; a clean unit gives nothing. */
class ReviewSamplesTest {
    private static List<Finding> review(String sample, int year) {
        return Review.run(Samples.load(sample), year);
    }

    private static Finding one(List<Finding> fs, String code, String project, String contains) {
        List<Finding> hits = fs.stream().filter(f -> f.code().equals(code) && f.project().equals(project)
                && f.message().contains(contains)).toList();
        assertEquals(1, hits.size(), code + " " + project + " " + contains + " in:\n"
                + String.join("\n", fs.stream().map(Finding::line).toList()));
        return hits.get(0);
    }

    @Test
    void hengyang2021DeclarationsLackThreeTargets() {
        List<Finding> f = review("hengyang-office", 2021);
        for (String name : List.of("反腐倡廉", "提高政府公信力", "贯彻执行中央八项规定精神")) {
            one(f, "TARGET_MISSING", "纪检派驻机构专项经费", "“" + name + "”没有填写指标值");
        }
    }

    @Test
    void hengyang2022ShiftedTargetsOfJijian() {
        Finding f = one(review("hengyang-office", 2022), "TARGETS_SHIFTED", "纪检派驻机构专项经费", "从三级指标“检查次数”起");
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(f.message().contains("“检查次数”填的是“良好以上”，申报时为“不少于5次”"), f.message());
    }

    @Test
    void hengyang2022DoubleDotInDucha() {
        Finding f = one(review("hengyang-office", 2022), "AMOUNT_NOT_A_NUMBER", "政务督查经费", "“31..5”");
        assertEquals("selfEvaluation.funds.fiscalExecuted", f.where().field());
    }

    @Test
    void hengyang2022MergedBlocksOfQita() {
        List<Finding> f = review("hengyang-office", 2022);
        String qita = "其他补助经费机关大院改造及设备购置及防空办优化办经费";
        one(f, "CATEGORIES_MERGED", qita, "“后勤保障”（可持续影响指标），一项就占30分");
        one(f, "WEIGHT_CONCENTRATED", qita, "“后勤保障”");
        one(f, "EXECUTION_RATE_MISMATCH", qita, "“248.04%”");
    }

    @Test
    void hengyang2022FiguresThatDisagreeAcrossForms() {
        List<Finding> f = review("hengyang-office", 2022);
        one(f, "AMOUNT_DIFFERS_ACROSS_FORMS", "政府业务经费、政府综合治理工作经费", "基础数据表中该项目的本年预算数为169.42万元");
        one(f, "AMOUNT_DIFFERS_ACROSS_FORMS", "政府业务经费、政府综合治理工作经费", "自评报告");
        one(f, "AMOUNT_DIFFERS_ACROSS_FORMS", "物业管理费", "196.89");
        one(f, "EXECUTION_RATE_MISMATCH", "", "“143.91%”");
        one(f, "OVERALL_TOTAL_MISMATCH", "", "838.14");
    }

    @Test
    void agencyRuleThatAwardsMoreThanItsWeight() {
        List<Finding> f = review("hengyang-agency", 2024);
        one(f, "RULE_CONTRADICTS_WEIGHT", "", "“该指标分值为10分”，却又写“计20分”");
        one(f, "RULE_CONTRADICTS_WEIGHT", "公车管理专项经费", "计算公式却乘以10");
        one(f, "TARGET_MISSING", "", "“产权证管理”没有填写指标值（计量单位栏填的是“1577个”");
        assertTrue(f.stream().noneMatch(x -> x.code().equals("WEIGHTS_NOT_100")), "rule weights add to 90 + 10");
    }

    @Test
    void xiangyinEndDateAndAmountsWithUnits() {
        List<Finding> f = review("xiangyin-office", 2023);
        Finding date = one(f, "DATE_UNREADABLE", "驻京联络维稳工作组", "“2023/1/12月”");
        assertEquals(Severity.ERROR, date.severity());
        one(f, "AMOUNT_NOT_A_NUMBER", "湘阴县平安城市及雪亮工程项目工作协调经费", "资金总额填的是“15万”");
        one(f, "AMOUNT_NOT_A_NUMBER", "各战线调研协调工作经费", "上年度安排资金合计填的是“60万元”");
        one(f, "QUANTITY_WITHOUT_UNIT", "驻京联络维稳工作组", "“扎实做好驻京工作”的指标值“≥98”");
    }

    @Test
    void huaiyuanHasNoErrors() {
        List<Finding> f = review("huaiyuan-office", 2024);
        assertTrue(f.stream().noneMatch(x -> x.severity() == Severity.ERROR), String.join("\n", f.stream().map(Finding::line).toList()));
        one(f, "PERCENT_AT_LEAST_100", "信息化建设项目", "资金在规定时间内下达率");
    }

    @Test
    void findingsComeInFormOrder() {
        List<Finding> f = Review.run(Samples.load("hengyang-office"));
        Unit u = Samples.load("hengyang-office");
        int lastYear = 0;
        int lastProject = -2;
        for (Finding x : f) {
            if (x.year() != lastYear) {
                assertTrue(x.year() > lastYear);
                lastYear = x.year();
                lastProject = -2;
            }
            int year = x.year();
            int index = x.where().projectId().isEmpty() ? -1 : u.year(year).orElseThrow().projects.stream()
                    .map(p -> p.id).toList().indexOf(x.where().projectId());
            assertTrue(index >= lastProject, x.line());
            lastProject = index;
        }
    }

    @Test
    void aSyntheticUnitIsClean() {
        List<Finding> f = Review.run(SyntheticUnit.generate(300, 20, 42));
        assertEquals(List.of(), f.stream().map(Finding::line).limit(20).toList());
    }
}
