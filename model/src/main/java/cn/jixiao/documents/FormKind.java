package cn.jixiao.documents;

import cn.jixiao.domain.Stage;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * 表单: which form a layout prints, whatever its style, and the stage of the year it belongs to.
 * The id is what the command line ({@code jixiao export --form}) and the exported file's properties
 * write. A layout registered later may bring a form of its own (forms are not a closed list), so
 * two kinds are the same form when their ids are; the constants are the forms the program knows.
 */
public final class FormKind implements Comparable<FormKind> {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    public static final FormKind DECLARATION = new FormKind("declaration", Stage.DECLARATION);
    public static final FormKind OVERALL_DECLARATION = new FormKind("overall-declaration", Stage.DECLARATION);
    public static final FormKind DISCLOSURE = new FormKind("disclosure", Stage.DECLARATION);
    public static final FormKind MONITORING = new FormKind("monitoring", Stage.MONITORING);
    public static final FormKind OVERALL_MONITORING = new FormKind("overall-monitoring", Stage.MONITORING);
    public static final FormKind MONITORING_SUMMARY = new FormKind("monitoring-summary", Stage.MONITORING);
    public static final FormKind SELF_EVALUATION = new FormKind("self-evaluation", Stage.SELF_EVALUATION);
    public static final FormKind OVERALL_SELF_EVALUATION = new FormKind("overall-self-evaluation", Stage.SELF_EVALUATION);
    public static final FormKind BASIC_DATA = new FormKind("basic-data", Stage.SELF_EVALUATION);
    public static final FormKind REPORT = new FormKind("report", Stage.SELF_EVALUATION);

    private static final List<FormKind> KNOWN = List.of(DECLARATION, OVERALL_DECLARATION, DISCLOSURE, MONITORING,
            OVERALL_MONITORING, MONITORING_SUMMARY, SELF_EVALUATION, OVERALL_SELF_EVALUATION, BASIC_DATA, REPORT);

    private final String id;
    private final Stage stage;

    public FormKind(String id, Stage stage) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("表单名称只能由小写字母、数字和“-”组成：" + id);
        }
        this.id = id;
        this.stage = Objects.requireNonNull(stage, "stage");
    }

    /** The id the command line and the files use: 'declaration', 'self-evaluation', ... */
    public String id() {
        return id;
    }

    /** The stage of the year the form belongs to. */
    public Stage stage() {
        return stage;
    }

    /** One of the forms the program knows, by id. */
    public static Optional<FormKind> known(String id) {
        return KNOWN.stream().filter(k -> k.id.equals(id)).findFirst();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FormKind k && k.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public int compareTo(FormKind o) {
        return id.compareTo(o.id);
    }

    @Override
    public String toString() {
        return id;
    }
}
