package cn.jixiao.sample;

import cn.jixiao.domain.Amount;
import cn.jixiao.domain.CategoryWeight;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Framework;
import cn.jixiao.domain.Frameworks;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Synthetic units of any size for benchmarks, built clean: funds add up, every 一级 is present,
 * targets are quantified with units, weights add to 100 with the funds row, no score above its
 * weight. Review finds nothing in them. The same seed gives the same unit (ids included).
 */
public final class SyntheticUnit {
    private static final String[][] QUANTITIES = {
        {"督查次数", "次", "≥"}, {"培训人次", "人次", "≥"}, {"维修面积", "平方米", "≥"}, {"信息报送篇数", "篇", "≥"},
        {"会议保障场次", "场", "≥"}, {"设备运维台数", "台", "≥"}};

    private SyntheticUnit() {
    }

    public static Unit generate(int projects, int indicatorsPerProject, long seed) {
        Random r = new Random(seed);
        Unit u = new Unit();
        u.id = uuid(r);
        u.name = "示例县人民政府办公室（合成" + projects + "项目）";
        u.code = "900001";
        u.supervisingDepartment = "示例县人民政府";
        u.authorizedStaff = "120";
        u.actualStaff = "112";
        u.formStyle = "huaiyuan-2024";
        u.preparer = "张三";
        u.phone = "0730-1234567";
        FiscalYear fy = u.yearOrCreate(2024);
        fy.frameworkId = Frameworks.STANDARD_2022;
        fy.formStyle = "huaiyuan-2024";
        Framework fw = Frameworks.builtIn(Frameworks.STANDARD_2022).orElseThrow();
        for (int p = 0; p < projects; p++) {
            fy.projects.add(project(r, p, Math.max(indicatorsPerProject, 3), fw));
        }
        return u;
    }

    private static Project project(Random r, int index, int count, Framework fw) {
        Project p = new Project();
        p.id = uuid(r);
        p.lineage = uuid(r);
        p.name = "合成项目" + (index + 1) + "号工作经费";
        p.supervisingDepartment = "示例县人民政府办公室";
        p.implementingUnit = "示例县人民政府办公室";
        p.period = "1年";
        p.startEnd = "2024年1月-2024年12月";
        BigDecimal fiscal = BigDecimal.valueOf(10 + r.nextInt(2000), 1);
        BigDecimal other = BigDecimal.valueOf(r.nextInt(100), 1);
        p.funds.fiscalAppropriation = Amount.of(fiscal);
        p.funds.otherFunds = Amount.of(other);
        p.funds.statedTotal = Amount.of(fiscal.add(other));
        p.annualGoal = "保障第" + (index + 1) + "号工作按期完成，服务对象满意。";
        p.basicDataCategory = index % 3 == 0 ? "运行维护专项" : "业务工作专项";
        // Spread the indicators over every 二级 of the framework, in framework order, so each
        // 一级 is present; the weights split 产出 50 / 效益 30 / 满意度 10.
        List<String[]> slots = new ArrayList<>();
        for (Framework.Category c : fw.categories) {
            for (String s : c.subcategories) {
                slots.add(new String[] {c.name, s});
            }
        }
        List<Indicator> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String[] slot = slots.get(i < slots.size() ? i : r.nextInt(slots.size()));
            list.add(indicator(r, slot[0], slot[1], i));
        }
        list.sort((a, b) -> Integer.compare(order(slots, a), order(slots, b)));
        assignWeights(list, "产出指标", 50);
        assignWeights(list, "效益指标", 30);
        assignWeights(list, "满意度指标", 10);
        p.indicators = list;
        p.categoryWeights.add(new CategoryWeight("产出指标", "50"));
        p.categoryWeights.add(new CategoryWeight("效益指标", "30"));
        p.categoryWeights.add(new CategoryWeight("满意度指标", "10"));
        p.selfEvaluation.funds.weight = "10";
        return p;
    }

    private static int order(List<String[]> slots, Indicator ind) {
        for (int i = 0; i < slots.size(); i++) {
            if (slots.get(i)[0].equals(ind.category) && slots.get(i)[1].equals(ind.subcategory)) {
                return i;
            }
        }
        return slots.size();
    }

    private static Indicator indicator(Random r, String category, String subcategory, int i) {
        Indicator ind = new Indicator();
        ind.id = uuid(r);
        ind.category = category;
        ind.subcategory = subcategory;
        switch (subcategory) {
            case "质量指标" -> set(ind, "任务完成合格率" + (i + 1), "≥95%", "%", "≥");
            case "时效指标" -> set(ind, "按期完成率" + (i + 1), "≥90%", "%", "≥");
            case "成本指标" -> set(ind, "成本控制数" + (i + 1), "≤" + (20 + r.nextInt(200)) + "万元", "万元", "≤");
            case "服务对象满意度指标" -> set(ind, "服务对象满意度" + (i + 1), "≥90%", "%", "≥");
            case "数量指标" -> {
                String[] q = QUANTITIES[r.nextInt(QUANTITIES.length)];
                set(ind, q[0] + (i + 1), q[2] + (5 + r.nextInt(200)) + q[1], q[1], q[2]);
            }
            default -> set(ind, subcategory.replace("指标", "") + "提升率" + (i + 1), "≥" + (5 + r.nextInt(20)) + "%", "%", "≥");
        }
        return ind;
    }

    private static void set(Indicator ind, String name, String target, String unit, String comparator) {
        ind.name = name;
        ind.target = target;
        ind.unitOfMeasure = unit;
        ind.comparator = comparator;
    }

    /** Splits a category's points over its indicators in whole numbers, remainder on the first. */
    private static void assignWeights(List<Indicator> list, String category, int points) {
        List<Indicator> in = list.stream().filter(i -> i.category.equals(category)).toList();
        if (in.isEmpty()) {
            return;
        }
        int each = points / in.size();
        int rest = points - each * in.size();
        for (int i = 0; i < in.size(); i++) {
            in.get(i).weight = BigDecimal.valueOf(each + (i == 0 ? rest : 0)).setScale(0, RoundingMode.UNNECESSARY).toPlainString();
        }
    }

    private static String uuid(Random r) {
        return new UUID(r.nextLong(), r.nextLong()).toString();
    }
}
