package cn.jixiao.documents;

import cn.jixiao.domain.Amount;
import cn.jixiao.domain.ExpenseLine;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;

/** Units typed from the seeds (000: 衡阳市人民政府办公室 2021; 004: 湘阴 2023) for the writer tests. */
final class SeedUnits {
    private SeedUnits() {
    }

    /** 衡阳市人民政府办公室 2021 with 机要工作经费 (000_03) and 纪检派驻机构专项经费 (000_04). */
    static Unit hengyang2021() {
        Unit u = new Unit();
        u.name = "衡阳市人民政府办公室";
        FiscalYear y = u.yearOrCreate(2021);
        y.formStyle = "hengyang-2021";

        Project p = project("机要工作经费", "30", "30", "", "机要工作不出差错、不出漏洞");
        add(p, "产出指标", "数量指标", "工作范围", "所有机要保密文件");
        add(p, "产出指标", "质量指标", "工作质量", "收发、传阅、归档文件零差错");
        add(p, "产出指标", "时效指标", "文件收发与领导批示", "及时高效");
        add(p, "产出指标", "成本指标", "经费开支", "控制在年度预算范围内");
        add(p, "效益指标", "经济效益指标", "工作效率", "文件不能丢失，呈送不能滞后，传达不能推迟");
        add(p, "效益指标", "社会效益指标", "队伍建设", "打造优良的机要工作队伍");
        add(p, "效益指标", "生态效益指标", "节约型政府", "文件纸张不浪费");
        add(p, "效益指标", "可持续影响指标", "基础性工作", "为衡阳市经济社会发展保驾护航");
        add(p, "效益指标", "社会公众或服务对象满意度指标", "省政府", "满意");
        add(p, "效益指标", "社会公众或服务对象满意度指标", "市政府", "满意");
        y.projects.add(p);

        Project q = project("纪检派驻机构专项经费", "23.2", "23.2", "", "通过监督与检查，发现问题，整改问题，处理问题");
        add(q, "产出指标", "数量指标", "检查次数", "不少于5次");
        add(q, "产出指标", "质量指标", "党风廉政建设考核", "良好以上");
        add(q, "产出指标", "时效指标", "办案效率", "高效");
        add(q, "产出指标", "成本指标", "经费开支", "不超年初预算");
        add(q, "效益指标", "经济效益指标", "反腐倡廉", "");
        add(q, "效益指标", "社会效益指标", "提高政府公信力", "");
        add(q, "效益指标", "可持续影响指标", "贯彻执行中央八项规定精神", "");
        add(q, "效益指标", "社会公众或服务对象满意度指标", "监委", "满意");
        add(q, "效益指标", "社会公众或服务对象满意度指标", "群众", "满意");
        y.projects.add(q);
        for (Project x : y.projects) {
            x.signature.preparer = "刘璐";
            x.signature.phone = "8861058";
            x.signature.date = "2021年2月23日";
        }
        return u;
    }

    /** 湘阴县人民政府办公室 2023, 驻京联络维稳工作组 (004_01): expense lines, long goals, an opinion. */
    static Unit xiangyin2023() {
        Unit u = new Unit();
        u.name = "湘阴县人民政府办公室";
        FiscalYear y = u.yearOrCreate(2023);
        Project p = project("驻京联络维稳工作组", "50", "", "",
                "为加强驻京维稳、联络、招商工作的顺利开展，保障工作经费的正常开展。");
        p.longTermGoal = "全年度特护维稳工作期间保持零登记，有效处置化解进京上访人员信访问题，招商引资活动一场，"
                + "招商引资项目一个，联络乡友樟树港辣椒太空培育项目等";
        p.funds.lastYearStatedTotal = Amount.of("68");
        p.expenseLinesLastYearStatedTotal = Amount.of("68");
        p.expenseLinesStatedTotal = Amount.of("50");
        line(p, "1、房租费用", "合同");
        line(p, "2、租车费用", "合同");
        line(p, "3、维稳工作费用", "上年度实际使用情况");
        line(p, "4、招商、联络工作费用", "上年度实际使用情况");
        p.reviewOpinion = "同意申报，请严格按照绩效目标组织实施\n2022年11月28日";
        add(p, "产出指标", "数量指标", "保障驻京工作顺利开展", "保障工作");
        add(p, "产出指标", "质量指标", "扎实做好驻京工作", "≥98");
        add(p, "产出指标", "时效指标", "确实有效完成工作职责", "2023年1-12月");
        add(p, "产出指标", "成本指标", "财政预算指标内完成", "");
        add(p, "效益指标", "经济效益", "无直接经济效益", "");
        add(p, "效益指标", "社会效益", "加强乡友联络", "≥97");
        add(p, "效益指标", "生态效益", "无社会危害", "");
        add(p, "效益指标", "可持续影响", "协调有效的驻京工作开展", "≥98");
        add(p, "效益指标", "服务对象满意度", "1、信访人员2、在京乡友", "≥98");
        y.projects.add(p);
        return u;
    }

    static Project project(String name, String total, String fiscal, String other, String annualGoal) {
        Project p = new Project();
        p.name = name;
        p.funds.statedTotal = Amount.of(total);
        p.funds.fiscalAppropriation = Amount.of(fiscal);
        p.funds.otherFunds = Amount.of(other);
        p.annualGoal = annualGoal;
        return p;
    }

    static void add(Project p, String category, String subcategory, String name, String target) {
        p.indicators.add(new Indicator(category, subcategory, name, target));
    }

    private static void line(Project p, String item, String basis) {
        ExpenseLine e = new ExpenseLine();
        e.item = item;
        e.basis = basis;
        p.expenseLines.add(e);
    }
}
