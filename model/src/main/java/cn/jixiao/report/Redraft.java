package cn.jixiao.report;

import cn.jixiao.domain.Json;
import cn.jixiao.domain.ReportSection;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Puts a draft into a report without losing the clerk's words: blocks the clerk edited are listed
 * for confirmation and kept unless the clerk agrees to replace them; 七 to 九 are never touched.
 */
public final class Redraft {
    private Redraft() {
    }

    /** '（一）基本支出情况' for each block the clerk edited that the draft would change. */
    public static List<String> clerkBlocksChanged(List<ReportSection> current, List<ReportSection> draft) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < Math.min(ReportDrafter.DRAFTED, current.size()); i++) {
            ReportSection c = current.get(i);
            ReportSection d = draft.get(i);
            if (c.editedByClerk && !Objects.equals(c.text, d.text)) {
                names.add(name(c));
            }
            for (int j = 0; j < c.subsections.size() && j < d.subsections.size(); j++) {
                ReportSection cs = c.subsections.get(j);
                if (cs.editedByClerk && !Objects.equals(cs.text, d.subsections.get(j).text)) {
                    names.add(name(cs));
                }
            }
        }
        return names;
    }

    /** The report after the redraft: drafted blocks, the clerk's edited ones kept unless {@code replaceClerkEdits}. */
    public static List<ReportSection> merge(List<ReportSection> current, List<ReportSection> draft, boolean replaceClerkEdits) {
        List<ReportSection> out = new ArrayList<>();
        for (int i = 0; i < draft.size(); i++) {
            ReportSection d = Json.copy(draft.get(i), ReportSection.class);
            ReportSection c = i < current.size() ? current.get(i) : null;
            if (c != null && i < ReportDrafter.DRAFTED && !replaceClerkEdits) {
                if (c.editedByClerk) {
                    d.text = c.text;
                    d.editedByClerk = true;
                }
                for (int j = 0; j < c.subsections.size() && j < d.subsections.size(); j++) {
                    if (c.subsections.get(j).editedByClerk) {
                        d.subsections.set(j, Json.copy(c.subsections.get(j), ReportSection.class));
                    }
                }
            }
            out.add(d);
        }
        return out;
    }

    static String name(ReportSection s) {
        return (s.number + s.title).strip();
    }
}
