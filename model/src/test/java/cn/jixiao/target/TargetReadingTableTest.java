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

    /**
     * What published 目标表 and 自评表 of other provinces and central departments write that the rows
     * above lack: every way of writing '≥95%' ('>=', '大于等于', '不小于', '（含）以上', full-width
     * '９５％', '﹪'), notes in brackets after the target ('≥95%（以验收报告为准）', '20台（套）'), time
     * limits with the act after them ('5个工作日内办结', '2023年12月31日前完成资金拨付'), counts per period
     * and approximations ('200余人'), areas, budget ceilings however worded ('≤预算数', '预算控制数以内'),
     * limits without a year ('当年12月', '今年年底前'), and the actuals the self-evaluations write.
     */
    static final String PUBLISHED_FORMS = """
            pct | >=95% | quantitative | ≥ | 95 | % | -
            pct | 大于等于95% | quantitative | ≥ | 95 | % | -
            pct | 大于或等于95% | quantitative | ≥ | 95 | % | -
            pct | 不小于95% | quantitative | ≥ | 95 | % | -
            pct | 不低于95％ | quantitative | ≥ | 95 | % | -
            pct | 95%（含）以上 | quantitative | ≥ | 95 | % | -
            pct | 95％及以上 | quantitative | ≥ | 95 | % | -
            pct | 达到95%以上 | quantitative | ≥ | 95 | % | -
            pct | 确保达到95% | quantitative | ≥ | 95 | % | -
            pct | 力争达到98% | quantitative | ≥ | 98 | % | -
            pct | 高于95% | quantitative | > | 95 | % | -
            pct | ≥95.00% | quantitative | ≥ | 95.00 | % | -
            pct | ≥99.5% | quantitative | ≥ | 99.5 | % | -
            pct | 完成率100% | quantitative | =* | 100 | % | -
            pct | 完成率≥100% | quantitative | ≥ | 100 | % | -
            pct | 覆盖率达100% | quantitative | ≥ | 100 | % | -
            pct | 覆盖率达到100% | quantitative | ≥ | 100 | % | -
            pct | 100%全覆盖 | quantitative | =* | 100 | % | -
            pct | 全覆盖（100%） | quantitative | =* | 100 | % | -
            pct | 合格率≥98% | quantitative | ≥ | 98 | % | -
            pct | 验收合格率100% | quantitative | =* | 100 | % | -
            pct | 达标率≥90% | quantitative | ≥ | 90 | % | -
            pct | 知晓率≥80% | quantitative | ≥ | 80 | % | -
            pct | 资金到位率100% | quantitative | =* | 100 | % | -
            pct | 预算执行率≥90% | quantitative | ≥ | 90 | % | -
            pct | 预算执行率100% | quantitative | =* | 100 | % | -
            pct | 资金拨付率100% | quantitative | =* | 100 | % | -
            pct | 投诉率≤1% | quantitative | ≤ | 1 | % | -
            pct | 差错率<1% | quantitative | < | 1 | % | -
            pct | 差错率低于1% | quantitative | < | 1 | % | -
            pct | 误差率≤0.5% | quantitative | ≤ | 0.5 | % | -
            pct | 故障率≤2% | quantitative | ≤ | 2 | % | -
            pct | 同比下降10% | quantitative | =* | 10 | % | -
            pct | 降低5%以上 | quantitative | ≥ | 5 | % | -
            pct | 增长5%以上 | quantitative | ≥ | 5 | % | -
            pct | 较上年增长10% | quantitative | =* | 10 | % | -
            pct | 提高3个百分点 | quantitative | =* | 3 | 个百分点 | -
            pct | ≥3个百分点 | quantitative | ≥ | 3 | 个百分点 | -
            pct | 满意度≥95% | quantitative | ≥ | 95 | % | -
            pct | 满意度95%以上 | quantitative | ≥ | 95 | % | -
            pct | 服务对象满意度≥90% | quantitative | ≥ | 90 | % | -
            pct | 群众满意度达到90% | quantitative | ≥ | 90 | % | -
            pct | 满意率≥85% | quantitative | ≥ | 85 | % | -
            pct | 满意度不低于85% | quantitative | ≥ | 85 | % | -
            pct | 满意度≧90％ | quantitative | ≥ | 90 | % | -
            pct | 受益群众满意度≥90% | quantitative | ≥ | 90 | % | -
            pct | 满意度达90%以上 | quantitative | ≥ | 90 | % | -
            pct | 95 % | quantitative | =* | 95 | % | -
            pct | ≥95%。 | quantitative | ≥ | 95 | % | -
            pct | ≥95%； | quantitative | ≥ | 95 | % | -
            pct | ≥95﹪ | quantitative | ≥ | 95 | % | -
            pct | 95%以上（含95%） | quantitative | ≥ | 95 | % | -
            pct | ≥95%（含95%） | quantitative | ≥ | 95 | % | -
            note | ≥95%（以验收报告为准） | quantitative | ≥ | 95 | % | -
            note | ≥90%（抽样调查） | quantitative | ≥ | 90 | % | -
            note | 100%（按规定标准发放） | quantitative | =* | 100 | % | -
            note | ≥98%（以第三方检测为准） | quantitative | ≥ | 98 | % | -
            note | （抽查）合格率≥95% | quantitative | ≥ | 95 | % | -
            note | 不少于20次（以会议记录为准） | quantitative | ≥ | 20 | 次 | -
            note | ≥200人（以签到表为准） | quantitative | ≥ | 200 | 人 | -
            note | ≤3个工作日（自受理之日起） | quantitative | ≤ | 3 | 个工作日 | -
            note | 1200万元（含配套资金） | quantitative | =* | 1200 | 万元 | -
            note | 12期（每月1期） | quantitative | =* | 12 | 期 | -
            note | 采购设备20台（套） | quantitative | =* | 20 | 台(套) | -
            note | ≥1200人（次） | quantitative | ≥ | 1200 | 人(次) | -
            note | 2023年12月31日前（以验收时间为准） | date | ≤ | - | - | 2023-12-31
            fw | ９５％ | quantitative | =* | 95 | % | -
            fw | ≥９５％ | quantitative | ≥ | 95 | % | -
            fw | ＞＝９８％ | quantitative | ≥ | 98 | % | -
            fw | ≤５％ | quantitative | ≤ | 5 | % | -
            fw | １００％ | quantitative | =* | 100 | % | -
            fw | 不少于２０次 | quantitative | ≥ | 20 | 次 | -
            fw | ２０２３年１２月３１日前 | date | ≤ | - | - | 2023-12-31
            fw | ≥９０分 | quantitative | ≥ | 90 | 分 | -
            fw | １２期 | quantitative | =* | 12 | 期 | -
            fw | ≤１２００万元 | quantitative | ≤ | 1200 | 万元 | -
            fw | ９８．５％ | quantitative | =* | 98.5 | % | -
            fw | ≥　95% | quantitative | ≥ | 95 | % | -
            fw | ≥95 % | quantitative | ≥ | 95 | % | -
            time | ≤3个工作日 | quantitative | ≤ | 3 | 个工作日 | -
            time | 3日内 | quantitative | ≤ | 3 | 日 | -
            time | 不超过3天 | quantitative | ≤ | 3 | 天 | -
            time | 3天内 | quantitative | ≤ | 3 | 天 | -
            time | 1个工作日内 | quantitative | ≤ | 1 | 个工作日 | -
            time | 5个工作日内办结 | quantitative | ≤ | 5 | 个工作日 | -
            time | 办结时限≤5个工作日 | quantitative | ≤ | 5 | 个工作日 | -
            time | 24小时内响应 | quantitative | ≤ | 24 | 小时 | -
            time | ≤30分钟 | quantitative | ≤ | 30 | 分钟 | -
            time | 30分钟内到达 | quantitative | ≤ | 30 | 分钟 | -
            time | 2小时以内 | quantitative | ≤ | 2 | 小时 | -
            time | ≤48小时 | quantitative | ≤ | 48 | 小时 | -
            time | 响应时间≤30分钟 | quantitative | ≤ | 30 | 分钟 | -
            time | 不超过15天 | quantitative | ≤ | 15 | 天 | -
            time | 15日以内 | quantitative | ≤ | 15 | 日 | -
            time | 7个工作日 | quantitative | =* | 7 | 个工作日 | -
            time | 10天 | quantitative | =* | 10 | 天 | -
            time | 使用年限≥8年 | quantitative | ≥ | 8 | 年 | -
            time | 10年以上 | quantitative | ≥ | 10 | 年 | -
            time | ≥3年 | quantitative | ≥ | 3 | 年 | -
            time | 一年以上 | quantitative | ≥ | 1 | 年 | -
            time | 三年 | quantitative | =* | 3 | 年 | -
            time | 30日内完成 | quantitative | ≤ | 30 | 日 | -
            time | 当日办结 | qualitative | - | - | - | -
            time | 即时办理 | qualitative | - | - | - | -
            cnt | ≥1次/年 | quantitative | ≥ | 1 | 次/年 | -
            cnt | 1次/年 | quantitative | =* | 1 | 次/年 | -
            cnt | 每季度1次 | quantitative | =* | 1 | 次 | -
            cnt | 每年1次 | quantitative | =* | 1 | 次 | -
            cnt | 每年不少于2次 | quantitative | ≥ | 2 | 次 | -
            cnt | 每半年1次 | quantitative | =* | 1 | 次 | -
            cnt | 每周1次 | quantitative | =* | 1 | 次 | -
            cnt | 每月不少于4次 | quantitative | ≥ | 4 | 次 | -
            cnt | 全年不少于12次 | quantitative | ≥ | 12 | 次 | -
            cnt | 年均≥2次 | quantitative | ≥ | 2 | 次 | -
            cnt | 每年两次 | quantitative | =* | 2 | 次 | -
            cnt | 全年累计12次 | quantitative | =* | 12 | 次 | -
            cnt | 12期 | quantitative | =* | 12 | 期 | -
            cnt | 不少于12期 | quantitative | ≥ | 12 | 期 | -
            cnt | 4期/年 | quantitative | =* | 4 | 期/年 | -
            cnt | 1.2万人次 | quantitative | =* | 1.2 | 万人次 | -
            cnt | ≥1.2万人次 | quantitative | ≥ | 1.2 | 万人次 | -
            cnt | 约1.2万人次 | quantitative | =* | 1.2 | 万人次 | -
            cnt | 12000人次 | quantitative | =* | 12000 | 人次 | -
            cnt | 培训人数≥200人 | quantitative | ≥ | 200 | 人 | -
            cnt | 新增就业≥500人 | quantitative | ≥ | 500 | 人 | -
            cnt | 受益人口≥5000人 | quantitative | ≥ | 5000 | 人 | -
            cnt | 覆盖行政村20个 | quantitative | =* | 20 | 个 | -
            cnt | 开展督查≥4次 | quantitative | ≥ | 4 | 次 | -
            cnt | 检查次数不少于5次 | quantitative | ≥ | 5 | 次 | -
            cnt | 举办培训班3期 | quantitative | =* | 3 | 期 | -
            cnt | 印发宣传资料≥5000份 | quantitative | ≥ | 5000 | 份 | -
            cnt | 发放补助1200人 | quantitative | =* | 1200 | 人 | -
            cnt | 0次 | quantitative | =* | 0 | 次 | -
            cnt | ≤1起 | quantitative | ≤ | 1 | 起 | -
            cnt | 安全事故发生数0起 | quantitative | =* | 0 | 起 | -
            cnt | 事故发生率为0 | quantitative | =* | 0 | - | -
            cnt | ≥20个 | quantitative | ≥ | 20 | 个 | -
            cnt | 20个以上 | quantitative | ≥ | 20 | 个 | -
            cnt | 不少于3项 | quantitative | ≥ | 3 | 项 | -
            cnt | 3项 | quantitative | =* | 3 | 项 | -
            cnt | 完成3个项目 | quantitative | =* | 3 | 个项目 | -
            cnt | 1座 | quantitative | =* | 1 | 座 | -
            cnt | 新建公厕5座 | quantitative | =* | 5 | 座 | -
            cnt | 2500户 | quantitative | =* | 2500 | 户 | -
            cnt | ≥2500户 | quantitative | ≥ | 2500 | 户 | -
            cnt | 惠及农户2500户 | quantitative | =* | 2500 | 户 | -
            cnt | 1期/月 | quantitative | =* | 1 | 期/月 | -
            cnt | 每月不少于2期 | quantitative | ≥ | 2 | 期 | -
            cnt | 200余人 | quantitative | ≥ | 200 | 人 | -
            cnt | 200多人 | quantitative | ≥ | 200 | 人 | -
            cnt | 500余人次 | quantitative | ≥ | 500 | 人次 | -
            cnt | 两期 | quantitative | =* | 2 | 期 | -
            cnt | 四次 | quantitative | =* | 4 | 次 | -
            cnt | 不少于六次 | quantitative | ≥ | 6 | 次 | -
            cnt | 每年不少于一次 | quantitative | ≥ | 1 | 次 | -
            cnt | 十二期 | quantitative | =* | 12 | 期 | -
            area | ≥8000平方米 | quantitative | ≥ | 8000 | 平方米 | -
            area | 8000㎡ | quantitative | =* | 8000 | m² | -
            area | ≥8000m2 | quantitative | ≥ | 8000 | m² | -
            area | 8000平米 | quantitative | =* | 8000 | 平米 | -
            area | 1.5万平方米 | quantitative | =* | 1.5 | 万平方米 | -
            area | 不少于1.5万平方米 | quantitative | ≥ | 1.5 | 万平方米 | -
            area | ≥5公里 | quantitative | ≥ | 5 | 公里 | -
            area | 10km | quantitative | =* | 10 | km | -
            area | 3.5公里 | quantitative | =* | 3.5 | 公里 | -
            area | 改造道路3.5公里 | quantitative | =* | 3.5 | 公里 | -
            area | 植树造林500亩 | quantitative | =* | 500 | 亩 | -
            area | ≥500亩 | quantitative | ≥ | 500 | 亩 | -
            area | 1000立方米 | quantitative | =* | 1000 | 立方米 | -
            area | 200m³ | quantitative | =* | 200 | m³ | -
            area | 50吨 | quantitative | =* | 50 | 吨 | -
            area | ≤50吨 | quantitative | ≤ | 50 | 吨 | -
            area | 10000册 | quantitative | =* | 10000 | 册 | -
            area | 1万册 | quantitative | =* | 1 | 万册 | -
            money | 不超过1200万元 | quantitative | ≤ | 1200 | 万元 | -
            money | ≤1200万元 | quantitative | ≤ | 1200 | 万元 | -
            money | 1200万元以内 | quantitative | ≤ | 1200 | 万元 | -
            money | 控制在1200万元以内 | quantitative | ≤ | 1200 | 万元 | -
            money | 总投资不超过1200万元 | quantitative | ≤ | 1200 | 万元 | -
            money | ≤1,200万元 | quantitative | ≤ | 1200 | 万元 | -
            money | ≤ 1200 万元 | quantitative | ≤ | 1200 | 万元 | -
            money | ≤500元/人 | quantitative | ≤ | 500 | 元/人 | -
            money | 5000元/亩 | quantitative | =* | 5000 | 元/亩 | -
            money | 补助标准1000元/人 | quantitative | =* | 1000 | 元/人 | -
            money | 100万元/年 | quantitative | =* | 100 | 万元/年 | -
            money | ≥3万元/户 | quantitative | ≥ | 3 | 万元/户 | -
            money | 人均增收≥1000元 | quantitative | ≥ | 1000 | 元 | -
            money | 不高于12.5万元 | quantitative | ≤ | 12.5 | 万元 | -
            money | 成本≤50万元 | quantitative | ≤ | 50 | 万元 | -
            money | 单价≤3000元 | quantitative | ≤ | 3000 | 元 | -
            money | 1200元 | quantitative | =* | 1200 | 元 | -
            money | 12.3456万元 | quantitative | =* | 12.3456 | 万元 | -
            ceil | 不超过预算金额 | qualitative | ≤ | - | - | ceiling
            ceil | 控制在预算范围内 | qualitative | ≤ | - | - | ceiling
            ceil | ≤预算数 | qualitative | ≤ | - | - | ceiling
            ceil | ≤年初预算 | qualitative | ≤ | - | - | ceiling
            ceil | ≤批复预算 | qualitative | ≤ | - | - | ceiling
            ceil | 预算控制数以内 | qualitative | ≤ | - | - | ceiling
            ceil | 不突破预算 | qualitative | ≤ | - | - | ceiling
            ceil | 成本控制在预算范围内 | qualitative | ≤ | - | - | ceiling
            ceil | 严格控制在预算内 | qualitative | ≤ | - | - | ceiling
            ceil | 控制在批复预算内 | qualitative | ≤ | - | - | ceiling
            ceil | 在年度预算内 | qualitative | ≤ | - | - | ceiling
            ceil | 不超出预算 | qualitative | ≤ | - | - | ceiling
            ceil | ≤预算 | qualitative | ≤ | - | - | ceiling
            ceil | 不超过批复金额 | qualitative | ≤ | - | - | ceiling
            ceil | 不高于预算标准 | qualitative | ≤ | - | - | ceiling
            score | ≥90分 | quantitative | ≥ | 90 | 分 | -
            score | 90分 | quantitative | =* | 90 | 分 | -
            score | 90分及以上 | quantitative | ≥ | 90 | 分 | -
            score | 考核得分≥90分 | quantitative | ≥ | 90 | 分 | -
            score | 不低于90分 | quantitative | ≥ | 90 | 分 | -
            score | 评分95分以上 | quantitative | ≥ | 95 | 分 | -
            score | 考核等次优秀 | qualitative | - | - | - | -
            date | 2023年12月31日前完成 | date | ≤ | - | - | 2023-12-31
            date | 2023年年底前 | date | ≤ | - | - | 2023-12
            date | 2023年年底 | date | ≤ | - | - | 2023-12
            date | 2023年末 | date | ≤ | - | - | 2023-12
            date | 年底 | date | ≤ | - | - | --12
            date | 年末前 | date | ≤ | - | - | --12
            date | 本年底前 | date | ≤ | - | - | --12
            date | 今年年底前 | date | ≤ | - | - | --12
            date | 当年12月 | date | ≤ | - | - | --12
            date | 当年12月底前 | date | ≤ | - | - | --12
            date | 12月底前完成 | date | ≤ | - | - | --12
            date | 11月底前 | date | ≤ | - | - | --11
            date | 9月30日前 | date | ≤ | - | - | --09-30
            date | 11月15日前完成 | date | ≤ | - | - | --11-15
            date | 6月30日之前 | date | ≤ | - | - | --06-30
            date | 3月31日以前 | date | ≤ | - | - | --03-31
            date | 12月31日 | date | ≤ | - | - | --12-31
            date | 12月份 | date | ≤ | - | - | --12
            date | 2023年10月底前完成 | date | ≤ | - | - | 2023-10
            date | 2023年9月30日前完成 | date | ≤ | - | - | 2023-09-30
            date | 2023年12月31日 | date | ≤ | - | - | 2023-12-31
            date | 2023.12.31 | date | ≤ | - | - | 2023-12-31
            date | 2023/12/31前 | date | ≤ | - | - | 2023-12-31
            date | 2023-12 | date | ≤ | - | - | 2023-12
            date | 2023年12月底 | date | ≤ | - | - | 2023-12
            date | 2023年12月末 | date | ≤ | - | - | 2023-12
            date | 2023年第三季度前 | date | ≤ | - | - | 2023-09
            date | 第四季度 | date | ≤ | - | - | --12
            date | 二季度末 | date | ≤ | - | - | --06
            date | 上半年 | date | ≤ | - | - | --06
            date | 2023年1月1日-12月31日 | date | ≤ | - | - | 2023-12-31
            date | 2023.01.01-2023.12.31 | date | ≤ | - | - | 2023-12-31
            date | 2023年全年 | date | ≤ | - | - | 2023-12
            date | 1-12月份 | date | ≤ | - | - | --12
            date | 2023年1-12月份 | date | ≤ | - | - | 2023-12
            date | 2024年3月前完成验收 | date | ≤ | - | - | 2024-03
            date | 2023年12月31日前完成资金拨付 | date | ≤ | - | - | 2023-12-31
            date | 2023年12月前全部完成 | date | ≤ | - | - | 2023-12
            date | 11月底前完成项目验收 | date | ≤ | - | - | --11
            date | 2023年11月30日以前 | date | ≤ | - | - | 2023-11-30
            date | 2023年6月底之前 | date | ≤ | - | - | 2023-06
            date | 年度内完成 | date | ≤ | - | - | --12
            date | 2023年1月至2023年12月底 | date | ≤ | - | - | 2023-12
            date | 12月底 | date | ≤ | - | - | --12
            date | 截至12月底 | date | ≤ | - | - | --12
            date | 2023年12月20日前完成 | date | ≤ | - | - | 2023-12-20
            date | 项目周期内 | qualitative | - | - | - | -
            date | 按时 | qualitative | - | - | - | -
            date | 按时间节点完成 | qualitative | - | - | - | -
            qual | 无重大安全事故 | qualitative | - | - | - | -
            qual | 零投诉 | qualitative | - | - | - | -
            qual | 有效提升 | qualitative | - | - | - | -
            qual | 逐步改善 | qualitative | - | - | - | -
            qual | 持续发挥作用 | qualitative | - | - | - | -
            qual | 显著改善 | qualitative | - | - | - | -
            qual | 明显提升 | qualitative | - | - | - | -
            qual | 持续改善 | qualitative | - | - | - | -
            qual | 长期发挥作用 | qualitative | - | - | - | -
            qual | 群众满意 | qualitative | - | - | - | -
            qual | 达到预期 | qualitative | - | - | - | -
            qual | 符合要求 | qualitative | - | - | - | -
            qual | 符合验收标准 | qualitative | - | - | - | -
            qual | 验收合格 | qualitative | - | - | - | -
            qual | 进一步提高 | qualitative | - | - | - | -
            qual | 规范高效 | qualitative | - | - | - | -
            qual | 安全运行 | qualitative | - | - | - | -
            qual | 正常运转 | qualitative | - | - | - | -
            qual | 得到保障 | qualitative | - | - | - | -
            qual | 有效保障 | qualitative | - | - | - | -
            qual | 大幅提升 | qualitative | - | - | - | -
            qual | 持续推进 | qualitative | - | - | - | -
            qual | 不断完善 | qualitative | - | - | - | -
            qual | 较上年提高 | qualitative | - | - | - | -
            qual | 好于上年 | qualitative | - | - | - | -
            qual | 高于全省平均水平 | qualitative | - | - | - | -
            qual | 无投诉 | qualitative | - | - | - | -
            qual | 无违规违纪行为 | qualitative | - | - | - | -
            qual | 杜绝安全事故 | qualitative | - | - | - | -
            qual | 零伤亡 | qualitative | - | - | - | -
            qual | 无重大质量问题 | qualitative | - | - | - | -
            qual | 有所下降 | qualitative | - | - | - | -
            qual | 逐年下降 | qualitative | - | - | - | -
            qual | 公众知晓率提高 | qualitative | - | - | - | -
            qual | 否 | qualitative | - | - | - | -
            qual | 已建立 | qualitative | - | - | - | -
            qual | 建立健全 | qualitative | - | - | - | -
            qual | 及时足额发放 | qualitative | - | - | - | -
            qual | 足额到位 | qualitative | - | - | - | -
            qual | 按标准执行 | qualitative | - | - | - | -
            qual | 严格执行 | qualitative | - | - | - | -
            qual | 可持续 | qualitative | - | - | - | -
            qual | 效益明显 | qualitative | - | - | - | -
            qual | 中长期 | qualitative | - | - | - | -
            qual | 达到国家二级标准 | qualitative | - | - | - | -
            qual | 符合《政府采购法》规定 | qualitative | - | - | - | -
            qual | 落实到位 | qualitative | - | - | - | -
            qual | 全面完成 | qualitative | - | - | - | -
            qual | 确保安全 | qualitative | - | - | - | -
            qual | 提质增效 | qualitative | - | - | - | -
            act | 完成 | qualitative | - | - | - | -
            act | 已达成 | qualitative | - | - | - | -
            act | 超额完成 | qualitative | - | - | - | -
            act | 达到预期 | qualitative | - | - | - | -
            act | 基本达到 | qualitative | - | - | - | -
            act | 未达到 | qualitative | - | - | - | -
            act | 2023年11月20日 | date | ≤ | - | - | 2023-11-20
            act | 96.8分 | quantitative | =* | 96.8 | 分 | -
            act | 较上年提升 | qualitative | - | - | - | -
            act | 已完成 | qualitative | - | - | - | -
            act | 全部完成 | qualitative | - | - | - | -
            act | 0起 | quantitative | =* | 0 | 起 | -
            act | 1.25万人次 | quantitative | =* | 1.25 | 万人次 | -
            act | 2023年12月28日完成 | date | ≤ | - | - | 2023-12-28
            act | 12月28日 | date | ≤ | - | - | --12-28
            act | 11月完成 | date | ≤ | - | - | --11
            act | 年底完成 | date | ≤ | - | - | --12
            act | 98.6％ | quantitative | =* | 98.6 | % | -
            act | 3.5个工作日 | quantitative | =* | 3.5 | 个工作日 | -
            act | 2天 | quantitative | =* | 2 | 天 | -
            act | 1,315.6万元 | quantitative | =* | 1315.6 | 万元 | -
            act | 未超预算 | qualitative | ≤ | - | - | ceiling
            act | 8500㎡ | quantitative | =* | 8500 | m² | -
            act | 12500人次 | quantitative | =* | 12500 | 人次 | -
            act | 1180万元 | quantitative | =* | 1180 | 万元 | -
            act | 100%完成 | quantitative | =* | 100 | % | -
            act | 无 | qualitative | - | - | - | -
            act | 2024年1月 | date | ≤ | - | - | 2024-01
            act | 0 | quantitative | =* | 0 | - | -
            act | 达成年度指标 | qualitative | - | - | - | -
            act | 部分达成 | qualitative | - | - | - | -
            act | 未发生 | qualitative | - | - | - | -
            act | 200余人 | quantitative | ≥ | 200 | 人 | -
            pct | ≥95%（含95%）以上 | quantitative | ≥ | 95 | % | -
            pct | 合格率达95%以上 | quantitative | ≥ | 95 | % | -
            pct | 不低于95%的合格率 | quantitative | ≥ | 95 | % | -
            pct | 及时率≥95% | quantitative | ≥ | 95 | % | -
            pct | 按期完成率≥95% | quantitative | ≥ | 95 | % | -
            note | ≥90分（满分100分） | quantitative | ≥ | 90 | 分 | -
            cnt | 4场次 | quantitative | =* | 4 | 场次 | -
            money | ≤30元/人/次 | quantitative | ≤ | 30 | 元/人/次 | -
            time | 1年内 | quantitative | ≤ | 1 | 年 | -
            time | 6个月内 | quantitative | ≤ | 6 | 个月 | -
            date | 2023年12月31前 | date | ≤ | - | - | 2023-12-31
            date | 2023.12月 | date | ≤ | - | - | 2023-12
            date | 至2023年12月31日 | date | ≤ | - | - | 2023-12-31
            date | 全年 | date | ≤ | - | - | --12
            date | 2023年12月完成验收 | date | ≤ | - | - | 2023-12
            date | 2023年12月底前完工 | date | ≤ | - | - | 2023-12
            date | 2023年12月前完成并投入使用 | date | ≤ | - | - | 2023-12
            date | 2023年12月31日止 | date | ≤ | - | - | 2023-12-31
            date | 2023年12月31号前 | date | ≤ | - | - | 2023-12-31
            date | 截至2023年底 | date | ≤ | - | - | 2023-12
            date | 1至12月 | date | ≤ | - | - | --12
            date | 2023年四季度 | date | ≤ | - | - | 2023-12
            act | 延迟至2024年3月 | date | ≤ | - | - | 2024-03
            """;

    static List<String[]> rows() {
        List<String[]> rows = new ArrayList<>();
        for (String table : List.of(TargetParserTest.SEED_TARGETS, OTHER_UNITS, PUBLISHED_FORMS)) {
            for (String line : table.strip().split("\n")) {
                String[] c = line.strip().split(" \\| ", -1);
                assertEquals(7, c.length, line);
                if (table == PUBLISHED_FORMS) {
                    c[0] = "published/" + c[0];
                }
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
            assertTrue(texts.add(c[1]) || c[0].endsWith("act"), "listed twice: " + c[1]);
            String got = describe(TargetParser.read(c[1]));
            String expected = String.join(" | ", c[2], c[3], c[4], c[5], c[6]);
            if (!got.equals(expected)) {
                misses.add(c[0] + " “" + c[1] + "”: expected " + expected + ", got " + got);
            }
        }
        int right = rows.size() - misses.size();
        System.out.printf("target table: %d of %d read right (%.1f%%)%n", right, rows.size(), 100.0 * right / rows.size());
        int published = PUBLISHED_FORMS.strip().split("\n").length;
        long publishedMisses = misses.stream().filter(m -> m.startsWith("published/")).count();
        System.out.printf("  of them the published forms' rows: %d of %d (%.1f%%)%n", published - publishedMisses, published,
                100.0 * (published - publishedMisses) / published);
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
