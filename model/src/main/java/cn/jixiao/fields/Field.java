package cn.jixiao.fields;

import cn.jixiao.domain.Amount;
import cn.jixiao.domain.Stage;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * 字段: one field a form shows, once: its path from its owner (as the exchange JSON writes it
 * and a finding names it), its Chinese label, its owner, the stage it belongs to, what it holds,
 * and how to read and write it on an owner object. Every value reads and writes as text, as the
 * clerk typed it: an amount as its written text, a flag as "true"/"false", lines joined by '\n'.
 *
 * @param <O> the owner's class (Project, Indicator, ...)
 */
public final class Field<O> implements CatalogueEntry {
    private final Owner owner;
    private final Class<O> type;
    private final String path;
    private final String label;
    private final Stage stage;
    private final FieldKind kind;
    private final Function<O, String> get;
    private final BiConsumer<O, String> set;

    Field(Owner owner, Class<O> type, String path, String label, Stage stage, FieldKind kind,
          Function<O, String> get, BiConsumer<O, String> set) {
        this.owner = owner;
        this.type = type;
        this.path = path;
        this.label = label;
        this.stage = stage;
        this.kind = kind;
        this.get = get;
        this.set = set;
    }

    static <O> Field<O> text(Owner owner, Class<O> type, String path, String label, Stage stage, FieldKind kind,
                             Function<O, String> get, BiConsumer<O, String> set) {
        return new Field<>(owner, type, path, label, stage, kind, o -> {
            String v = get.apply(o);
            return v == null ? "" : v;
        }, (o, v) -> set.accept(o, v == null ? "" : v));
    }

    static <O> Field<O> amount(Owner owner, Class<O> type, String path, String label, Stage stage,
                               Function<O, Amount> get, BiConsumer<O, Amount> set) {
        return new Field<>(owner, type, path, label, stage, FieldKind.AMOUNT, o -> {
            Amount a = get.apply(o);
            return a == null ? "" : a.text();
        }, (o, v) -> set.accept(o, Amount.of(v)));
    }

    static <O> Field<O> flag(Owner owner, Class<O> type, String path, String label, Stage stage,
                             Function<O, Boolean> get, BiConsumer<O, Boolean> set) {
        return new Field<>(owner, type, path, label, stage, FieldKind.FLAG,
                o -> String.valueOf(Boolean.TRUE.equals(get.apply(o))), (o, v) -> set.accept(o, Boolean.parseBoolean(v)));
    }

    static <O> Field<O> lines(Owner owner, Class<O> type, String path, String label, Stage stage,
                              Function<O, List<String>> get, BiConsumer<O, List<String>> set) {
        return new Field<>(owner, type, path, label, stage, FieldKind.LINES, o -> {
            List<String> l = get.apply(o);
            return l == null ? "" : String.join("\n", l);
        }, (o, v) -> set.accept(o, v == null || v.isEmpty() ? new java.util.ArrayList<>()
                : new java.util.ArrayList<>(List.of(v.split("\n", -1)))));
    }

    public Owner owner() {
        return owner;
    }

    public Class<O> type() {
        return type;
    }

    /** The path from the owner: "name", "funds.statedTotal", "selfEvaluation.funds.executed". */
    public String path() {
        return path;
    }

    /** The field's Chinese name as the form or the editor labels it. */
    public String label() {
        return label;
    }

    /** The stage the field is filled in; empty for a field of every stage (the unit's name). */
    public Optional<Stage> stage() {
        return Optional.ofNullable(stage);
    }

    public FieldKind kind() {
        return kind;
    }

    /** The value on an owner, as text ("" when empty). */
    public String get(O owner) {
        return get.apply(owner);
    }

    public void set(O owner, String value) {
        set.accept(owner, value);
    }

    /** The value on an owner of unknown static type; the owner must be of this field's {@link #type()}. */
    public String read(Object owner) {
        return get(type.cast(owner));
    }

    public void write(Object owner, String value) {
        set(type.cast(owner), value);
    }

    @Override
    public String toString() {
        return owner + ":" + path;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Field<?> f && f.owner == owner && f.path.equals(path);
    }

    @Override
    public int hashCode() {
        return Objects.hash(owner, path);
    }
}
