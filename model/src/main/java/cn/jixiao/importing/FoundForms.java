package cn.jixiao.importing;

import cn.jixiao.documents.FormReader;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.fields.Field;
import cn.jixiao.fields.FieldAddress;
import cn.jixiao.fields.FieldCatalogue;
import cn.jixiao.fields.FieldKind;
import cn.jixiao.fields.Owner;
import cn.jixiao.fields.Rows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * 识别出的表单 as the import carries them: the fields the recogniser filled on its project (and on
 * its indicators and rows), as values at the project's addresses, read through the field catalogue.
 * A field left empty was not on the form, so a merge keeps what the project has there.
 */
final class FoundForms {
    private static final Rows.Context NO_CONTEXT = new Rows.Context(null, null, "", "");

    private FoundForms() {
    }

    static FormPreview preview(Path file, FoundForm found, Unit unit) {
        Project p = found.project();
        List<FormReader.Value> values = new ArrayList<>();
        collect(Owner.PROJECT, p, new FieldAddress(Owner.PROJECT, p.id, "", ""), "", values);
        for (Indicator i : p.indicators) {
            collect(Owner.INDICATOR, i, new FieldAddress(Owner.INDICATOR, p.id, i.id, ""), "", values);
        }
        List<Project> candidates = found.year().isPresent() ? Importing.candidates(unit, p.name, found.year().getAsInt()) : List.of();
        return new FormPreview(file, found.place(), found.kind().label(), found.year(), p, p.name, found.unplaced(),
                found.guesses(), candidates, values);
    }

    /** Every filled field of an owner object and of its rows (not its indicators, which have addresses of their own). */
    private static void collect(Owner owner, Object object, FieldAddress root, String prefix, List<FormReader.Value> out) {
        for (Field<?> f : FieldCatalogue.fields(owner)) {
            String v = f.read(object);
            if (!v.isEmpty() && !(f.kind() == FieldKind.FLAG && v.equals("false"))) {
                out.add(new FormReader.Value(new FieldAddress(root.root(), root.projectId(), root.indicatorId(), prefix + f.path()), v));
            }
        }
        for (Rows<?> r : FieldCatalogue.rowsOf(owner)) {
            if (r.child() == Owner.INDICATOR || r.child() == Owner.MONITORING || r.child() == Owner.INDICATOR_MONITORING) {
                continue;
            }
            for (Rows.Row row : r.rows(NO_CONTEXT, object)) {
                collect(r.child(), row.item(), root, prefix + r.name() + "[" + row.index() + "].", out);
            }
        }
    }
}
