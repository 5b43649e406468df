package cn.jixiao.exchange;

import cn.jixiao.domain.Amount;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.TextInput;
import cn.jixiao.domain.Unit;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * 导入检查: a unit read from a JSON document, checked before it reaches a unit file. Every text
 * goes through {@link TextInput} (a notice for each one changed) and every amount through
 * {@link Amount#validity()}: a negative amount is refused, as the editors refuse it; one that is
 * not a number ('31..5', '15万') is kept as written, as the seeds print it, for review to point at.
 *
 * <p>Walks the domain objects' public fields rather than a list of them, so a field added to the
 * domain is checked without being named here again.
 */
public record IncomingUnit(Unit unit, List<String> notices) {
    private static final int MAX_LISTED = 20;

    /** The document at {@code source}, read and checked. */
    public static IncomingUnit read(Path source) throws java.io.IOException {
        return check(UnitExchange.read(source));
    }

    /** Cleans the unit's texts in place and refuses negative amounts, naming each. */
    public static IncomingUnit check(Unit unit) {
        Walk w = new Walk();
        w.object(unit, "unit", "");
        if (!w.negative.isEmpty()) {
            int n = w.negative.size();
            throw new UnitExchange.ExchangeException("JSON 文档中有 " + n + " 个金额是负数，金额不能为负数："
                    + String.join("；", n > MAX_LISTED ? w.negative.subList(0, MAX_LISTED) : w.negative)
                    + (n > MAX_LISTED ? " 等" : "") + "。请在文档中改为以万元为单位的非负数字后再导入。");
        }
        return new IncomingUnit(unit, List.copyOf(w.notices));
    }

    private static final class Walk {
        final List<String> notices = new ArrayList<>();
        final List<String> negative = new ArrayList<>();

        void object(Object o, String path, String where) {
            if (o instanceof Project p && p.name != null && !p.name.isBlank()) {
                where = "项目“" + TextInput.clean(p.name).text().strip().replaceAll("\\s+", " ") + "”";
            }
            for (Field f : o.getClass().getFields()) {
                if (Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                try {
                    Object v = f.get(o);
                    // a stage object the JSON writes flat (指标自评) keeps the flat path
                    String at = f.isAnnotationPresent(JsonUnwrapped.class) ? path : path + "." + f.getName();
                    if (Modifier.isFinal(f.getModifiers())) {
                        if (v != null && isDomain(v)) {
                            object(v, at, where);
                        }
                    } else if (v instanceof String s) {
                        f.set(o, text(s, at, where));
                    } else if (v instanceof Amount a) {
                        f.set(o, amount(a, at, where));
                    } else if (v instanceof List<?> list) {
                        list(list, at, where);
                    } else if (v != null && isDomain(v)) {
                        object(v, at, where);
                    }
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }

        @SuppressWarnings("unchecked")
        void list(List<?> list, String path, String where) {
            for (int i = 0; i < list.size(); i++) {
                Object e = list.get(i);
                String at = path + "[" + i + "]";
                if (e instanceof String s) {
                    String t = text(s, at, where);
                    if (!t.equals(s)) {
                        ((List<Object>) list).set(i, t);
                    }
                } else if (e instanceof Amount a) {
                    Amount kept = amount(a, at, where);
                    if (!kept.equals(a)) {
                        ((List<Object>) list).set(i, kept);
                    }
                } else if (e != null && isDomain(e)) {
                    object(e, at, where);
                }
            }
        }

        String text(String s, String path, String where) {
            TextInput.Cleaned c = TextInput.clean(s);
            if (c.changed()) {
                notices.add(c.notice(place(path, where)));
            }
            return c.text();
        }

        Amount amount(Amount a, String path, String where) {
            TextInput.Cleaned c = TextInput.clean(a.text());
            Amount kept = a;
            if (c.changed()) {
                notices.add(c.notice(place(path, where)));
                kept = Amount.of(c.text());
            }
            if (kept.validity() == Amount.Validity.NEGATIVE) {
                negative.add(place(path, where) + " 为“" + kept.text() + "”");
            }
            return kept;
        }

        static String place(String path, String where) {
            return where.isEmpty() ? path : path + "（" + where + "）";
        }

        static boolean isDomain(Object o) {
            return o.getClass().getName().startsWith("cn.jixiao.domain.") && !o.getClass().isEnum();
        }
    }
}
