package cn.jixiao.documents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Every form layout the program knows. A layout registers itself by naming its class (public,
 * with a public no-argument constructor) in
 * {@code META-INF/services/cn.jixiao.documents.FormLayout}, one class a line, so adding a layout
 * never touches Java code shared with other layouts.
 */
public final class FormLayouts {
    private static volatile List<FormLayout> all;

    private FormLayouts() {
    }

    /** All layouts, by form then style. Two layouts for the same form and style are a packaging error. */
    public static List<FormLayout> all() {
        List<FormLayout> l = all;
        if (l == null) {
            l = load(FormLayouts.class.getClassLoader());
            all = l;
        }
        return l;
    }

    static List<FormLayout> load(ClassLoader loader) {
        List<FormLayout> found = new ArrayList<>();
        Map<String, FormLayout> seen = new HashMap<>();
        for (FormLayout layout : ServiceLoader.load(FormLayout.class, loader)) {
            FormLayout before = seen.putIfAbsent(layout.form() + "/" + layout.style(), layout);
            if (before != null) {
                if (before.getClass() == layout.getClass()) {
                    continue;
                }
                throw new IllegalStateException("表单 " + layout.form() + " 的版式 " + layout.style() + " 登记了两次："
                        + before.getClass().getName() + "、" + layout.getClass().getName());
            }
            found.add(layout);
        }
        found.sort(Comparator.comparing((FormLayout l) -> l.form().id()).thenComparing(l -> l.style().id()));
        return List.copyOf(found);
    }

    public static Optional<FormLayout> find(FormKind form, FormStyle style) {
        return all().stream().filter(l -> l.form().equals(form) && l.style().equals(style)).findFirst();
    }

    /** The layout of a form and style named by their ids (the command line's --form and --style). */
    public static Optional<FormLayout> find(String form, String style) {
        return all().stream().filter(l -> l.form().id().equals(form) && l.style().id().equals(style)).findFirst();
    }

    /** The forms that have a layout, each once, in registry order. */
    public static List<FormKind> kinds() {
        Set<FormKind> forms = new LinkedHashSet<>();
        all().forEach(l -> forms.add(l.form()));
        return List.copyOf(forms);
    }

    /** The form ids, each once, in registry order. */
    public static List<String> forms() {
        return kinds().stream().map(FormKind::id).toList();
    }

    /** The style ids in which a form (by id) exists. */
    public static List<String> styles(String form) {
        return all().stream().filter(l -> l.form().id().equals(form)).map(l -> l.style().id()).toList();
    }

    /** The Chinese title of a form (by id), from any of its layouts. */
    public static Optional<String> title(String form) {
        return all().stream().filter(l -> l.form().id().equals(form)).map(FormLayout::title).findFirst();
    }
}
