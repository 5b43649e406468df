package cn.jixiao.review;

import cn.jixiao.domain.Amount;
import cn.jixiao.domain.BasicDataRow;
import cn.jixiao.domain.CategoryWeight;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Frameworks;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.ReportSection;
import cn.jixiao.domain.ScheduleItem;
import cn.jixiao.domain.Unit;

import java.util.List;

/**
 * Real rows of the seeds, typed in as the forms print them (seed file and line in each method),
 * so each check can be shown failing on the seed's own error and passing once it is corrected.
 */
final class SeedRows {
    private SeedRows() {
    }

    static Indicator row(String category, String subcategory, String name, String target) {
        return new Indicator(category, subcategory, name, target);
    }

    static Indicator scored(String category, String subcategory, String name, String target, String actual, String weight, String score) {
        Indicator i = new Indicator(category, subcategory, name, target);
        i.selfEvaluation.actual = actual;
        i.weight = weight;
        i.selfEvaluation.score = score;
        return i;
    }

    /** 衡阳市人民政府办公室 with 主管部门 set, so unit-level completeness does not get in the way. */
    static Unit hengyang() {
        Unit u = new Unit();
        u.name = "衡阳市人民政府办公室";
        u.supervisingDepartment = "衡阳市人民政府办公室";
        return u;
    }

    /** 000_04: 纪检派驻机构专项经费, 2021 declaration (three 效益 rows without 指标值). */
    static Project jijian2021() {
        Project p = new Project();
        p.name = "纪检派驻机构专项经费";
        p.funds.statedTotal = Amount.of("23.2");
        p.funds.fiscalAppropriation = Amount.of("23.2");
        p.annualGoal = "通过监督与检查，发现问题，整改问题，处理问题";
        p.indicators.addAll(List.of(
                row("产出指标", "数量指标", "检查次数", "不少于5次"),
                row("产出指标", "质量指标", "党风廉政建设考核", "良好以上"),
                row("产出指标", "时效指标", "办案效率", "高效"),
                row("产出指标", "成本指标", "经费开支", "不超年初预算"),
                row("效益指标", "经济效益指标", "反腐倡廉", ""),
                row("效益指标", "社会效益指标", "提高政府公信力", ""),
                row("效益指标", "可持续影响指标", "贯彻执行中央八项规定精神", ""),
                row("效益指标", "社会公众或服务对象满意度指标", "监委", "满意"),
                row("效益指标", "社会公众或服务对象满意度指标", "群众", "满意")));
        return p;
    }

    /** 001_04: 纪检派驻机构专项经费, 2022 self-evaluation; 年度指标值 shifted from 检查次数 down. */
    static Project jijian2022(String lineage) {
        Project p = new Project();
        p.lineage = lineage;
        p.name = "纪检派驻机构专项经费";
        p.implementingUnit = "驻办纪检组";
        selfFunds(p, "20.88", "20.88", "20.88", "100%");
        p.selfEvaluation.expectedOutcome = "通过监督与检查，发现问题、整改问题、处理问题";
        p.selfEvaluation.actualOutcome = "圆满完成";
        p.selfEvaluation.statedTotalScore = "100";
        p.indicators.addAll(List.of(
                scored("产出指标", "数量指标", "检查次数", "良好以上", "95%以上", "15", "15"),
                scored("产出指标", "质量指标", "党风廉政建设考核", "高效", "100%", "15", "15"),
                scored("产出指标", "时效指标", "办案效率", "不超年初预算", "100%", "10", "10"),
                scored("产出指标", "成本指标", "经费开支", "良好以上", "95%以上", "10", "10"),
                scored("效益指标", "经济效益指标", "反腐倡廉", "监督检查范围", "95%以上", "10", "10"),
                scored("效益指标", "生态效益指标", "环保节约", "解决生态问题", "95%以上", "10", "10"),
                scored("效益指标", "可持续影响指标", "贯彻执行中央八项规定精神", "严格制度建设", "95%以上", "10", "10"),
                scored("满意度指标", "服务对象满意度指标", "纪委监委", "满意", "95%以上", "5", "5"),
                scored("满意度指标", "服务对象满意度指标", "群众", "满意", "95%以上", "5", "5")));
        weights(p);
        return p;
    }

    /** 001_12: 政务督查经费, 2022 self-evaluation; 当年财政拨款 全年执行数 '31..5'. */
    static Project ducha2022() {
        Project p = new Project();
        p.name = "政务督查经费";
        p.implementingUnit = "督查室";
        selfFunds(p, "31.5", "31.5", "31.5", "100%");
        p.selfEvaluation.funds.fiscalInitial = Amount.of("31.5");
        p.selfEvaluation.funds.fiscalAdjusted = Amount.of("31.5");
        p.selfEvaluation.funds.fiscalExecuted = Amount.of("31..5");
        p.selfEvaluation.expectedOutcome = "对市政府决策事项，督促检查落实到位";
        p.selfEvaluation.statedTotalScore = "100";
        p.indicators.addAll(List.of(
                scored("产出指标", "数量指标", "督查次数", "不少于20次", "100%", "15", "15"),
                scored("产出指标", "质量指标", "交办与督办", "有交必办、有办必果、有果必复", "100%", "15", "15"),
                scored("产出指标", "时效指标", "时间节点", "在规定时间节点内完成，超过节点扣分", "100%", "10", "10"),
                scored("产出指标", "成本指标", "经费开支", "不超过年初预算", "100%", "10", "10"),
                scored("效益指标", "经济效益指标", "生活水平", "通过督查督办，落实各项政策", "100%", "10", "10"),
                scored("效益指标", "生态效益指标", "保护环境", "完成环保工作任务", "100%", "10", "10"),
                scored("效益指标", "可持续影响指标", "经济社会发展", "经济指标上升", "100%", "10", "10"),
                scored("满意度指标", "服务对象满意度指标", "上级部门", "满意", "100%", "5", "5"),
                scored("满意度指标", "服务对象满意度指标", "政府", "满意", "100%", "5", "5")));
        weights(p);
        return p;
    }

    /**
     * 001_06: 其他补助经费…, 2022 self-evaluation. The form merges the 产出 and 效益 cells, so
     * all five rows print under one 一级 cell reading '产出指标(50分) 效益指标（30分）'; read as
     * printed, every row is under 产出指标 and 可持续影响 alone carries 30 points.
     */
    static Project qita2022() {
        Project p = new Project();
        p.name = "其他补助经费机关大院改造及设备购置及防空办优化办经费";
        p.implementingUnit = "组织人事科";
        selfFunds(p, "16.87", "418.45", "418.45", "248.04%");
        p.selfEvaluation.funds.fiscalInitial = Amount.of("16.87");
        p.selfEvaluation.funds.fiscalAdjusted = Amount.of("418.45");
        p.selfEvaluation.funds.fiscalExecuted = Amount.of("418.45");
        p.selfEvaluation.expectedOutcome = "确保工作开展顺畅";
        p.selfEvaluation.statedTotalScore = "100";
        p.indicators.addAll(List.of(
                scored("产出指标", "数量指标", "人数", "4人", "100%", "15", "15"),
                scored("产出指标", "质量指标", "对临聘人员考核", "合格", "100%", "15", "15"),
                scored("产出指标", "时效指标", "到岗率", "100%", "100%", "10", "10"),
                scored("产出指标", "成本指标", "工资", "工资总额不超过年初预算", "100%", "10", "10"),
                scored("产出指标", "可持续影响指标", "后勤保障", "保障工作开展顺畅", "100%", "30", "30"),
                scored("满意度指标", "服务对象满意度指标", "政府工作人员", "满意", "100%", "5", "5"),
                scored("满意度指标", "服务对象满意度指标", "社会公众", "满意", "100%", "5", "5")));
        weights(p);
        return p;
    }

    /** 001_10: 政府业务经费、政府综合治理工作经费: 年初预算数 207.44 (the 基础数据表 and the report say 169.42). */
    static Project zhengfu2022() {
        Project p = new Project();
        p.name = "政府业务经费、政府综合治理工作经费";
        selfFunds(p, "207.44", "207.44", "207.44", "100%");
        return p;
    }

    /** 001_07: 物业管理费: 全年执行数 196.76 (the 基础数据表's 本年决算数 is 196.89); 执行率 stated against 年初预算数. */
    static Project wuye2022() {
        Project p = new Project();
        p.name = "物业管理费";
        selfFunds(p, "134.3", "196.76", "196.76", "146.5%");
        return p;
    }

    private static void selfFunds(Project p, String initial, String adjusted, String executed, String rate) {
        p.selfEvaluation.started = true;
        p.selfEvaluation.funds.initialBudget = Amount.of(initial);
        p.selfEvaluation.funds.adjustedBudget = Amount.of(adjusted);
        p.selfEvaluation.funds.executed = Amount.of(executed);
        p.selfEvaluation.funds.weight = "10";
        p.selfEvaluation.funds.statedExecutionRate = rate;
        p.selfEvaluation.funds.statedScore = "10";
    }

    private static void weights(Project p) {
        p.categoryWeights.add(new CategoryWeight("产出指标", "50"));
        p.categoryWeights.add(new CategoryWeight("效益指标", "30"));
        p.categoryWeights.add(new CategoryWeight("满意度指标", "10"));
    }

    /** 001_basic: the 基础数据表 of 2022, project rows linked by label. */
    static void basicData2022(FiscalYear y) {
        y.basicData.authorizedStaff = "121";
        y.basicData.actualStaff = "115";
        y.basicData.statedControlRate = "95.04%";
        y.basicData.rows.addAll(List.of(
                bd("basic", "一、部门基本支出", "3393.90", "1839.57", "3443.65"),
                bd("public", "其中：公用经费", "629.56", "492.46", "387.65"),
                bd("three-public", "三公经费", "137.78", "146.5", "99.33"),
                bd("vehicle", "1、公务用车购置和维护经费", "104.11", "98.5", "97.69"),
                bd("vehicle-purchase", "其中：公交车购置", "46.58", "", "37.55"),
                bd("vehicle-running", "公交车运行维护", "57.53", "98.5", "60.14"),
                bd("overseas", "2、出国经费", "0", "0", "0"),
                bd("reception", "3、公务接待", "33.67", "48", "1.64"),
                bd("project-total", "二、部门项目支出", "", "", ""),
                bd("category", "1、业务工作专项(一个项目一行)", "", "", ""),
                bd("project", "政府业务经费", "140", "131.4", "131.4"),
                bd("project", "政府综合治理工作经费", "42", "38.02", "38.02"),
                bd("project", "政务督查经费", "25", "31.5", "31.5"),
                bd("category", "2、运行维护专项(一个项目一行)", "", "", ""),
                bd("project", "物业管理费", "134.3", "134.3", "196.89"),
                bd("procurement", "政府采购金额", "179.78", "296", "193.61")));
    }

    static BasicDataRow bd(String kind, String label, String last, String budget, String fin) {
        BasicDataRow r = new BasicDataRow(kind, label);
        r.lastYearFinal = Amount.of(last);
        r.thisYearBudget = Amount.of(budget);
        r.thisYearFinal = Amount.of(fin);
        return r;
    }

    /** 001_report, section 二（二）: the 项目支出 sentence naming each project's 年初预算. */
    static ReportSection reportProjects() {
        ReportSection s = new ReportSection();
        s.number = "（二）";
        s.title = "项目支出情况";
        s.text = "2022年初项目支出预算总收入和总支出为838.14万元，其中：大院保安转辅警经费152.5万元，大院维护费、会务中心维护费81万元，"
                + "机要工作经费27万元，纪检派驻机构专项经费20.88万元，其他补助经费16.87万元，水电补助112.5万元，物业管理费134.3万元，"
                + "县市区长会议经费18万元，电视电话会议支出20.17万元，信访工作经费、应急管理工作经费49.5万元，"
                + "政府业务经费、政府综合治理工作经费169.42万元，政务督查经费31.5万元，综合调研经费4.5万元。";
        return s;
    }

    /** 004_01: 驻京联络维稳工作组 (湘阴 2023): end date '2023/1/12月'; '≥98' without a unit. */
    static Project zhujing2023() {
        Project p = new Project();
        p.name = "驻京联络维稳工作组";
        p.supervisingDepartment = "县政府办";
        p.startEnd = "2023年1月-12月";
        p.funds.statedTotal = Amount.of("50");
        p.funds.countyThisYear = Amount.of("50");
        p.funds.lastYearStatedTotal = Amount.of("68");
        p.funds.countyLastYear = Amount.of("68");
        ScheduleItem s = new ScheduleItem();
        s.content = "维稳、联络、招商工作经费";
        s.start = "2023年1月1日";
        s.end = "2023/1/12月";
        p.schedule.add(s);
        p.annualGoal = "为加强驻京维稳、联络、招商工作的顺利开展，保障工作经费的正常开展。";
        p.indicators.addAll(List.of(
                row("产出指标", "数量指标", "保障驻京工作顺利开展", "保障工作"),
                row("产出指标", "质量指标", "扎实做好驻京工作", "≥98"),
                row("产出指标", "时效指标", "确实有效完成工作职责", "2023年1-12月"),
                row("产出指标", "成本指标", "财政预算指标内完成", ""),
                row("效益指标", "社会效益", "加强乡友联络", "≥97"),
                row("效益指标", "可持续影响", "协调有效的驻京工作开展", "≥98"),
                row("效益指标", "服务对象满意度", "1、信访人员2、在京乡友", "≥98")));
        return p;
    }

    /** 004_02: 湘阴县平安城市及雪亮工程项目工作协调经费: '15万' in the 万元 columns. */
    static Project pingan2023() {
        Project p = new Project();
        p.name = "湘阴县平安城市及雪亮工程项目工作协调经费";
        p.supervisingDepartment = "湘阴县政府办";
        p.startEnd = "202301-202312";
        p.funds.statedTotal = Amount.of("15万");
        p.funds.countyThisYear = Amount.of("15万");
        p.funds.lastYearStatedTotal = Amount.of("15万");
        p.funds.countyLastYear = Amount.of("15万");
        p.annualGoal = "确保平安城市及雪亮工程项目运管正常";
        p.indicators.addAll(List.of(
                row("产出指标", "数量指标", "交流学习次数", "≥5次"),
                row("产出指标", "数量指标", "协调单位数量", "18家"),
                row("产出指标", "质量指标", "符合国家平安城市技术规范要求", "99%"),
                row("产出指标", "时效指标", "满足2023年民生工程建设时限要求", "99%"),
                row("产出指标", "成本指标", "控制在预算内", "≤15万元"),
                row("效益指标", "社会效益", "确保县乡两级平安管理", "有效确保"),
                row("效益指标", "可持续影响", "确保平安城市管理工作顺利进行", "有效确保"),
                row("效益指标", "服务对象满意度", "人民群众满意度", "98%")));
        return p;
    }

    static Unit xiangyin(Project... projects) {
        Unit u = new Unit();
        u.name = "湘阴县人民政府办公室";
        FiscalYear y = u.yearOrCreate(2023);
        y.frameworkId = Frameworks.XIANGYIN_2023;
        y.projects.addAll(List.of(projects));
        return u;
    }

    /** 002_overall: the 部门整体 row 成本控制 whose rule awards 20 of its 10 points. */
    static Indicator agencyCostControl() {
        Indicator i = row("成本指标", "经济成本指标", "成本控制", "2024年预算");
        i.targetContent = "成本控制在预算范围内";
        i.scoringRule = "该指标分值为10分，预算成本控制在年度预算范围以内计20分，每超过10%扣1分，扣完为止。";
        i.unitOfMeasure = "万元";
        i.comparator = "定性";
        return i;
    }

    /** 002_projects: 公车管理, 分值 20 but its formula multiplies by 10. */
    static Indicator agencyCarManagement() {
        Indicator i = row("产出指标", "数量指标", "公车管理", "501");
        i.scoringRule = "该指标分值为20分，完成率小于60%为不及格，不得分；大于等于60%，按超过的比重赋分，计算公式为：得分=（实际完成率-60%）/（1-60%）*10，完成率=实际完成值/指标值*100%";
        i.unitOfMeasure = "台";
        i.comparator = "=";
        return i;
    }
}
