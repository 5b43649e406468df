package cn.jixiao.review;

import cn.jixiao.domain.Amount;
import cn.jixiao.domain.BasicDataRow;
import cn.jixiao.domain.ExpenseLine;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Stage;
import cn.jixiao.domain.UnitOverall;
import cn.jixiao.fields.Field;
import cn.jixiao.fields.FieldCatalogue;
import cn.jixiao.fields.FieldKind;
import cn.jixiao.fields.Owner;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Every 万元 cell of a project, of the 部门整体 and of the 基础数据表, with its path and its label on
 * the form: the catalogue's amount fields ({@link FieldCatalogue}), read on the given owner.
 */
public final class AmountFields {
    private AmountFields() {
    }

    /** One money cell: JSON path, how the form labels it, and what it holds. */
    public record Cell(String field, String label, Amount amount) {
    }

    /** A project's declaration amounts, its 支出明细 lines, then its self-evaluation amounts. */
    public static List<Cell> of(Project p) {
        List<Cell> c = new ArrayList<>();
        add(c, Owner.PROJECT, p, f -> f.stage().orElse(null) != Stage.SELF_EVALUATION, "", "");
        for (int k = 0; k < p.expenseLines.size(); k++) {
            ExpenseLine e = p.expenseLines.get(k);
            String name = "支出明细“" + (e.item.isBlank() ? "第" + (k + 1) + "行" : e.item) + "”的";
            add(c, Owner.EXPENSE_LINE, e, f -> true, "expenseLines[" + k + "].", name);
        }
        add(c, Owner.PROJECT, p, f -> f.stage().orElse(null) == Stage.SELF_EVALUATION, "", "");
        return c;
    }

    public static List<Cell> of(UnitOverall o) {
        List<Cell> c = new ArrayList<>();
        add(c, Owner.OVERALL, o, f -> true, "", "");
        return c;
    }

    /** The three money columns of one 基础数据表 row (上年决算, 本年预算, 本年决算), paths relative to the row. */
    public static List<Cell> of(BasicDataRow r) {
        List<Cell> c = new ArrayList<>();
        add(c, Owner.BASIC_DATA_ROW, r, f -> true, "", "“" + r.label + "”的");
        return c;
    }

    private static void add(List<Cell> out, Owner owner, Object object, Predicate<Field<?>> which, String pathPrefix,
                            String labelPrefix) {
        for (Field<?> f : FieldCatalogue.fields(owner)) {
            if (f.kind() == FieldKind.AMOUNT && which.test(f)) {
                out.add(new Cell(pathPrefix + f.path(), labelPrefix + f.label(), Amount.of(f.read(object))));
            }
        }
    }
}
