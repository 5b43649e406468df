package cn.jixiao.target;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static cn.jixiao.target.TargetParserTest.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16, "reading what other units write": every 指标值 of the seeds ({@link TargetParserTest#SEED_TARGETS})
 * and the 实际完成值 of the sample data, plus what other counties write that the seeds do not: compound
 * units ('元/人·月', '人次/月', 'kg/亩'), periods ('2023.1-2023.12', '202301-202312', '1-12月'), limits
 * without a year ('年底前'), Chinese numerals ('不少于两次'), ranges ('90%-95%', '≥90%且≤100%'), the
 * full-width signs and the direction words. Each row says how a person reads it.
 * Columns: source | text | kind | comparator (* = assumed, - = none) | value | unit | deadline
 * ('--12' = December of the form's year), or 'ceiling' for a budget limit without a number.
 */
class TargetReadingTableTest {
    static final String OTHER_UNITS = """
            unit | 3800元/人·月 | quantitative | =* | 3800 | 元/人·月 | -
            unit | 不高于3800元/人·月 | quantitative | ≤ | 3800 | 元/人·月 | -
            unit | ≤150元/平方米 | quantitative | ≤ | 150 | 元/平方米 | -
            unit | 150元/平方米 | quantitative | =* | 150 | 元/平方米 | -
            unit | 不超过2.5元/㎡·月 | quantitative | ≤ | 2.5 | 元/m²·月 | -
            unit | 12元/m2 | quantitative | =* | 12 | 元/m² | -
            unit | ≥200人次/月 | quantitative | ≥ | 200 | 人次/月 | -
            unit | 200人次/月以上 | quantitative | ≥ | 200 | 人次/月 | -
            unit | 不超过35万元/公里 | quantitative | ≤ | 35 | 万元/公里 | -
            unit | ≤35万元/公里 | quantitative | ≤ | 35 | 万元/公里 | -
            unit | 2次/年 | quantitative | =* | 2 | 次/年 | -
            unit | ≥2次/年 | quantitative | ≥ | 2 | 次/年 | -
            unit | 1次/季度 | quantitative | =* | 1 | 次/季度 | -
            unit | 不少于1次/季度 | quantitative | ≥ | 1 | 次/季度 | -
            unit | 300元/人/月 | quantitative | =* | 300 | 元/人/月 | -
            unit | 每人每月300元 | quantitative | =* | 300 | 元 | -
            unit | 300元每人每月 | quantitative | =* | 300 | 元每人每月 | -
            unit | 补助标准300元/人/年 | quantitative | =* | 300 | 元/人/年 | -
            unit | ≥500kg/亩 | quantitative | ≥ | 500 | kg/亩 | -
            unit | 亩产≥500公斤/亩 | quantitative | ≥ | 500 | 公斤/亩 | -
            unit | 1200元/人*年 | quantitative | =* | 1200 | 元/人*年 | -
            unit | 80元/人·天 | quantitative | =* | 80 | 元/人·天 | -
            unit | ≤80元/人·天 | quantitative | ≤ | 80 | 元/人·天 | -
            unit | 不高于450元/人·天 | quantitative | ≤ | 450 | 元/人·天 | -
            unit | 4次/月 | quantitative | =* | 4 | 次/月 | -
            unit | ≥4次/月 | quantitative | ≥ | 4 | 次/月 | -
            unit | 0.5万元/户 | quantitative | =* | 0.5 | 万元/户 | -
            unit | 不低于0.5万元/户 | quantitative | ≥ | 0.5 | 万元/户 | -
            unit | 60元/吨 | quantitative | =* | 60 | 元/吨 | -
            unit | 3.5元/立方米 | quantitative | =* | 3.5 | 元/立方米 | -
            unit | ≤1.2元/千瓦时 | quantitative | ≤ | 1.2 | 元/千瓦时 | -
            unit | 24小时/天 | quantitative | =* | 24 | 小时/天 | -
            unit | 5天/周 | quantitative | =* | 5 | 天/周 | -
            unit | 100元/人次 | quantitative | =* | 100 | 元/人次 | -
            unit | 不超过100元/人次 | quantitative | ≤ | 100 | 元/人次 | -
            unit | 2000元/生·年 | quantitative | =* | 2000 | 元/生·年 | -
            unit | 6000元/名 | quantitative | =* | 6000 | 元/名 | -
            unit | 30元/只 | quantitative | =* | 30 | 元/只 | -
            unit | 260元/m³ | quantitative | =* | 260 | 元/m³ | -
            unit | 15元/平方米·月 | quantitative | =* | 15 | 元/平方米·月 | -
            date | 2023.1-2023.12 | date | ≤ | - | - | 2023-12
            date | 2023.01-2023.12 | date | ≤ | - | - | 2023-12
            date | 2023.01～2023.12 | date | ≤ | - | - | 2023-12
            date | 2023.1~2023.12 | date | ≤ | - | - | 2023-12
            date | 2023年1月--2023年12月 | date | ≤ | - | - | 2023-12
            date | 2023年1月-2023年12月 | date | ≤ | - | - | 2023-12
            date | 2023年1月—2023年12月 | date | ≤ | - | - | 2023-12
            date | 2023年1月至2023年12月 | date | ≤ | - | - | 2023-12
            date | 2023年1月至12月 | date | ≤ | - | - | 2023-12
            date | 2023年1月到12月 | date | ≤ | - | - | 2023-12
            date | 202301-202312 | date | ≤ | - | - | 2023-12
            date | 20230101-20231231 | date | ≤ | - | - | 2023-12-31
            date | 2023/01-2023/12 | date | ≤ | - | - | 2023-12
            date | 2023年3月-2023年11月 | date | ≤ | - | - | 2023-11
            date | 2023年1月1日-2023年12月31日 | date | ≤ | - | - | 2023-12-31
            date | 2023.1.1-2023.12.31 | date | ≤ | - | - | 2023-12-31
            date | 2023年1月1日至12月31日 | date | ≤ | - | - | 2023-12-31
            date | 2024年1-6月 | date | ≤ | - | - | 2024-06
            date | 2024年1月-6月 | date | ≤ | - | - | 2024-06
            date | 2023.3-2024.2 | date | ≤ | - | - | 2024-02
            date | 2023年10月-2024年3月 | date | ≤ | - | - | 2024-03
            date | 1-12月 | date | ≤ | - | - | --12
            date | 1月-12月 | date | ≤ | - | - | --12
            date | 1月至12月 | date | ≤ | - | - | --12
            date | 3-10月 | date | ≤ | - | - | --10
            date | 年底前 | date | ≤ | - | - | --12
            date | 年底前完成 | date | ≤ | - | - | --12
            date | 年内完成 | date | ≤ | - | - | --12
            date | 本年度内 | date | ≤ | - | - | --12
            date | 当年完成 | date | ≤ | - | - | --12
            date | 12月底前 | date | ≤ | - | - | --12
            date | 12月31日前 | date | ≤ | - | - | --12-31
            date | 6月30日前完成 | date | ≤ | - | - | --06-30
            date | 10月底前完成 | date | ≤ | - | - | --10
            date | 2023年12月底前 | date | ≤ | - | - | 2023-12
            date | 2023年底前完成 | date | ≤ | - | - | 2023-12
            date | 2023年12月前完成 | date | ≤ | - | - | 2023-12
            date | 于2023年6月底前完成 | date | ≤ | - | - | 2023-06
            date | 2023年11月30日前 | date | ≤ | - | - | 2023-11-30
            date | 2023年度内 | date | ≤ | - | - | 2023-12
            date | 2023.12.31前 | date | ≤ | - | - | 2023-12-31
            date | 2023-12-31前 | date | ≤ | - | - | 2023-12-31
            date | 截至2023年12月31日 | date | ≤ | - | - | 2023-12-31
            date | 2023.12 | date | ≤ | - | - | 2023-12
            cmp | ≥90% | quantitative | ≥ | 90 | % | -
            cmp | ≥90％ | quantitative | ≥ | 90 | % | -
            cmp | ≥ 90 % | quantitative | ≥ | 90 | % | -
            cmp | >=90% | quantitative | ≥ | 90 | % | -
            cmp | ＞＝90％ | quantitative | ≥ | 90 | % | -
            cmp | ＞90% | quantitative | > | 90 | % | -
            cmp | ＞95％ | quantitative | > | 95 | % | -
            cmp | ＜5% | quantitative | < | 5 | % | -
            cmp | ≤5% | quantitative | ≤ | 5 | % | -
            cmp | ≦5% | quantitative | ≤ | 5 | % | -
            cmp | ≤ 5 ％ | quantitative | ≤ | 5 | % | -
            cmp | 不低于90% | quantitative | ≥ | 90 | % | -
            cmp | 不低于90％ | quantitative | ≥ | 90 | % | -
            cmp | 满意度不低于90% | quantitative | ≥ | 90 | % | -
            cmp | 群众满意度≥90% | quantitative | ≥ | 90 | % | -
            cmp | 合格率100% | quantitative | =* | 100 | % | -
            cmp | 验收合格率≥95% | quantitative | ≥ | 95 | % | -
            cmp | 不高于5% | quantitative | ≤ | 5 | % | -
            cmp | 不超过5% | quantitative | ≤ | 5 | % | -
            cmp | 差错率不超过1% | quantitative | ≤ | 1 | % | -
            cmp | 90%以上 | quantitative | ≥ | 90 | % | -
            cmp | 90％以上 | quantitative | ≥ | 90 | % | -
            cmp | 90%及以上 | quantitative | ≥ | 90 | % | -
            cmp | 90%（含）以上 | quantitative | ≥ | 90 | % | -
            cmp | 5%以内 | quantitative | ≤ | 5 | % | -
            cmp | 5%以下 | quantitative | ≤ | 5 | % | -
            cmp | 3%及以下 | quantitative | ≤ | 3 | % | -
            cmp | 100%（含） | quantitative | ≥ | 100 | % | -
            cmp | ≥90%（含） | quantitative | ≥ | 90 | % | -
            cmp | 95%左右 | quantitative | =* | 95 | % | -
            cmp | 约95% | quantitative | =* | 95 | % | -
            cmp | 约200人 | quantitative | =* | 200 | 人 | -
            cmp | 200人左右 | quantitative | =* | 200 | 人 | -
            cmp | 不少于200人 | quantitative | ≥ | 200 | 人 | -
            cmp | 至少3次 | quantitative | ≥ | 3 | 次 | -
            cmp | 大于等于3次 | quantitative | ≥ | 3 | 次 | -
            cmp | 小于等于3天 | quantitative | ≤ | 3 | 天 | -
            cmp | 不多于3次 | quantitative | ≤ | 3 | 次 | -
            cmp | 3个工作日内 | quantitative | ≤ | 3 | 个工作日 | -
            cmp | 15个工作日以内 | quantitative | ≤ | 15 | 个工作日 | -
            cmp | 24小时内 | quantitative | ≤ | 24 | 小时 | -
            cmp | 12个月 | quantitative | =* | 12 | 个月 | -
            cmp | 不少于12个月 | quantitative | ≥ | 12 | 个月 | -
            cmp | 1年 | quantitative | =* | 1 | 年 | -
            cmp | 5年以上 | quantitative | ≥ | 5 | 年 | -
            cmp | 30天 | quantitative | =* | 30 | 天 | -
            cmp | 0起 | quantitative | =* | 0 | 起 | -
            cmp | 安全事故0起 | quantitative | =* | 0 | 起 | -
            cmp | 0 | quantitative | =* | 0 | - | -
            cmp | 100 | quantitative | =* | 100 | - | -
            cmp | ≥95 | quantitative | ≥ | 95 | - | -
            cmp | ≥1.5‰ | quantitative | ≥ | 1.5 | ‰ | -
            cmp | ≤2‰ | quantitative | ≤ | 2 | ‰ | -
            cmp | 提高5个百分点 | quantitative | =* | 5 | 个百分点 | -
            cmp | 增长10% | quantitative | =* | 10 | % | -
            cmp | 同比增长≥10% | quantitative | ≥ | 10 | % | -
            cmp | 下降5% | quantitative | =* | 5 | % | -
            money | 131万元 | quantitative | =* | 131 | 万元 | -
            money | 131.5万元 | quantitative | =* | 131.5 | 万元 | -
            money | 不超过131.5万元 | quantitative | ≤ | 131.5 | 万元 | -
            money | 控制在57.6万元以内 | quantitative | ≤ | 57.6 | 万元 | -
            money | 57.6万元以内 | quantitative | ≤ | 57.6 | 万元 | -
            money | 成本控制在57.6万元以内 | quantitative | ≤ | 57.6 | 万元 | -
            money | ≤3800元 | quantitative | ≤ | 3800 | 元 | -
            money | 3800元 | quantitative | =* | 3800 | 元 | -
            money | 3,800元 | quantitative | =* | 3800 | 元 | -
            money | ≤1,234.5万元 | quantitative | ≤ | 1234.5 | 万元 | -
            money | 15万 | quantitative | =* | 15 | 万 | -
            money | 60万元 | quantitative | =* | 60 | 万元 | -
            money | 0.8亿元 | quantitative | =* | 0.8 | 亿元 | -
            money | 项目总成本≤200万元 | quantitative | ≤ | 200 | 万元 | -
            money | 人均补助不低于500元 | quantitative | ≥ | 500 | 元 | -
            money | 不高于市场价 | qualitative | - | - | - | -
            money | 控制在预算内 | qualitative | ≤ | - | - | ceiling
            money | 预算内 | qualitative | ≤ | - | - | ceiling
            money | 不超过年度预算 | qualitative | ≤ | - | - | ceiling
            money | 在预算范围内 | qualitative | ≤ | - | - | ceiling
            cn | 两次 | quantitative | =* | 2 | 次 | -
            cn | 一次 | quantitative | =* | 1 | 次 | -
            cn | 不少于两次 | quantitative | ≥ | 2 | 次 | -
            cn | 两次以上 | quantitative | ≥ | 2 | 次 | -
            cn | 十个 | quantitative | =* | 10 | 个 | -
            cn | 十二个月 | quantitative | =* | 12 | 个月 | -
            cn | 三个月 | quantitative | =* | 3 | 个月 | -
            cn | 一年 | quantitative | =* | 1 | 年 | -
            cn | 二十次左右 | quantitative | =* | 20 | 次 | -
            cn | 不少于三十人 | quantitative | ≥ | 30 | 人 | -
            cn | 一百五十人 | quantitative | =* | 150 | 人 | -
            cn | 每季度一次 | quantitative | =* | 1 | 次 | -
            cn | 百分之九十五 | quantitative | =* | 95 | % | -
            cn | 百分之百 | quantitative | =* | 100 | % | -
            cn | 一项 | quantitative | =* | 1 | 项 | -
            cn | 五家 | quantitative | =* | 5 | 家 | -
            cn | 两批次 | quantitative | =* | 2 | 批次 | -
            range | 90%-95% | quantitative | ≥ | 90 | % | -
            range | 90％-95％ | quantitative | ≥ | 90 | % | -
            range | 90%～95% | quantitative | ≥ | 90 | % | -
            range | 90%至95% | quantitative | ≥ | 90 | % | -
            range | 90-95% | quantitative | ≥ | 90 | % | -
            range | 5-10次 | quantitative | ≥ | 5 | 次 | -
            range | 5～10人 | quantitative | ≥ | 5 | 人 | -
            range | 80%-100% | quantitative | ≥ | 80 | % | -
            range | 满意度85%-95% | quantitative | ≥ | 85 | % | -
            range | ≥90%且≤100% | quantitative | ≥ | 90 | % | -
            range | ≥90%，≤100% | quantitative | ≥ | 90 | % | -
            range | 不低于90%且不高于100% | quantitative | ≥ | 90 | % | -
            range | 20-30万元 | quantitative | ≥ | 20 | 万元 | -
            range | 3-5个 | quantitative | ≥ | 3 | 个 | -
            qual | 按时完成 | qualitative | - | - | - | -
            qual | 按期完成 | qualitative | - | - | - | -
            qual | 及时到位 | qualitative | - | - | - | -
            qual | 逐步提高 | qualitative | - | - | - | -
            qual | 逐年提高 | qualitative | - | - | - | -
            qual | 有所提升 | qualitative | - | - | - | -
            qual | 明显改善 | qualitative | - | - | - | -
            qual | 长期 | qualitative | - | - | - | -
            qual | 持续发挥效益 | qualitative | - | - | - | -
            qual | 优秀 | qualitative | - | - | - | -
            qual | 无 | qualitative | - | - | - | -
            qual | 零差错 | qualitative | - | - | - | -
            qual | 无安全事故 | qualitative | - | - | - | -
            qual | 全覆盖 | qualitative | - | - | - | -
            qual | 应保尽保 | qualitative | - | - | - | -
            qual | 符合国家标准 | qualitative | - | - | - | -
            qual | 符合相关规定 | qualitative | - | - | - | -
            qual | 不断提升 | qualitative | - | - | - | -
            qual | 群众满意度不断提高 | qualitative | - | - | - | -
            qual | 年度内 | date | ≤ | - | - | --12
            qual | 按计划推进 | qualitative | - | - | - | -
            qual | 确保项目按期完工 | qualitative | - | - | - | -
            qual | 提高 | qualitative | - | - | - | -
            qual | 较上年有所提高 | qualitative | - | - | - | -
            qual | 不低于上年 | qualitative | - | - | - | -
            date | 2023-2025年 | date | ≤ | - | - | 2025-12
            date | 2023年至2025年 | date | ≤ | - | - | 2025-12
            date | 2023年度 | date | ≤ | - | - | 2023-12
            date | 2024年 | date | ≤ | - | - | 2024-12
            date | 2023年第四季度 | date | ≤ | - | - | 2023-12
            date | 2023年三季度末 | date | ≤ | - | - | 2023-09
            date | 第二季度前 | date | ≤ | - | - | --06
            date | 2023年上半年 | date | ≤ | - | - | 2023-06
            date | 下半年完成 | date | ≤ | - | - | --12
            date | 2023年12月底前完成 | date | ≤ | - | - | 2023-12
            date | 2023年12月31日之前 | date | ≤ | - | - | 2023-12-31
            date | 6月底 | date | ≤ | - | - | --06
            date | 2024年6月30日 | date | ≤ | - | - | 2024-06-30
            unit | 10万㎡ | quantitative | =* | 10 | 万m² | -
            unit | ≥1000m² | quantitative | ≥ | 1000 | m² | -
            unit | ≥1万人次 | quantitative | ≥ | 1 | 万人次 | -
            unit | ≤5天/件 | quantitative | ≤ | 5 | 天/件 | -
            unit | 1次/半年 | quantitative | =* | 1 | 次/半年 | -
            unit | ≤1.5万元/人 | quantitative | ≤ | 1.5 | 万元/人 | -
            unit | 人均500元/年 | quantitative | =* | 500 | 元/年 | -
            unit | ≤500元/人次 | quantitative | ≤ | 500 | 元/人次 | -
            cmp | 每人每年不超过500元 | quantitative | ≤ | 500 | 元 | -
            cmp | 人均≥500元 | quantitative | ≥ | 500 | 元 | -
            cmp | ＜=5 | quantitative | ≤ | 5 | - | -
            cmp | =100% | quantitative | = | 100 | % | -
            cmp | ≥95%（抽检） | quantitative | ≥ | 95 | % | -
            cmp | ≥95％以上 | quantitative | ≥ | 95 | % | -
            cmp | 不低于95%（含） | quantitative | ≥ | 95 | % | -
            cmp | 达到100% | quantitative | ≥ | 100 | % | -
            cmp | 优良率≥90% | quantitative | ≥ | 90 | % | -
            cmp | 90分以上 | quantitative | ≥ | 90 | 分 | -
            cmp | ≥85分 | quantitative | ≥ | 85 | 分 | -
            cmp | 按时完成率100% | quantitative | =* | 100 | % | -
            cmp | 不少于3000平方米 | quantitative | ≥ | 3000 | 平方米 | -
            cmp | 2.5万亩 | quantitative | =* | 2.5 | 万亩 | -
            cmp | 每月1次 | quantitative | =* | 1 | 次 | -
            cmp | ≥2场 | quantitative | ≥ | 2 | 场 | -
            cmp | 1-3年 | quantitative | ≥ | 1 | 年 | -
            cmp | ≥10个百分点 | quantitative | ≥ | 10 | 个百分点 | -
            cmp | ≤0 | quantitative | ≤ | 0 | - | -
            qual | 达到国家标准 | qualitative | - | - | - | -
            qual | 按合同约定 | qualitative | - | - | - | -
            qual | 零事故 | qualitative | - | - | - | -
            qual | 当年 | qualitative | - | - | - | -
            qual | 每季度 | qualitative | - | - | - | -
            act | 30人 | quantitative | =* | 30 | 人 | -
            act | 100% | quantitative | =* | 100 | % | -
            act | 95%以上 | quantitative | ≥ | 95 | % | -
            act | 96% | quantitative | =* | 96 | % | -
            act | 95% | quantitative | =* | 95 | % | -
            act | 8小时 | quantitative | =* | 8 | 小时 | -
            act | 98.5% | quantitative | =* | 98.5 | % | -
            act | 32次 | quantitative | =* | 32 | 次 | -
            act | 131.2万元 | quantitative | =* | 131.2 | 万元 | -
            act | 3650元/人·月 | quantitative | =* | 3650 | 元/人·月 | -
            act | 2023年11月 | date | ≤ | - | - | 2023-11
            act | 2023年12月20日 | date | ≤ | - | - | 2023-12-20
            act | 2023年12月完成 | date | ≤ | - | - | 2023-12
            act | 12月完成 | date | ≤ | - | - | --12
            act | 2023.11.30 | date | ≤ | - | - | 2023-11-30
            act | 两次 | quantitative | =* | 2 | 次 | -
            """;

    static List<String[]> rows() {
        List<String[]> rows = new ArrayList<>();
        for (String table : List.of(TargetParserTest.SEED_TARGETS, OTHER_UNITS)) {
            for (String line : table.strip().split("\n")) {
                String[] c = line.strip().split(" \\| ", -1);
                assertEquals(7, c.length, line);
                rows.add(c);
            }
        }
        return rows;
    }

    @Test
    void atLeast98PercentOfTheTargetsReadAsAPersonReadsThem() {
        List<String[]> rows = rows();
        Set<String> texts = new LinkedHashSet<>();
        List<String> misses = new ArrayList<>();
        for (String[] c : rows) {
            assertTrue(texts.add(c[1]) || c[0].equals("act"), "listed twice: " + c[1]);
            String got = describe(TargetParser.read(c[1]));
            String expected = String.join(" | ", c[2], c[3], c[4], c[5], c[6]);
            if (!got.equals(expected)) {
                misses.add(c[0] + " “" + c[1] + "”: expected " + expected + ", got " + got);
            }
        }
        int right = rows.size() - misses.size();
        System.out.printf("target table: %d of %d read right (%.1f%%)%n", right, rows.size(), 100.0 * right / rows.size());
        misses.forEach(m -> System.out.println("  miss " + m));
        assertTrue(rows.size() >= 300, "the table holds at least 300 texts: " + rows.size());
        assertTrue(right * 100 >= rows.size() * 98, right + " of " + rows.size() + " read right; misses:\n" + String.join("\n", misses));
    }

    @Test
    void theUnitIsKeptAsWrittenAndTheComparisonWorks() {
        TargetValue t = TargetParser.parse("不高于3800元/人·月");
        assertEquals("元/人·月", t.unit());
        assertEquals("≤3800元/人·月", t.describe());
        assertEquals(TargetKind.QUANTITATIVE, TargetParser.parse("200人次/月以上").kind());
        assertEquals("人次/月", TargetParser.parse("200人次/月以上").unit());
    }

    @Test
    void aPeriodEndsAtItsLastMonthAndAYearlessLimitTakesTheFormsYear() {
        Deadline d = TargetParser.parse("2023.1-2023.12").deadline();
        assertEquals(java.time.LocalDate.of(2023, 12, 31), d.lastDay());
        Deadline yearless = TargetParser.parse("年底前").deadline();
        assertEquals(false, yearless.yearStated());
        assertEquals(java.time.LocalDate.of(2024, 12, 31), yearless.inYear(2024).lastDay());
        assertEquals("当年12月", yearless.chinese());
        assertEquals(d, d.inYear(2030), "a stated year stays");
    }
}
