package cn.jixiao.fields;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Unit;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * A list the forms print as rows, named by its path segment ("rows", "expenseLines", "sections",
 * "monitoring"): it leads from its parent owner to its rows, each a {@link #child()} owner whose
 * fields are catalogue entries of their own. A row is numbered by its position, or by its month
 * for the monitoring periods ("monitoring[6]").
 *
 * @param <P> the parent's class
 */
public final class Rows<P> implements CatalogueEntry {
    /** One row and the number the path gives it. */
    public record Row(int index, Object item) {
    }

    /** What a path is resolved in: the unit, its year and the project/indicator of the address. */
    public record Context(Unit unit, FiscalYear year, String projectId, String indicatorId) {
    }

    private final Owner parent;
    private final Class<P> type;
    private final String name;
    private final String label;
    private final Owner child;
    private final BiFunction<Context, P, List<Row>> rows;
    private final Adder<P> adder;

    /**
     * Makes the row a path numbers {@code index} exist on a parent (blank rows before it when the
     * list is shorter) and returns it: what a form read back into a unit that lacks the row needs.
     */
    @FunctionalInterface
    interface Adder<P> {
        Object add(Context context, P parent, int index);
    }

    Rows(Owner parent, Class<P> type, String name, String label, Owner child, BiFunction<Context, P, List<Row>> rows) {
        this(parent, type, name, label, child, rows, null);
    }

    Rows(Owner parent, Class<P> type, String name, String label, Owner child, BiFunction<Context, P, List<Row>> rows,
         Adder<P> adder) {
        this.parent = parent;
        this.type = type;
        this.name = name;
        this.label = label;
        this.child = child;
        this.rows = rows;
        this.adder = adder;
    }

    public Owner parent() {
        return parent;
    }

    public String name() {
        return name;
    }

    public String label() {
        return label;
    }

    public Owner child() {
        return child;
    }

    /** The rows of a parent object, numbered as paths number them. */
    public List<Row> rows(Context context, Object parentObject) {
        return rows.apply(context, type.cast(parentObject));
    }

    public Optional<Object> row(Context context, Object parentObject, int index) {
        return rows(context, parentObject).stream().filter(r -> r.index() == index).map(Row::item).findFirst();
    }

    /** The row numbered {@code index}, added (with blank rows before it) when missing; empty when rows of this list cannot be added. */
    public Optional<Object> rowOrAdd(Context context, Object parentObject, int index) {
        Optional<Object> existing = row(context, parentObject, index);
        if (existing.isPresent() || adder == null || index < 0) {
            return existing;
        }
        return Optional.ofNullable(adder.add(context, type.cast(parentObject), index));
    }

    @Override
    public String toString() {
        return parent + ":" + name + "[]";
    }
}
