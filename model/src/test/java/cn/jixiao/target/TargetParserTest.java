package cn.jixiao.target;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TargetParserTest {
    /**
     * Every non-empty 指标值 printed in the five seeds (000 衡阳2021 declarations, 001 衡阳2022
     * self-evaluations, 002 机关事务局 wide tables, 003 怀远, 004 湘阴), read as a person reads it.
     * Columns: seed | text | kind | comparator (* = assumed for a bare quantity, - = none) |
     * value | unit | deadline, or 'ceiling' for a budget limit without a number.
     */
    static final String SEED_TARGETS = """
            000 | 100% | quantitative | =* | 100 | % | -
            000 | 100%完成民生重点实事项目 | quantitative | =* | 100 | % | -
            000 | 1年以上 | quantitative | ≥ | 1 | 年 | -
            000 | 20篇以上 | quantitative | ≥ | 20 | 篇 | -
            000 | 30人 | quantitative | =* | 30 | 人 | -
            000 | 4人 | quantitative | =* | 4 | 人 | -
            000 | 8小时 | quantitative | =* | 8 | 小时 | -
            000 | 不少于20次 | quantitative | ≥ | 20 | 次 | -
            000 | 不少于5次 | quantitative | ≥ | 5 | 次 | -
            000 | 不断增强人民群众获得感、幸福感、安全感 | qualitative | - | - | - | -
            000 | 不浪费资源 | qualitative | - | - | - | -
            000 | 不能影响正常工作 | qualitative | - | - | - | -
            000 | 不超年初预算 | qualitative | ≤ | - | - | ceiling
            000 | 不超过134.3万元 | quantitative | ≤ | 134.3 | 万元 | -
            000 | 不超过年初预算 | qualitative | ≤ | - | - | ceiling
            000 | 不高于3800元 | quantitative | ≤ | 3800 | 元 | -
            000 | 为正常工作和正常会务奠定物质基础 | qualitative | - | - | - | -
            000 | 为群众排忧解难 | qualitative | - | - | - | -
            000 | 为衡阳市经济社会发展保驾护航 | qualitative | - | - | - | -
            000 | 会务中心5666平方米，大院67931平方米 | qualitative | - | - | - | -
            000 | 促进经济社会发展 | qualitative | - | - | - | -
            000 | 保持省级文明单位 | qualitative | - | - | - | -
            000 | 保障8小时工作时间 | qualitative | - | - | - | -
            000 | 保障工作开展顺畅 | qualitative | - | - | - | -
            000 | 做好突出环境问题整改工作 | qualitative | - | - | - | -
            000 | 准时 | qualitative | - | - | - | -
            000 | 减少 | qualitative | - | - | - | -
            000 | 减少漏水漏电事故，并及时维修 | qualitative | - | - | - | -
            000 | 加大对环境保护方面的信访事件和应急事件处置 | qualitative | - | - | - | -
            000 | 厉行节约 | qualitative | - | - | - | -
            000 | 及时 | qualitative | - | - | - | -
            000 | 及时高效 | qualitative | - | - | - | -
            000 | 合格 | qualitative | - | - | - | -
            000 | 后勤保障能力不断提升 | qualitative | - | - | - | -
            000 | 在实施“三高四新”战略中走在前、当主力 | qualitative | - | - | - | -
            000 | 在规定时间节点内完成，超过节点扣分 | qualitative | - | - | - | -
            000 | 基本满意 | qualitative | - | - | - | -
            000 | 基本稳定 | qualitative | - | - | - | -
            000 | 多出精品调研文章 | qualitative | - | - | - | -
            000 | 多家公司报价，在保障质量的同时选择最低价 | qualitative | - | - | - | -
            000 | 完成环保工作任务 | qualitative | - | - | - | -
            000 | 定期检修 | qualitative | - | - | - | -
            000 | 少开会，开短会 | qualitative | - | - | - | -
            000 | 尽量进行维修，购置率占比少 | qualitative | - | - | - | -
            000 | 工资总额不超过年初预算 | qualitative | ≤ | - | - | ceiling
            000 | 开源节流，厉行节约 | qualitative | - | - | - | -
            000 | 成功举办全市大型会议和活动3次以上 | quantitative | ≥ | 3 | 次 | -
            000 | 所有机要保密文件 | qualitative | - | - | - | -
            000 | 打造优良的机要工作队伍 | qualitative | - | - | - | -
            000 | 按国网供电公司和自来水公司定价 | qualitative | - | - | - | -
            000 | 控制在年度预算范围内 | qualitative | ≤ | - | - | ceiling
            000 | 提高物业管理费资金使用效益和管理水平 | qualitative | - | - | - | -
            000 | 收发、传阅、归档文件零差错 | qualitative | - | - | - | -
            000 | 整个市政府机关大院 | qualitative | - | - | - | -
            000 | 文件不能丢失，呈送不能滞后，传达不能推迟 | qualitative | - | - | - | -
            000 | 文件纸张不浪费 | qualitative | - | - | - | -
            000 | 方便快捷 | qualitative | - | - | - | -
            000 | 既方便群众办事，又保障大院安全 | qualitative | - | - | - | -
            000 | 有交必办、有办必果、有果必复 | qualitative | - | - | - | -
            000 | 来访必接待，来信必回复，处理好所有应急事件 | qualitative | - | - | - | -
            000 | 树立政府良好形象 | qualitative | - | - | - | -
            000 | 根据2021年工作情况确定 | qualitative | - | - | - | -
            000 | 每月不超过10万 | quantitative | ≤ | 10 | 万 | -
            000 | 满意 | qualitative | - | - | - | -
            000 | 着力建设现代产业强市 | qualitative | - | - | - | -
            000 | 确保机关服务不断改进 | qualitative | - | - | - | -
            000 | 稳中求进 | qualitative | - | - | - | -
            000 | 稳定有序，不影响工作 | qualitative | - | - | - | -
            000 | 符合上级规定，满足工作需求 | qualitative | - | - | - | -
            000 | 经济指标上升，社会发展稳定 | qualitative | - | - | - | -
            000 | 维护群众切身利益 | qualitative | - | - | - | -
            000 | 良好 | qualitative | - | - | - | -
            000 | 良好以上 | qualitative | - | - | - | -
            000 | 解决全市重点难点问题 | qualitative | - | - | - | -
            000 | 解决污染防治攻坚战中存在的问题 | qualitative | - | - | - | -
            000 | 调研时间不少于60天 | quantitative | ≥ | 60 | 天 | -
            000 | 财产物品不丢失不损坏 | qualitative | - | - | - | -
            000 | 资金使用不断优化 | qualitative | - | - | - | -
            000 | 通过督查督办，落实各项政策，提高居民收入 | qualitative | - | - | - | -
            000 | 通过调研，推动解决影响社会民生的实际问题 | qualitative | - | - | - | -
            000 | 重点破解优化营商环境问题 | qualitative | - | - | - | -
            000 | 高效 | qualitative | - | - | - | -
            001 | 30次以上 | quantitative | ≥ | 30 | 次 | -
            001 | 5次以上 | quantitative | ≥ | 5 | 次 | -
            001 | 不断增强人民群众获得感、幸福感 | qualitative | - | - | - | -
            001 | 不超预算 | qualitative | ≤ | - | - | ceiling
            001 | 严格制度建设 | qualitative | - | - | - | -
            001 | 举办全市活动3次以上 | quantitative | ≥ | 3 | 次 | -
            001 | 保护率95%以上 | quantitative | ≥ | 95 | % | -
            001 | 及时办理 | qualitative | - | - | - | -
            001 | 可持续影响 | qualitative | - | - | - | -
            001 | 在实施“三高四新”战略中走在前，当主力 | qualitative | - | - | - | -
            001 | 基本完成各项经济指标 | qualitative | - | - | - | -
            001 | 多家公司报价比较 | qualitative | - | - | - | -
            001 | 推动解决影响社会民生的实际问题 | qualitative | - | - | - | -
            001 | 提高物业管理资金使用效益 | qualitative | - | - | - | -
            001 | 改进率95%以上 | quantitative | ≥ | 95 | % | -
            001 | 效果显著 | qualitative | - | - | - | -
            001 | 既方便群众办事 | qualitative | - | - | - | -
            001 | 时间不少于60天 | quantitative | ≥ | 60 | 天 | -
            001 | 监督检查范围 | qualitative | - | - | - | -
            001 | 符合上级规定 | qualitative | - | - | - | -
            001 | 经济指标上升 | qualitative | - | - | - | -
            001 | 解决生态问题 | qualitative | - | - | - | -
            001 | 通过督查督办，落实各项政策 | qualitative | - | - | - | -
            002 | 10套 | quantitative | =* | 10 | 套 | -
            002 | 1577个 | quantitative | =* | 1577 | 个 | -
            002 | 17万元 | quantitative | =* | 17 | 万元 | -
            002 | 1965家 | quantitative | =* | 1965 | 家 | -
            002 | 1965家单位 | quantitative | =* | 1965 | 家单位 | -
            002 | 200家单位 | quantitative | =* | 200 | 家单位 | -
            002 | 2024年12月前 | date | ≤ | - | - | 2024-12
            002 | 2024年预算 | qualitative | ≤ | - | - | ceiling
            002 | 501 | quantitative | =* | 501 | - | -
            002 | 501台 | quantitative | =* | 501 | 台 | -
            002 | 57.6万元 | quantitative | =* | 57.6 | 万元 | -
            002 | 76万元 | quantitative | =* | 76 | 万元 | -
            002 | 95% | quantitative | =* | 95 | % | -
            002 | 下降 | qualitative | - | - | - | -
            002 | 优化 | qualitative | - | - | - | -
            002 | 完整 | qualitative | - | - | - | -
            002 | 持续 | qualitative | - | - | - | -
            002 | 提升 | qualitative | - | - | - | -
            002 | 无遗失损坏 | qualitative | - | - | - | -
            002 | 无错漏 | qualitative | - | - | - | -
            002 | 有效 | qualitative | - | - | - | -
            002 | 服务 | qualitative | - | - | - | -
            002 | 检查 | qualitative | - | - | - | -
            002 | 稳定 | qualitative | - | - | - | -
            002 | 管理 | qualitative | - | - | - | -
            002 | 规范 | qualitative | - | - | - | -
            002 | 降低 | qualitative | - | - | - | -
            003 | 105.2万元 | quantitative | =* | 105.2 | 万元 | -
            003 | 1套 | quantitative | =* | 1 | 套 | -
            003 | 27家 | quantitative | =* | 27 | 家 | -
            003 | 2套 | quantitative | =* | 2 | 套 | -
            003 | 2次 | quantitative | =* | 2 | 次 | -
            003 | 365天 | quantitative | =* | 365 | 天 | -
            003 | 85家 | quantitative | =* | 85 | 家 | -
            003 | ≤100% | quantitative | ≤ | 100 | % | -
            003 | ≤113.68万元 | quantitative | ≤ | 113.68 | 万元 | -
            003 | ≤131万元 | quantitative | ≤ | 131 | 万元 | -
            003 | ≤34.6万元 | quantitative | ≤ | 34.6 | 万元 | -
            003 | ≥100% | quantitative | ≥ | 100 | % | -
            003 | ≥10000位次 | quantitative | ≥ | 10000 | 位次 | -
            003 | ≥18人次 | quantitative | ≥ | 18 | 人次 | -
            003 | ≥1个 | quantitative | ≥ | 1 | 个 | -
            003 | ≥1人 | quantitative | ≥ | 1 | 人 | -
            003 | ≥220家 | quantitative | ≥ | 220 | 家 | -
            003 | ≥30个 | quantitative | ≥ | 30 | 个 | -
            003 | ≥4次 | quantitative | ≥ | 4 | 次 | -
            003 | ≥50人 | quantitative | ≥ | 50 | 人 | -
            003 | ≥60次 | quantitative | ≥ | 60 | 次 | -
            003 | ≥6人 | quantitative | ≥ | 6 | 人 | -
            003 | ≥95% | quantitative | ≥ | 95 | % | -
            003 | ≥99% | quantitative | ≥ | 99 | % | -
            003 | 不适用 | qualitative | - | - | - | -
            003 | 合规 | qualitative | - | - | - | -
            003 | 平稳有序进行 | qualitative | - | - | - | -
            003 | 成效明显 | qualitative | - | - | - | -
            003 | 成效显著 | qualitative | - | - | - | -
            003 | 效果明显 | qualitative | - | - | - | -
            003 | 是 | qualitative | - | - | - | -
            003 | 显著提升 | qualitative | - | - | - | -
            003 | 显著提高 | qualitative | - | - | - | -
            003 | 稳步上升 | qualitative | - | - | - | -
            003 | 稳步提升 | qualitative | - | - | - | -
            003 | 达标 | qualitative | - | - | - | -
            003 | 项目不适用 | qualitative | - | - | - | -
            003 | 食宿经费 | qualitative | - | - | - | -
            004 | 18家 | quantitative | =* | 18 | 家 | -
            004 | 2023年1-12月 | date | ≤ | - | - | 2023-12
            004 | 2023年12月 | date | ≤ | - | - | 2023-12
            004 | 2023年12月31日前 | date | ≤ | - | - | 2023-12-31
            004 | 2023年1月—12月 | date | ≤ | - | - | 2023-12
            004 | 220次 | quantitative | =* | 220 | 次 | -
            004 | 28个 | quantitative | =* | 28 | 个 | -
            004 | 30% | quantitative | =* | 30 | % | -
            004 | 35个 | quantitative | =* | 35 | 个 | -
            004 | 6个 | quantitative | =* | 6 | 个 | -
            004 | 780件 | quantitative | =* | 780 | 件 | -
            004 | 90次 | quantitative | =* | 90 | 次 | -
            004 | 98% | quantitative | =* | 98 | % | -
            004 | 99% | quantitative | =* | 99 | % | -
            004 | ≤120万元 | quantitative | ≤ | 120 | 万元 | -
            004 | ≤15万元 | quantitative | ≤ | 15 | 万元 | -
            004 | ≤20万元 | quantitative | ≤ | 20 | 万元 | -
            004 | ≤65万元 | quantitative | ≤ | 65 | 万元 | -
            004 | ≥5次 | quantitative | ≥ | 5 | 次 | -
            004 | ≥97 | quantitative | ≥ | 97 | - | -
            004 | ≥97% | quantitative | ≥ | 97 | % | -
            004 | ≥98 | quantitative | ≥ | 98 | - | -
            004 | ≥98% | quantitative | ≥ | 98 | % | -
            004 | 促进作用 | qualitative | - | - | - | -
            004 | 保障工作 | qualitative | - | - | - | -
            004 | 全县35个重点单位涉及营商环境工作，全年开展好营商环境优化工作。 | qualitative | - | - | - | -
            004 | 办事便捷 | qualitative | - | - | - | -
            004 | 及时有效 | qualitative | - | - | - | -
            004 | 已确保 | qualitative | - | - | - | -
            004 | 有效促进 | qualitative | - | - | - | -
            004 | 有效确保 | qualitative | - | - | - | -
            004 | 省时省力、舒心暖心 | qualitative | - | - | - | -
            004 | 确保优化营商环境重点任务取得成效。 | qualitative | - | - | - | -
            004 | 长期有效 | qualitative | - | - | - | -
            """;

    @Test
    void everySeedTargetReadsAsAPersonReadsIt() {
        List<String> wrong = new ArrayList<>();
        int rows = 0;
        for (String line : SEED_TARGETS.strip().split("\n")) {
            String[] c = line.strip().split(" \\| ", -1);
            assertEquals(7, c.length, line);
            rows++;
            TargetValue t = TargetParser.parse(c[1]);
            String got = describe(t);
            String expected = String.join(" | ", c[2], c[3], c[4], c[5], c[6]);
            if (!got.equals(expected)) {
                wrong.add(c[0] + " “" + c[1] + "”: expected " + expected + ", got " + got);
            }
        }
        assertTrue(rows > 200, "the table lists the seeds' targets");
        assertEquals(List.of(), wrong);
    }

    static String describe(TargetValue t) {
        String comparator = t.comparator() == null ? "-" : t.comparator().symbol() + (t.comparatorWritten() ? "" : "*");
        String extra = t.budgetCeiling() ? "ceiling" : t.deadline() == null ? "-" : t.deadline().iso();
        return String.join(" | ", t.kind().code(), comparator,
                t.value() == null ? "-" : t.value().toPlainString(), t.unit().isEmpty() ? "-" : t.unit(), extra);
    }

    @Test
    void theCommonWordingsOfTheForms() {
        assertEquals("quantitative | ≥ | 95 | % | -", describe(TargetParser.parse("≥95%")));
        assertEquals("quantitative | ≤ | 131 | 万元 | -", describe(TargetParser.parse("≤131万元")));
        assertEquals("quantitative | ≥ | 20 | 次 | -", describe(TargetParser.parse("不少于20次")));
        assertEquals("quantitative | ≥ | 30 | 次 | -", describe(TargetParser.parse("30次以上")));
        assertEquals("quantitative | ≤ | 3800 | 元 | -", describe(TargetParser.parse("不高于3800元")));
        assertEquals("quantitative | ≤ | 10 | 万 | -", describe(TargetParser.parse("每月不超过10万")));
        assertEquals("quantitative | ≥ | 95 | % | -", describe(TargetParser.parse("95%以上")));
        assertEquals("quantitative | ≥ | 95 | % | -", describe(TargetParser.parse("满意度95%（含）以上")));
        assertEquals("quantitative | ≥ | 98 | - | -", describe(TargetParser.parse("≥98")));
        assertEquals("quantitative | > | 5 | 次 | -", describe(TargetParser.parse("超过5次")));
        assertEquals("quantitative | < | 2 | % | -", describe(TargetParser.parse("差错率低于2%")));
        assertEquals("quantitative | ≤ | 57.6 | 万元 | -", describe(TargetParser.parse("控制在57.6万元以内")));
        assertEquals("quantitative | =* | 1000 | 人 | -", describe(TargetParser.parse("1,000人")));
        assertEquals("date | ≤ | - | - | 2024-12", describe(TargetParser.parse("2024年12月前")));
        assertEquals("date | ≤ | - | - | 2023-12", describe(TargetParser.parse("2023年1-12月")));
        assertEquals("date | ≤ | - | - | 2023-12-31", describe(TargetParser.parse("2023年12月31日前")));
        assertEquals("date | ≤ | - | - | 2024-12", describe(TargetParser.parse("2024年底前")));
        assertEquals("date | ≤ | - | - | 2024-06-30", describe(TargetParser.parse("2024-06-30")));
        assertEquals("qualitative | ≤ | - | - | ceiling", describe(TargetParser.parse("控制在预算内")));
        assertEquals("qualitative | ≤ | - | - | ceiling", describe(TargetParser.parse("不超年初预算")));
        assertEquals("qualitative | ≤ | - | - | ceiling", describe(TargetParser.parse("不超预算")));
        assertEquals("qualitative | - | - | - | -", describe(TargetParser.parse("成效显著")));
        assertEquals("qualitative | - | - | - | -", describe(TargetParser.parse("1年以上的2次")));
    }

    /**
     * '2023.1' is a month on real forms; '1900.01' or '2677.71' is a figure: a period names a year a
     * budget can have (TargetParser.FIRST_YEAR to LAST_YEAR), else the text is a number.
     */
    @Test
    void aPeriodNamesAPlausibleYearElseItIsANumber() {
        assertEquals("date | ≤ | - | - | 2023-01", describe(TargetParser.parse("2023.1")));
        assertEquals("date | ≤ | - | - | 2024-12", describe(TargetParser.parse("2024年底前")));
        assertEquals("quantitative | =* | 1900.01 | - | -", describe(TargetParser.parse("1900.01")));
        assertEquals("quantitative | =* | 1999.12 | - | -", describe(TargetParser.parse("1999.12")));
        assertEquals("quantitative | =* | 2677.1 | - | -", describe(TargetParser.parse("2677.1")));
        assertEquals("date | ≤ | - | - | 2100-12", describe(TargetParser.parse("2100年")));
        assertFalse(TargetParser.parse("1900年").kind() == TargetKind.DATE);
    }

    @Test
    void fullWidthDigitsSignsAndSpacesAreFolded() {
        assertEquals("quantitative | ≥ | 98 | % | -", describe(TargetParser.parse("＞＝９８％")));
        assertEquals("quantitative | ≥ | 95 | % | -", describe(TargetParser.parse(" ≥ 95 ％ ")));
        assertEquals("quantitative | ≥ | 95 | % | -", describe(TargetParser.parse("≧95%")));
        assertEquals("quantitative | ≤ | 131.5 | 万元 | -", describe(TargetParser.parse("≤１３１．５万元")));
        assertEquals("quantitative | ≤ | 20 | 万元 | -", describe(TargetParser.parse("<=20万元")));
        assertEquals("quantitative | > | 10 | 次 | -", describe(TargetParser.parse("＞10次")));
        assertEquals("quantitative | =* | 30 | 人 | -", describe(TargetParser.parse("\u3000３０ 人\u00a0")));
        assertEquals("quantitative | ≥ | 20 | 次 | -", describe(TargetParser.parse("不少于 20 次。")));
        assertEquals("date | ≤ | - | - | 2024-12", describe(TargetParser.parse("２０２４年１２月前")));
        assertEquals("date | ≤ | - | - | 2023-12", describe(TargetParser.parse("2023年1月—12月")));
    }

    @Test
    void aSignBeforeTheNumberIsPartOfIt() {
        // Issue 14: '≥-5%' read as 5, '≥.5' as 5.
        assertEquals("quantitative | ≥ | -5 | % | -", describe(TargetParser.parse("≥-5%")));
        assertEquals("quantitative | ≥ | 0.5 | - | -", describe(TargetParser.parse("≥.5")));
        assertEquals("quantitative | ≤ | -5 | % | -", describe(TargetParser.parse("≤-5%")));
        assertEquals("quantitative | < | -5 | - | -", describe(TargetParser.parse("<-5")));
        assertEquals("quantitative | ≥ | -5 | % | -", describe(TargetParser.parse("不低于-5%")));
        assertEquals("quantitative | ≥ | -5 | % | -", describe(TargetParser.parse("增长率不低于－5%")), "full-width minus");
        assertEquals("quantitative | ≥ | -5 | % | -", describe(TargetParser.parse("≥﹣5%")), "small hyphen-minus");
        assertEquals("quantitative | ≥ | -5 | % | -", describe(TargetParser.parse("≥−5%")), "the minus sign of typesetting");
        assertEquals("quantitative | ≥ | -3.5 | % | -", describe(TargetParser.parse("≥－３．５％")));
        assertEquals("quantitative | =* | -2 | 个百分点 | -", describe(TargetParser.parse("-2个百分点")));
        assertEquals("quantitative | ≥ | -0.5 | % | -", describe(TargetParser.parse("≥-.5%")));
        assertEquals("quantitative | ≥ | 5 | % | -", describe(TargetParser.parse("≥+5%")));
        assertEquals("quantitative | =* | 5 | 次 | -", describe(TargetParser.parse("＋5次")));
        assertEquals("quantitative | =* | 5 | - | -", describe(TargetParser.parse("5.")));
        assertEquals("quantitative | ≥ | 1234.50 | 元 | -", describe(TargetParser.parse("≥1,234.50元")));
        // A dash between two numbers is a range, not a sign: its lower end is what must be reached.
        assertEquals("quantitative | ≥ | 85 | % | -", describe(TargetParser.parse("85%-95%")));
        assertEquals("quantitative | ≥ | 5 | 次 | -", describe(TargetParser.parse("5-10次")));
        // Exponent notation is not how a form writes a number: not read as 1 or 3.
        assertEquals("qualitative | - | - | - | -", describe(TargetParser.parse("1e3")));
    }

    @Test
    void theTypeColumnOfTheWideLayoutFillsInTheDirection() {
        // Rows of seed 002: 指标值 and 指标值类型 as printed.
        assertEquals("quantitative | ≤ | 57.6 | 万元 | -", describe(TargetParser.parse("57.6万元", "≤")));
        assertEquals("quantitative | = | 501 | - | -", describe(TargetParser.parse("501", "=")));
        assertEquals("quantitative | = | 1965 | 家单位 | -", describe(TargetParser.parse("1965家单位", "=")));
        assertEquals("quantitative | = | 95 | % | -", describe(TargetParser.parse("95%", "=")));
        assertEquals("quantitative | ≥ | 95 | % | -", describe(TargetParser.parse("≥95%", "≥")));
        assertEquals("qualitative | - | - | - | -", describe(TargetParser.parse("规范", "定性")));
        assertEquals("date | ≤ | - | - | 2024-12", describe(TargetParser.parse("2024年12月前", "定性")));
        assertEquals("qualitative | - | - | - | -", describe(TargetParser.parse("17万元", "定性")));
        // A direction written in the text is not overruled by the column.
        assertEquals("quantitative | ≥ | 20 | 次 | -", describe(TargetParser.parse("不少于20次", "=")));
        assertEquals("quantitative | ≥ | 95 | % | -", describe(TargetParser.parse("≥95%", "＞＝")));
        assertEquals("quantitative | =* | 30 | 人 | -", describe(TargetParser.parse("30人", "不知道")));
    }

    @Test
    void blankAndMissingTextIsQualitativeAndBlank() {
        for (String s : new String[]{null, "", "  ", "\u3000", "。"}) {
            TargetValue t = TargetParser.parse(s);
            assertEquals(TargetKind.QUALITATIVE, t.kind());
            assertNull(t.value());
            assertNotNull(t.text());
        }
        assertTrue(TargetParser.parse(null).isBlank());
        assertFalse(TargetParser.parse("满意").isBlank());
    }

    @Test
    void tenThousandRandomAndMalformedStringsNeverThrow() {
        String alphabet = "0123456789０１２３４５６７８９.．,，%％‰≥≤＞＜=＝><≧≦-—~年月日前底内以上下不少于超过高低预算控制在万元次人"
                + "（）()【】\u3000 \t\n\u00a0\uD83D\uDE00\u0000\uFFFF\u200b\u0301ａｂｃ abc满意成效显著";
        String[] pieces = {"≥", "不少于", "以上", "年", "月", "日前", "9999999999999999999999999999999999999",
                "2024年13月", "2024年2月30日前", "0年0月", "..5", "1..", "%%", "-", "—", "预算", "控制在", "以内",
                "(含)", "\uD800", "1e10", "NaN", "∞", "½", "²", "١٢٣"};
        Random random = new Random(20240501L);
        for (int i = 0; i < 10_000; i++) {
            StringBuilder b = new StringBuilder();
            int parts = random.nextInt(8);
            for (int p = 0; p < parts; p++) {
                if (random.nextBoolean()) {
                    b.append(pieces[random.nextInt(pieces.length)]);
                } else {
                    int n = random.nextInt(6);
                    for (int k = 0; k < n; k++) {
                        b.append(random.nextInt(10) == 0 ? (char) random.nextInt(0x10000)
                                : alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                }
            }
            String s = b.toString();
            TargetValue t = TargetParser.parse(s);
            assertNotNull(t, s);
            assertEquals(s, t.text());
            switch (t.kind()) {
                case QUANTITATIVE -> {
                    assertNotNull(t.value(), s);
                    assertNotNull(t.comparator(), s);
                    assertTrue(t.value().signum() >= 0 || TextFold.fold(s).contains("-"), "a minus only from the text: " + s);
                }
                case DATE -> assertNotNull(t.deadline().lastDay(), s);
                case QUALITATIVE -> assertNull(t.value(), s);
            }
            assertNotNull(t.describe(), s);
            assertNotNull(TargetParser.parse(s, random.nextBoolean() ? "定性" : "≤"));
        }
    }
}
