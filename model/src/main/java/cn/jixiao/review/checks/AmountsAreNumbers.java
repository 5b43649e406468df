package cn.jixiao.review.checks;

import cn.jixiao.domain.Amount;
import cn.jixiao.domain.BasicDataRow;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.MoneyText;
import cn.jixiao.domain.NumberText;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.review.AmountFields;
import cn.jixiao.review.BaseCheck;
import cn.jixiao.review.FieldRef;
import cn.jixiao.review.Finding;
import cn.jixiao.review.Names;
import cn.jixiao.review.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * Every 万元 cell holds a valid amount ({@link Amount#validity()}): '31..5' (001) and '15万', '60万元'
 * (004) are kept as written by the import, and this is where they are pointed out; so is a
 * negative amount in a file from before the import refused them.
 */
public final class AmountsAreNumbers extends BaseCheck {
    public AmountsAreNumbers() {
        super("AMOUNT_NOT_A_NUMBER", Severity.ERROR, "金额栏填写的不是有效金额（负数、多余的字符，或在万元栏内写了单位）");
    }

    @Override
    public List<Finding> check(Unit unit, FiscalYear y) {
        List<Finding> out = new ArrayList<>();
        for (AmountFields.Cell c : AmountFields.of(y.overall)) {
            if (bad(c.amount())) {
                out.add(onUnit(y, FieldRef.overall(c.field()), Names.OVERALL, c.label() + explain(c.amount())));
            }
        }
        for (int k = 0; k < y.basicData.rows.size(); k++) {
            BasicDataRow r = y.basicData.rows.get(k);
            for (AmountFields.Cell c : AmountFields.of(r)) {
                if (bad(c.amount())) {
                    out.add(onUnit(y, FieldRef.basicDataRow(k, c.field()), Names.BASIC_DATA, c.label() + explain(c.amount())));
                }
            }
        }
        for (Project p : y.projects) {
            for (AmountFields.Cell c : AmountFields.of(p)) {
                if (bad(c.amount())) {
                    out.add(onProject(y, p, c.field(), c.label() + explain(c.amount())));
                }
            }
        }
        return out;
    }

    private static boolean bad(Amount a) {
        return a.validity() != Amount.Validity.VALID;
    }

    /** Says what is wrong and what to type instead, when that can be told. */
    static String explain(Amount a) {
        String t = a.text();
        if (a.validity() == Amount.Validity.NEGATIVE) {
            return "填的是“" + t + "”：金额不能为负数，请填写以万元为单位的数字，如 15 或 15.5。";
        }
        MoneyText.Result lenient = MoneyText.parseInput("", t);
        if (lenient.ok() && !lenient.amount().isEmpty() && t.contains("万")) {
            return "填的是“" + t + "”：金额单位已是万元，栏内只填数字“" + lenient.amount().text() + "”。";
        }
        String folded = MoneyText.fold(t);
        if (folded.matches("\\d+(\\.\\.+\\d+)")) {
            return "填的是“" + t + "”，多了小数点，应为“" + folded.replaceAll("\\.+", ".") + "”之类的数字，请核对。";
        }
        if (!folded.equals(t) && NumberText.plain(t).isPresent()) {
            return "填的是“" + t + "”（全角数字或千分位），请改为“" + folded + "”。";
        }
        return "填的是“" + t + "”，不是有效金额，请填写以万元为单位的数字，如 15 或 15.5。";
    }
}
