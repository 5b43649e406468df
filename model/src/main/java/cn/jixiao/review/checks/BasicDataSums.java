package cn.jixiao.review.checks;

import cn.jixiao.domain.Amount;
import cn.jixiao.domain.BasicDataRow;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Unit;
import cn.jixiao.review.AmountFields;
import cn.jixiao.review.BaseCheck;
import cn.jixiao.review.FieldRef;
import cn.jixiao.review.Finding;
import cn.jixiao.review.Names;
import cn.jixiao.review.Numbers;
import cn.jixiao.review.Severity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The subtotal rows of the 基础数据表 against the rows under them, column by column:
 * 公用经费 = its parts; 三公经费 = 公务用车 + 出国 + 公务接待; 公务用车 = 购置 + 运行维护;
 * 项目支出 = all project rows; each project group = its project rows. A blank subtotal is not
 * checked (the form leaves some blank); a part that is not a number stops the comparison.
 */
public final class BasicDataSums extends BaseCheck {
    /** Parent kind → the kinds summed into it, and the kinds that may sit between them unsummed. */
    private static final Map<String, List<Set<String>>> RULES = Map.of(
            "public", List.of(Set.of("public-part"), Set.of()),
            "three-public", List.of(Set.of("vehicle", "overseas", "reception"), Set.of("vehicle-purchase", "vehicle-running")),
            "vehicle", List.of(Set.of("vehicle-purchase", "vehicle-running"), Set.of()),
            "project-total", List.of(Set.of("project"), Set.of("category")),
            "category", List.of(Set.of("project"), Set.of()));

    public BasicDataSums() {
        super("BASIC_DATA_SUM_MISMATCH", Severity.WARNING, "基础数据表的小计与其明细行之和不一致");
    }

    @Override
    public List<Finding> check(Unit unit, FiscalYear y) {
        List<Finding> out = new ArrayList<>();
        List<BasicDataRow> rows = y.basicData.rows;
        for (int k = 0; k < rows.size(); k++) {
            BasicDataRow parent = rows.get(k);
            List<Set<String>> rule = RULES.get(parent.kind);
            if (rule == null) {
                continue;
            }
            List<BasicDataRow> children = new ArrayList<>();
            for (int j = k + 1; j < rows.size(); j++) {
                String kind = rows.get(j).kind;
                if (rule.get(0).contains(kind)) {
                    children.add(rows.get(j));
                } else if (!rule.get(1).contains(kind)) {
                    break;
                }
            }
            if (children.isEmpty()) {
                continue;
            }
            List<AmountFields.Cell> cells = AmountFields.of(parent);
            for (int c = 0; c < cells.size(); c++) {
                final int col = c;
                List<Amount> parts = children.stream().map(r -> AmountFields.of(r).get(col).amount()).toList();
                Amount stated = cells.get(c).amount();
                if (stated.value().isEmpty() || parts.stream().allMatch(Amount::isEmpty)
                        || parts.stream().anyMatch(a -> !a.isEmpty() && a.value().isEmpty())) {
                    continue;
                }
                BigDecimal sum = parts.stream().map(Amount::valueOrZero).reduce(BigDecimal.ZERO, BigDecimal::add);
                if (!Numbers.same(sum, stated.value().get())) {
                    out.add(onUnit(y, FieldRef.basicDataRow(k, cells.get(c).field()), Names.BASIC_DATA, cells.get(c).label()
                            + "填的是" + stated.text() + "万元，其下" + children.size() + "行之和为" + Numbers.show(sum) + "万元，两者应相等。"));
                }
            }
        }
        return out;
    }
}
