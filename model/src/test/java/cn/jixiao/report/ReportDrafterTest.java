package cn.jixiao.report;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.ReportSection;
import cn.jixiao.domain.Unit;
import cn.jixiao.sample.Samples;
import cn.jixiao.sample.SeedData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The 自评报告 of 衡阳市人民政府办公室 2022 (seed 001), sections 一 to 六, drafted from the year's data. */
class ReportDrafterTest {
    private Unit unit;
    private FiscalYear year;
    private List<ReportSection> draft;

    @BeforeEach
    void draftFromSample() {
        unit = Samples.load("hengyang-office");
        year = unit.year(2022).orElseThrow();
        draft = new ReportDrafter(unit, year).draft();
    }

    /** Sections 一 to 六 of the seed's report as published (from '1、 部门' up to '七、'). */
    static String seedSectionsOneToSix() throws IOException {
        Path data = SeedData.segment("001_report.txt");
        String all = Files.readString(data, StandardCharsets.UTF_8);
        int from = all.indexOf("1、 部门、单位基本情况");
        int to = all.indexOf("七、存在的问题及原因分析");
        assertTrue(from > 0 && to > from, "the seed's report has its sections");
        return all.substring(from, to);
    }

    private String draftedText() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < ReportDrafter.DRAFTED; i++) {
            ReportSection s = draft.get(i);
            b.append(s.text).append('\n');
            s.subsections.forEach(x -> b.append(x.text).append('\n'));
        }
        return b.toString();
    }

    @Test
    void everyFigureOfSectionsOneToSixIsDrafted() throws IOException {
        String seed = seedSectionsOneToSix();
        String drafted = draftedText();
        Matcher m = Pattern.compile("\\d+(\\.\\d+)?(?=万元|人|个)").matcher(seed);
        List<String> missing = new ArrayList<>();
        int count = 0;
        while (m.find()) {
            count++;
            if (!drafted.contains(m.group() + seed.charAt(m.end()))) {
                missing.add(m.group());
            }
        }
        assertTrue(count >= 30, "the seed's sections hold the figures: " + count);
        assertEquals(List.of(), missing, "figures of the seed not in the draft");
    }

    @Test
    void differencesCarryTheWordOfTheirSign() {
        String basic = draft.get(1).subsections.get(0).text;
        assertTrue(basic.contains("工资福利支出为2503.25万元，比预算增加699.64万元"), basic);
        assertTrue(basic.contains("一般商品和服务支出为387.65万元，比预算减少104.81万元"), basic);
        assertTrue(basic.contains("对个人和家庭的补助为552.75万元，比预算增加516.79万元"), basic);
        String project = draft.get(1).subsections.get(1).text;
        assertTrue(project.contains("2022年项目支出决算数为1404.48万元，比预算增加566.34万元。"), project);
    }

    @Test
    void theDraftedSectionsAreTheSeedsSentences() throws IOException {
        String seed = seedSectionsOneToSix();
        assertEquals("衡阳市人民政府办公室是协助市政府领导同志处理市政府日常工作的机构",
                draft.get(0).text.substring(0, "衡阳市人民政府办公室是协助市政府领导同志处理市政府日常工作的机构".length()));
        assertTrue(draft.get(0).text.endsWith("\n本单位现有内设机构22个，在职人员115人。"), draft.get(0).text);
        for (int i = 0; i < 5; i++) {
            ReportSection s = draft.get(i);
            if (s.subsections.isEmpty()) {
                assertTrue(seed.contains(s.text), "section " + s.number + " as published: " + s.text);
            }
            for (ReportSection sub : s.subsections) {
                assertTrue(seed.contains(sub.text), "section " + sub.number + " as published: " + sub.text);
            }
        }
        assertEquals("无。", draft.get(2).text);
        assertEquals("无。", draft.get(3).text);
        assertEquals("无。", draft.get(4).text);
        // The seed's section 六 announces '六个' goals and lists seven: the draft counts them.
        String goals = draft.get(5).text;
        assertTrue(seed.contains("2022年我办基本完成以下六个绩效目标："));
        assertTrue(goals.startsWith("2022年我办基本完成以下七个绩效目标：\n目标1：通过预算执行"), goals);
        String seedGoals = seed.substring(seed.indexOf("目标1："), seed.indexOf("七、") < 0 ? seed.length() : seed.length()).strip();
        assertTrue(goals.endsWith(seedGoals), goals);
    }

    @Test
    void theSeedsOwnInconsistenciesAreKeptAsStated() {
        // Section 二(一): 工资福利 1803.61 + 一般商品和服务 492.46 + 对个人和家庭的补助 35.96 = 2332.03, not the 1839.57 stated as 基本支出.
        String basic = draft.get(1).subsections.get(0).text;
        assertTrue(basic.contains("其中基本支出1839.57万元。其中：工资福利支出为1803.61万元，一般商品和服务支出为492.46万元，对个人和家庭的补助为35.96万元。"), basic);
        // Section 二(二) lists 县市区长会议经费 18 and 电视电话会议支出 20.17 where the project
        // 县市区长会议经费及电视电话会议经费 holds 38.17; and 政府业务经费、政府综合治理工作经费 169.42
        // where that project's 年初预算数 is 207.44. The report's own list (in the data) is drafted.
        String project = draft.get(1).subsections.get(1).text;
        assertTrue(project.contains("县市区长会议经费18万元，电视电话会议支出20.17万元"), project);
        assertTrue(project.contains("政府业务经费、政府综合治理工作经费169.42万元"), project);
        assertEquals("38.17", year.project("县市区长会议经费及电视电话会议经费").orElseThrow().selfEvaluation.funds.initialBudget.text());
        assertEquals("207.44", year.project("政府业务经费、政府综合治理工作经费").orElseThrow().selfEvaluation.funds.initialBudget.text());
    }

    @Test
    void withoutTheReportsOwnListTheProjectsAreListed() {
        year.overall.projectBudgetLines.clear();
        String project = new ReportDrafter(unit, year).draft().get(1).subsections.get(1).text;
        assertTrue(project.contains("县市区长会议经费及电视电话会议经费38.17万元"), project);
        assertTrue(project.contains("政府业务经费、政府综合治理工作经费207.44万元"), project);
    }

    @Test
    void aFundTheUnitHasIsStated() {
        year.overall.governmentFund = cn.jixiao.domain.Amount.of("12.5");
        assertEquals("2022年政府性基金预算支出12.5万元。", new ReportDrafter(unit, year).draft().get(2).text);
    }

    @Test
    void sectionsSevenToNineAreTheClerksAndNeverRedrafted() {
        year.report.sections.get(6).text = "本单位自己写的问题。";
        List<ReportSection> again = new ReportDrafter(unit, year).draft();
        assertEquals("本单位自己写的问题。", again.get(6).text);
        assertEquals(year.report.sections.get(7).text, again.get(7).text);
        assertEquals("1、", again.get(0).number, "the report's own numbering is kept");
    }

    @Test
    void aRedraftListsAndKeepsTheBlocksTheClerkEdited() {
        ReportSection basic = year.report.sections.get(1).subsections.get(0);
        basic.text = "基本支出由本人重写。";
        basic.editedByClerk = true;
        List<ReportSection> d = new ReportDrafter(unit, year).draft();
        assertEquals(List.of("（一）基本支出情况"), Redraft.clerkBlocksChanged(year.report.sections, d));
        List<ReportSection> kept = Redraft.merge(year.report.sections, d, false);
        assertEquals("基本支出由本人重写。", kept.get(1).subsections.get(0).text);
        assertTrue(kept.get(1).subsections.get(0).editedByClerk);
        List<ReportSection> replaced = Redraft.merge(year.report.sections, d, true);
        assertNotEquals("基本支出由本人重写。", replaced.get(1).subsections.get(0).text);
        assertFalse(replaced.get(1).subsections.get(0).editedByClerk);
    }

    @Test
    void differenceWords() {
        assertEquals("比预算减少0.5万元", ReportDrafter.versusBudget(new java.math.BigDecimal("10"), new java.math.BigDecimal("10.5")));
        assertEquals("与预算持平", ReportDrafter.versusBudget(new java.math.BigDecimal("10.0"), new java.math.BigDecimal("10")));
    }
}
