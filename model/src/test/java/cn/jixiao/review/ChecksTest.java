package cn.jixiao.review;

import cn.jixiao.domain.Amount;
import cn.jixiao.domain.CategoryWeight;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Frameworks;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.sample.Samples;
import org.junit.jupiter.api.Test;

import java.util.List;

import static cn.jixiao.review.SeedRows.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every check failing on a real seed row (as published, or with one cell changed) and passing on a correct one. */
class ChecksTest {
    static Unit year(int y, Project... projects) {
        Unit u = SeedRows.hengyang();
        FiscalYear fy = u.yearOrCreate(y);
        fy.frameworkId = y == 2021 ? Frameworks.HENGYANG_2021 : Frameworks.STANDARD_2022;
        fy.projects.addAll(List.of(projects));
        return u;
    }

    static List<Finding> found(Unit u, String code) {
        return Review.run(u).stream().filter(f -> f.code().equals(code)).toList();
    }

    static String messages(List<Finding> fs) {
        return String.join("\n", fs.stream().map(Finding::message).toList());
    }

    static Indicator named(Project p, String name) {
        return p.indicators.stream().filter(i -> i.name.equals(name)).findFirst().orElseThrow();
    }

    /** The 2021 declarations of hengyang-office with only the given 2022 self-evaluations. */
    static Unit hengyangWith2022(Project... selfEvaluations) {
        Unit u = Samples.load("hengyang-office");
        u.years.removeIf(y -> y.year == 2022);
        u.supervisingDepartment = "衡阳市人民政府办公室";
        FiscalYear y = u.yearOrCreate(2022);
        y.frameworkId = Frameworks.STANDARD_2022;
        y.projects.addAll(List.of(selfEvaluations));
        return u;
    }

    // ---- completeness

    @Test
    void projectName() {
        Project p = SeedRows.jijian2021();
        p.name = "";
        List<Finding> f = found(year(2021, p), "PROJECT_NAME_MISSING");
        assertEquals(1, f.size());
        assertEquals("（未命名项目）：第1个项目没有填写项目名称。", f.get(0).message());
        assertEquals(0, found(year(2021, SeedRows.jijian2021()), "PROJECT_NAME_MISSING").size());
    }

    @Test
    void draftFromLastYear() {
        Project p = SeedRows.jijian2021();
        p.draft = true;
        List<Finding> f = found(year(2021, p), "PROJECT_STILL_DRAFT");
        assertEquals(1, f.size());
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertEquals("name", f.get(0).where().field());
        assertTrue(f.get(0).message().startsWith("纪检派驻机构专项经费：由上一年度复制而来，还标为草稿。"), f.get(0).message());
        assertEquals(0, found(year(2021, SeedRows.jijian2021()), "PROJECT_STILL_DRAFT").size(), "checked (核对完成): no finding");
    }

    @Test
    void departmentOnTheUnitOrTheProject() {
        Unit u = year(2021, SeedRows.jijian2021());
        u.supervisingDepartment = "";
        List<Finding> f = found(u, "DEPARTMENT_MISSING");
        assertEquals(1, f.size());
        assertEquals(FieldRef.Kind.UNIT_FIELD, f.get(0).where().kind());
        assertEquals(Severity.ERROR, f.get(0).severity());
        Unit x = SeedRows.xiangyin(SeedRows.zhujing2023());
        assertEquals(0, found(x, "DEPARTMENT_MISSING").size(), "004 names 县政府办 on the project");
        Project second = SeedRows.pingan2023();
        second.supervisingDepartment = "";
        List<Finding> one = found(SeedRows.xiangyin(SeedRows.zhujing2023(), second), "DEPARTMENT_MISSING");
        assertEquals(1, one.size());
        assertEquals("湘阴县平安城市及雪亮工程项目工作协调经费：没有填写主管部门，单位信息中也没有。", one.get(0).message());
    }

    @Test
    void goal() {
        Project p = SeedRows.pingan2023();
        p.name = "各战线调研协调工作经费";
        p.annualGoal = "";
        List<Finding> f = found(SeedRows.xiangyin(p), "GOAL_MISSING");
        assertEquals(List.of("各战线调研协调工作经费：没有填写年度绩效目标。"), f.stream().map(Finding::message).toList());
        assertEquals(0, found(SeedRows.xiangyin(SeedRows.pingan2023()), "GOAL_MISSING").size());
        assertEquals(0, found(year(2022, SeedRows.ducha2022()), "GOAL_MISSING").size(), "the self-evaluation's 预期目标 counts");
    }

    @Test
    void overallGoalsLeftAsTheNewGoalPlaceholderAreNoGoals() {
        Unit u = Samples.load("hengyang-office");
        FiscalYear y = u.year(2022).orElseThrow();
        assertEquals(0, found(u, "GOAL_MISSING").size(), "the sample states its 整体绩效目标");
        y.overall.goals = new java.util.ArrayList<>(List.of("新目标", " "));
        List<Finding> f = found(u, "GOAL_MISSING");
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().contains("没有填写整体绩效目标"), f.get(0).message());
        assertEquals(FieldRef.overall("goals"), f.get(0).where());
        y.overall.goals = new java.util.ArrayList<>(List.of("新目标", "保障市政府机关正常运转"));
        assertEquals(0, found(u, "GOAL_MISSING").size());
    }

    @Test
    void funds() {
        Project p = SeedRows.jijian2021();
        p.funds.statedTotal = Amount.EMPTY;
        p.funds.fiscalAppropriation = Amount.EMPTY;
        assertEquals(1, found(year(2021, p), "FUNDS_MISSING").size());
        assertEquals(0, found(year(2021, SeedRows.jijian2021()), "FUNDS_MISSING").size());
        assertEquals(0, found(year(2022, SeedRows.ducha2022()), "FUNDS_MISSING").size());
    }

    @Test
    void categories() {
        List<Finding> f = found(year(2022, SeedRows.qita2022()), "CATEGORY_MISSING");
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().contains("缺少效益指标"), f.get(0).message());
        assertEquals(0, found(year(2022, SeedRows.ducha2022()), "CATEGORY_MISSING").size());
        assertEquals(0, found(year(2021, SeedRows.jijian2021()), "CATEGORY_MISSING").size(), "满意度 under 效益 in the 2021 framework");
        Project noCost = SeedRows.jijian2021();
        noCost.indicators.removeIf(i -> i.subcategory.equals("成本指标"));
        assertTrue(messages(found(year(2021, noCost), "CATEGORY_MISSING")).contains("成本指标"));
    }

    @Test
    void targetFilled() {
        List<Finding> f = found(year(2021, SeedRows.jijian2021()), "TARGET_MISSING");
        assertEquals(List.of("纪检派驻机构专项经费：三级指标“反腐倡廉”没有填写指标值。",
                "纪检派驻机构专项经费：三级指标“提高政府公信力”没有填写指标值。",
                "纪检派驻机构专项经费：三级指标“贯彻执行中央八项规定精神”没有填写指标值。"),
                f.stream().map(Finding::message).toList());
        assertEquals("target", f.get(0).where().field());
        assertEquals(FieldRef.Kind.INDICATOR, f.get(0).where().kind());
        Project fixed = SeedRows.jijian2021();
        fixed.indicators.forEach(i -> i.target = i.target.isEmpty() ? "明显提升" : i.target);
        assertEquals(0, found(year(2021, fixed), "TARGET_MISSING").size());
    }

    @Test
    void subcategoryCovered() {
        List<Finding> f = found(year(2021, SeedRows.jijian2021()), "SUBCATEGORY_EMPTY");
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().contains("效益指标/生态效益指标"), f.get(0).message());
        Project marked = SeedRows.jijian2021();
        marked.notApplicable.add("效益指标/生态效益指标");
        assertEquals(0, found(year(2021, marked), "SUBCATEGORY_EMPTY").size());
    }

    @Test
    void subcategoryPlaced() {
        List<Finding> f = found(year(2022, SeedRows.qita2022()), "SUBCATEGORY_MISPLACED");
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().contains("“可持续影响指标”应属于一级指标“效益指标”"), f.get(0).message());
        Project fixed = SeedRows.qita2022();
        named(fixed, "后勤保障").category = "效益指标";
        assertEquals(0, found(year(2022, fixed), "SUBCATEGORY_MISPLACED").size());
    }

    // ---- quantification

    @Test
    void quantified() {
        List<Finding> f = found(year(2021, SeedRows.jijian2021()), "TARGET_NOT_QUANTIFIED");
        assertEquals(List.of("党风廉政建设考核", "办案效率", "经费开支"), f.stream().map(x -> indicatorName(x)).toList());
        assertEquals(Severity.HINT, f.get(0).severity());
        assertEquals(0, found(SeedRows.xiangyin(SeedRows.pingan2023()), "TARGET_NOT_QUANTIFIED").size());
    }

    private static String indicatorName(Finding f) {
        return f.message().replaceAll("^.*三级指标“([^”]+)”.*$", "$1");
    }

    @Test
    void percentOver100() {
        Project p = SeedRows.pingan2023();
        named(p, "符合国家平安城市技术规范要求").target = "199%";
        assertEquals(1, found(SeedRows.xiangyin(p), "PERCENT_OVER_100").size());
        assertEquals(0, found(SeedRows.xiangyin(SeedRows.pingan2023()), "PERCENT_OVER_100").size());
    }

    @Test
    void percentAtLeast100() {
        Unit u = Samples.load("huaiyuan-office");
        List<Finding> f = found(u, "PERCENT_AT_LEAST_100");
        assertTrue(f.stream().anyMatch(x -> x.project().equals("信息化建设项目") && x.message().contains("资金在规定时间内下达率")), messages(f));
        u.years.get(0).projects.forEach(p -> p.indicators.forEach(i -> i.target = i.target.replace("≥100%", "100%")));
        assertEquals(0, found(u, "PERCENT_AT_LEAST_100").size());
    }

    @Test
    void costIsACeiling() {
        Project p = SeedRows.pingan2023();
        named(p, "控制在预算内").target = "不少于15万元";
        List<Finding> f = found(SeedRows.xiangyin(p), "COST_NOT_CEILING");
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().contains("“≤15万元”"), f.get(0).message());
        assertEquals(0, found(SeedRows.xiangyin(SeedRows.pingan2023()), "COST_NOT_CEILING").size());
        named(p, "控制在预算内").target = "15-20万元";
        assertEquals(0, found(SeedRows.xiangyin(p), "COST_NOT_CEILING").size(), "a range states its ceiling too");
    }

    @Test
    void dateWithinTheProject() {
        Project p = SeedRows.zhujing2023();
        named(p, "确实有效完成工作职责").target = "2024年6月前";
        List<Finding> f = found(SeedRows.xiangyin(p), "DATE_AFTER_PROJECT_END");
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().contains("2023年12月31日"), f.get(0).message());
        assertEquals(0, found(SeedRows.xiangyin(SeedRows.zhujing2023()), "DATE_AFTER_PROJECT_END").size());
    }

    @Test
    void quantityHasUnit() {
        List<Finding> f = found(SeedRows.xiangyin(SeedRows.zhujing2023()), "QUANTITY_WITHOUT_UNIT");
        assertEquals(List.of("扎实做好驻京工作", "加强乡友联络", "协调有效的驻京工作开展", "1、信访人员2、在京乡友"),
                f.stream().map(ChecksTest::indicatorName).toList());
        assertEquals(0, found(SeedRows.xiangyin(SeedRows.pingan2023()), "QUANTITY_WITHOUT_UNIT").size());
    }

    // ---- arithmetic

    @Test
    void amountsAreNumbers() {
        List<Finding> f = found(year(2022, SeedRows.ducha2022()), "AMOUNT_NOT_A_NUMBER");
        assertEquals(1, f.size());
        assertEquals("政务督查经费：自评表“其中：当年财政拨款”的全年执行数填的是“31..5”，多了小数点，应为“31.5”之类的数字，请核对。", f.get(0).message());
        assertEquals("selfEvaluation.funds.fiscalExecuted", f.get(0).where().field());
        List<Finding> wan = found(SeedRows.xiangyin(SeedRows.pingan2023()), "AMOUNT_NOT_A_NUMBER");
        assertEquals(4, wan.size());
        assertEquals("湘阴县平安城市及雪亮工程项目工作协调经费：资金总额填的是“15万”：金额单位已是万元，栏内只填数字“15”。", wan.get(0).message());
        Project fixed = SeedRows.ducha2022();
        fixed.selfEvaluation.funds.fiscalExecuted = Amount.of("31.5");
        assertEquals(0, found(year(2022, fixed), "AMOUNT_NOT_A_NUMBER").size());
    }

    @Test
    void aNegativeAmountIsAnError() {
        // Issue 14: negative money from a JSON import passed review (the editor refuses it).
        Project p = SeedRows.ducha2022();
        p.selfEvaluation.funds.fiscalExecuted = Amount.of("31.5");
        p.funds.fiscalAppropriation = Amount.of("-20");
        List<Finding> f = found(year(2022, p), "AMOUNT_NOT_A_NUMBER");
        assertEquals(1, f.size(), messages(f));
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertEquals("funds.fiscalAppropriation", f.get(0).where().field());
        assertTrue(f.get(0).message().contains("负数"), f.get(0).message());
    }

    @Test
    void fundsTotal() {
        Project p = SeedRows.jijian2021();
        p.funds.fiscalAppropriation = Amount.of("20.88");
        List<Finding> f = found(year(2021, p), "FUNDS_TOTAL_MISMATCH");
        assertEquals(List.of("纪检派驻机构专项经费：资金总额为23.2万元，财政拨款 + 其他资金为20.88万元，两者应相等。"),
                f.stream().map(Finding::message).toList());
        assertEquals(0, found(year(2021, SeedRows.jijian2021()), "FUNDS_TOTAL_MISMATCH").size());
        assertEquals(0, found(SeedRows.xiangyin(SeedRows.zhujing2023()), "FUNDS_TOTAL_MISMATCH").size(), "50 = 县级 50, 68 = 县级 68");
    }

    @Test
    void executionParts() {
        Project p = SeedRows.qita2022();
        p.selfEvaluation.funds.fiscalAdjusted = Amount.of("16.87");
        assertEquals(1, found(year(2022, p), "EXECUTION_PARTS_MISMATCH").size());
        assertEquals(0, found(year(2022, SeedRows.qita2022()), "EXECUTION_PARTS_MISMATCH").size());
    }

    @Test
    void executionRate() {
        List<Finding> f = found(year(2022, SeedRows.qita2022(), SeedRows.wuye2022(), SeedRows.ducha2022()), "EXECUTION_RATE_MISMATCH");
        assertEquals(2, f.size(), messages(f));
        assertEquals("其他补助经费机关大院改造及设备购置及防空办优化办经费：自评表执行率填的是“248.04%”，按全年执行数418.45万元÷全年预算数418.45万元计算应为100.00%。",
                f.get(0).message());
        assertEquals("物业管理费：自评表执行率填的是“146.5%”，按全年执行数196.76万元÷全年预算数196.76万元计算应为100.00%（所填数字是按年初预算数134.3万元计算的）。",
                f.get(1).message());
    }

    @Test
    void fundsScore() {
        Project p = SeedRows.ducha2022();
        p.selfEvaluation.funds.statedScore = "8";
        assertEquals(1, found(year(2022, p), "FUNDS_SCORE_MISMATCH").size());
        assertEquals(0, found(year(2022, SeedRows.ducha2022()), "FUNDS_SCORE_MISMATCH").size());
    }

    @Test
    void controlRate() {
        Unit u = year(2022);
        SeedRows.basicData2022(u.years.get(0));
        assertEquals(0, found(u, "CONTROL_RATE_MISMATCH").size(), "115/121 = 95.04%");
        u.years.get(0).basicData.statedControlRate = "95.4%";
        assertEquals(List.of("基础数据表：控制率填的是“95.4%”，按实际在职人数115÷编制数121计算应为95.04%。"),
                found(u, "CONTROL_RATE_MISMATCH").stream().map(Finding::message).toList());
    }

    @Test
    void basicDataSums() {
        Unit u = year(2022);
        SeedRows.basicData2022(u.years.get(0));
        assertEquals(0, found(u, "BASIC_DATA_SUM_MISMATCH").size(), messages(found(u, "BASIC_DATA_SUM_MISMATCH")));
        u.years.get(0).basicData.rows.get(2).thisYearFinal = Amount.of("99.23");
        List<Finding> f = found(u, "BASIC_DATA_SUM_MISMATCH");
        assertEquals(List.of("基础数据表：“三公经费”的本年决算数填的是99.23万元，其下3行之和为99.33万元，两者应相等。"),
                f.stream().map(Finding::message).toList());
        assertEquals("rows[2].thisYearFinal", f.get(0).where().field());
    }

    @Test
    void overallTotals() {
        Unit u = Samples.load("hengyang-agency");
        assertEquals(0, found(u, "OVERALL_TOTAL_MISMATCH").size(), "705.86 = 572.86 + 133.00 = 40 + 17 + 76 + 572.86");
        u.years.get(0).overall.projectExpense = Amount.of("143.00");
        assertTrue(messages(found(u, "OVERALL_TOTAL_MISMATCH")).contains("项目支出（按项目合计）：填写 143，计算得 133"), messages(found(u, "OVERALL_TOTAL_MISMATCH")));
    }

    // ---- scoring

    @Test
    void weightsAddUp() {
        assertEquals(0, found(year(2022, SeedRows.ducha2022()), "WEIGHTS_NOT_100").size());
        assertEquals(0, found(Samples.load("hengyang-agency"), "WEIGHTS_NOT_100").size(), "weights from the written rules: 90 + 10");
        Project p = SeedRows.ducha2022();
        named(p, "督查次数").weight = "20";
        assertEquals(List.of("政务督查经费：三级指标分值合计95分，加资金执行率10分共105分，应为100分。"),
                found(year(2022, p), "WEIGHTS_NOT_100").stream().map(Finding::message).toList());
    }

    @Test
    void categoryWeightSum() {
        List<Finding> f = found(year(2022, SeedRows.qita2022()), "CATEGORY_WEIGHT_SUM_MISMATCH");
        assertEquals(2, f.size(), messages(f));
        assertTrue(f.get(0).message().contains("一级指标“产出指标”标注50分，其下5个三级指标分值合计80分"), messages(f));
        assertTrue(f.get(1).message().contains("一级指标“效益指标”标注30分，其下却没有三级指标"), messages(f));
        assertEquals(0, found(year(2022, SeedRows.ducha2022()), "CATEGORY_WEIGHT_SUM_MISMATCH").size());
    }

    @Test
    void categoryWeightUsual() {
        assertEquals(0, found(year(2022, SeedRows.ducha2022()), "CATEGORY_WEIGHT_UNUSUAL").size());
        Project p = SeedRows.ducha2022();
        p.categoryWeights.set(0, new CategoryWeight("产出指标", "30"));
        p.categoryWeights.set(1, new CategoryWeight("效益指标", "50"));
        List<Finding> f = found(year(2022, p), "CATEGORY_WEIGHT_UNUSUAL");
        assertEquals(1, f.size());
        assertEquals(Severity.HINT, f.get(0).severity());
    }

    @Test
    void scoreWithinWeight() {
        Project p = SeedRows.ducha2022();
        named(p, "督查次数").selfEvaluation.score = "20";
        assertEquals(List.of("政务督查经费：三级指标“督查次数”得分20分，超过了分值15分。"),
                found(year(2022, p), "SCORE_ABOVE_WEIGHT").stream().map(Finding::message).toList());
        assertEquals(0, found(year(2022, SeedRows.ducha2022()), "SCORE_ABOVE_WEIGHT").size());
    }

    @Test
    void deviationCause() {
        Project p = SeedRows.ducha2022();
        named(p, "督查次数").selfEvaluation.score = "12";
        assertEquals(1, found(year(2022, p), "DEVIATION_CAUSE_MISSING").size());
        named(p, "督查次数").selfEvaluation.deviationCause = "下半年督查任务调整，次数未达目标；明年提前制定督查计划。";
        assertEquals(0, found(year(2022, p), "DEVIATION_CAUSE_MISSING").size());
    }

    @Test
    void deviationCauseNamesTheWordsThatSetAWordedActualsTier() {
        Project p = SeedRows.ducha2022();
        Indicator i = named(p, "督查次数");
        i.selfEvaluation.actual = "基本完成，部分督查延后";
        i.selfEvaluation.score = "";
        assertEquals(List.of("政务督查经费：三级指标“督查次数”得12分（分值15分），按实际完成值中的“基本完成”计分，扣了分，请填写偏差原因分析及改进措施。"),
                found(year(2022, p), "DEVIATION_CAUSE_MISSING").stream().map(Finding::message).toList());
    }

    @Test
    void ruleMatchesWeight() {
        Unit u = SeedRows.hengyang();
        FiscalYear y = u.yearOrCreate(2024);
        y.frameworkId = Frameworks.NATIONAL_2021;
        y.overall.indicators.add(SeedRows.agencyCostControl());
        Project p = new Project();
        p.name = "公车管理专项经费";
        p.indicators.add(SeedRows.agencyCarManagement());
        y.projects.add(p);
        List<Finding> f = found(u, "RULE_CONTRADICTS_WEIGHT");
        assertEquals(List.of("部门整体：三级指标“成本控制”的评（扣）分标准说“该指标分值为10分”，却又写“计20分”，得分不能超过分值10分，请改正其中一处。",
                "公车管理专项经费：三级指标“公车管理”的评（扣）分标准写明分值为20分，计算公式却乘以10，满分只能得10分，请统一为20。"),
                f.stream().map(Finding::message).toList());
        y.overall.indicators.get(0).scoringRule = "该指标分值为20分，预算成本控制在57.6万元以内计20分，每超过10%扣2分，扣完为止。";
        p.indicators.get(0).scoringRule = "该指标分值为10分，完成率小于60%为不及格，不得分；大于等于60%，按超过的比重赋分，计算公式为：得分=（实际完成率-60%）/（1-60%）*10，完成率=实际完成值/指标值*100%";
        assertEquals(0, found(u, "RULE_CONTRADICTS_WEIGHT").size());
    }

    @Test
    void weightConcentrated() {
        List<Finding> f = found(year(2022, SeedRows.qita2022()), "WEIGHT_CONCENTRATED");
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().startsWith("其他补助经费机关大院改造及设备购置及防空办优化办经费：三级指标“后勤保障”（可持续影响指标）一项就占30分"),
                f.get(0).message());
        assertEquals(0, found(year(2022, SeedRows.ducha2022()), "WEIGHT_CONCENTRATED").size());
    }

    @Test
    void categoriesMerged() {
        Project p = SeedRows.qita2022();
        named(p, "后勤保障").category = "效益指标";
        p.mergedCategories.addAll(List.of("产出指标", "效益指标"));
        List<Finding> f = found(year(2022, p), "CATEGORIES_MERGED");
        assertEquals(List.of("其他补助经费机关大院改造及设备购置及防空办优化办经费：自评表把“产出指标”和“效益指标”印在同一个合并的一级指标格子里；"
                + "“效益指标”下只有三级指标“后勤保障”（可持续影响指标），一项就占30分。请把各一级指标分开填写，并把分值分到各二级指标下。"),
                f.stream().map(Finding::message).toList());
        assertEquals(0, found(year(2022, SeedRows.ducha2022()), "CATEGORIES_MERGED").size());
    }

    @Test
    void totalScore() {
        assertEquals(0, found(year(2022, SeedRows.ducha2022()), "TOTAL_SCORE_MISMATCH").size());
        Project p = SeedRows.ducha2022();
        named(p, "政府").selfEvaluation.score = "4";
        named(p, "政府").selfEvaluation.deviationCause = "个别处室反映督办通知不够及时。";
        assertEquals(List.of("政务督查经费：自评总分填的是100分，资金执行率得分与各三级指标得分合计为99分。"),
                found(year(2022, p), "TOTAL_SCORE_MISMATCH").stream().map(Finding::message).toList());
    }

    // ---- consistency

    @Test
    void shiftedTargets() {
        Unit u = hengyangWith2022(SeedRows.jijian2022("no-lineage"));
        List<Finding> f = found(u, "TARGETS_SHIFTED");
        assertEquals(1, f.size());
        assertEquals("纪检派驻机构专项经费：自评表从三级指标“检查次数”起，连续3个年度指标值与2021年申报表错了一行：“检查次数”填的是“良好以上”，"
                + "申报时为“不少于5次”，而“良好以上”是下一行“党风廉政建设考核”的指标值。请按申报表逐行核对年度指标值。", f.get(0).message());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertEquals(2022, f.get(0).year());
        assertEquals(0, found(hengyangWith2022(SeedRows.ducha2022()), "TARGETS_SHIFTED").size());
        Project fixed = SeedRows.jijian2022("no-lineage");
        named(fixed, "检查次数").target = "不少于5次";
        named(fixed, "党风廉政建设考核").target = "良好以上";
        named(fixed, "办案效率").target = "高效";
        named(fixed, "经费开支").target = "不超年初预算";
        assertEquals(0, found(hengyangWith2022(fixed), "TARGETS_SHIFTED").size());
    }

    @Test
    void targetAgainstDeclaration() {
        List<Finding> f = found(hengyangWith2022(SeedRows.jijian2022("no-lineage")), "TARGET_DIFFERS_FROM_DECLARATION");
        assertTrue(messages(f).contains("纪检派驻机构专项经费：三级指标“经费开支”的年度指标值填的是“良好以上”，2021年申报表为“不超年初预算”"), messages(f));
        assertTrue(f.stream().noneMatch(x -> x.message().contains("“检查次数”")), "rows of the shifted run are reported once, by TARGETS_SHIFTED");
        assertTrue(f.stream().allMatch(x -> x.severity() == Severity.HINT), "a previous year's declaration only hints");
        List<Finding> d = found(hengyangWith2022(SeedRows.ducha2022()), "TARGET_DIFFERS_FROM_DECLARATION");
        assertEquals(List.of("生活水平", "经济社会发展"), d.stream().map(ChecksTest::indicatorName).toList());
        Project same = SeedRows.ducha2022();
        named(same, "生活水平").target = "通过督查督办，落实各项政策，提高居民收入";
        named(same, "经济社会发展").target = "经济指标上升，社会发展稳定";
        assertEquals(0, found(hengyangWith2022(same), "TARGET_DIFFERS_FROM_DECLARATION").size());
    }

    @Test
    void amountAcrossForms() {
        Unit u = year(2022, SeedRows.zhengfu2022(), SeedRows.wuye2022(), SeedRows.ducha2022());
        FiscalYear y = u.years.get(0);
        SeedRows.basicData2022(y);
        y.basicData.rows.get(10).projectLineage = y.projects.get(0).lineage;
        y.basicData.rows.get(11).projectLineage = y.projects.get(0).lineage;
        y.report.sections.add(SeedRows.reportProjects());
        List<Finding> f = found(u, "AMOUNT_DIFFERS_ACROSS_FORMS");
        assertEquals(List.of(
                "政府业务经费、政府综合治理工作经费：基础数据表中该项目的本年预算数为169.42万元（“政府业务经费”、“政府综合治理工作经费”合计），与自评表年初预算数207.44万元不一致。",
                "政府业务经费、政府综合治理工作经费：自评表全年执行数207.44万元，基础数据表中该项目的本年决算数为169.42万元（“政府业务经费”、“政府综合治理工作经费”合计），两者应一致。",
                "政府业务经费、政府综合治理工作经费：自评报告“（二）项目支出情况”中写的是169.42万元，与自评表年初预算数207.44万元不一致。",
                "物业管理费：自评表全年执行数196.76万元，基础数据表中该项目的本年决算数为196.89万元，两者应一致。"),
                f.stream().map(Finding::message).toList());
        assertEquals(FieldRef.Kind.REPORT_SECTION, f.get(2).where().kind());
        assertTrue(f.stream().noneMatch(x -> x.project().equals("政务督查经费")), "31.5 everywhere");
    }

    @Test
    void datesReadable() {
        List<Finding> f = found(SeedRows.xiangyin(SeedRows.zhujing2023()), "DATE_UNREADABLE");
        assertEquals(List.of("驻京联络维稳工作组：进度计划“维稳、联络、招商工作经费”的结束时间“2023/1/12月”无法识别，请写成如“2023年12月31日”。"),
                f.stream().map(Finding::message).toList());
        assertEquals("schedule[0].end", f.get(0).where().field());
        assertEquals(0, found(SeedRows.xiangyin(SeedRows.pingan2023()), "DATE_UNREADABLE").size(), "'202301-202312' reads");
    }
}
