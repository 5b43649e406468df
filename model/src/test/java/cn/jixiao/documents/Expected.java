package cn.jixiao.documents;

import java.util.ArrayList;
import java.util.List;

/** What DocumentText should read back from a written form: body lines, and every declared cell. */
final class Expected {
    private Expected() {
    }

    static List<String> texts(List<FormDocument> docs) {
        List<String> out = new ArrayList<>();
        for (FormDocument d : docs) {
            for (FormDocument.Block b : d.blocks) {
                if (b instanceof Paragraph p) {
                    for (String line : FormText.lines(p.text())) {
                        if (!line.isBlank()) {
                            out.add(line);
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
