package cn.jixiao.documents;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The official order of a year's forms (报送顺序), as the year runs: the declarations (目标申报),
 * the mid-year monitoring (绩效运行监控), then the self-evaluation (绩效自评) and its report.
 * The export dialog lists the forms in it and the year's package (报送包) binds them in it.
 */
public final class FormOrder {
    /** The form ids in order; a form not listed here comes after them, in registry order. */
    public static final List<String> FORMS = List.of("declaration", "overall-declaration", "disclosure",
            "monitoring", "monitoring-summary", "overall-monitoring",
            "self-evaluation", "overall-self-evaluation", "basic-data", "report");

    private FormOrder() {
    }

    /** The forms sorted into the official order; unknown ones last, as given. */
    public static List<String> sorted(Collection<String> forms) {
        List<String> out = new ArrayList<>(forms);
        out.sort(Comparator.comparingInt(FormOrder::rank));
        return out;
    }

    private static int rank(String form) {
        int i = FORMS.indexOf(form);
        return i < 0 ? FORMS.size() : i;
    }
}
