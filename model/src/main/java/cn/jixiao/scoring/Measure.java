package cn.jixiao.scoring;

import cn.jixiao.domain.MoneyText;
import cn.jixiao.target.TargetValue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** What a rule scores: the target, the actual read against it, the 分值 and a tier the clerk chose (or null). */
record Measure(TargetValue target, ActualValue actual, BigDecimal weight, Tier chosenTier) {

    /** The outcome of one rule: a raw score (null when the rule cannot score this actual) and why. */
    record Outcome(BigDecimal score, String explanation) {
        static Outcome none(String why) {
            return new Outcome(null, why);
        }
    }

    Outcome full(String why) {
        return new Outcome(weight, why + "，得满分" + num(weight));
    }

    Outcome zero(String why) {
        return new Outcome(BigDecimal.ZERO, why + "，不得分");
    }

    Outcome share(BigDecimal share, String why) {
        BigDecimal s = share.max(BigDecimal.ZERO).min(BigDecimal.ONE);
        return new Outcome(weight.multiply(s), why);
    }

    /** Score from a tier: the top of its band unless told otherwise. */
    Outcome byTier(Tier tier, String source) {
        BigDecimal score = weight.multiply(tier.topShare());
        return new Outcome(score, source + "评价档次“" + tier.fullName() + "”（" + percent(tier.bottomShare()) + "–"
                + percent(tier.topShare()) + "分值），取档次上限：" + num(weight) + "×" + percent(tier.topShare())
                + "=" + num2(score));
    }

    static BigDecimal divide(BigDecimal a, BigDecimal b) {
        return a.divide(b, MathContext.DECIMAL64);
    }

    static String num(BigDecimal v) {
        return MoneyText.plain(v);
    }

    static String num2(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static String percent(BigDecimal fraction) {
        return num(fraction.multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP)) + "%";
    }
}
