package cn.jixiao.documents;

import java.util.ArrayList;
import java.util.List;

/** What DocumentText should read back from a written form: body lines, and every declared cell. */
final class Expected {
    private Expected() {
    }

    /** As the docx reader gives them: a body line whole, tabs included. */
    static List<String> texts(List<FormDocument> docs) {
        return texts(docs, false);
    }

    /** As the xlsx reader gives them: a line's tab-separated parts are cells of their own. */
    static List<String> sheetTexts(List<FormDocument> docs) {
        return texts(docs, true);
    }

    private static List<String> texts(List<FormDocument> docs, boolean splitTabs) {
        List<String> out = new ArrayList<>();
        for (FormDocument d : docs) {
            for (FormDocument.Block b : d.blocks) {
                if (b instanceof Paragraph p) {
                    for (String line : FormText.lines(p.text())) {
                        for (String part : splitTabs ? line.split("\t", -1) : new String[] {line}) {
                            if (!part.isBlank()) {
                                out.add(part);
                            }
                        }
                    }
                } else if (b instanceof Table t) {
                    for (Table.Row r : t.rows()) {
                        for (Table.Cell c : r.cells()) {
                            out.add(FormText.clean(c.text()));
                        }
                    }
                }
            }
        }
        return out;
    }
}
