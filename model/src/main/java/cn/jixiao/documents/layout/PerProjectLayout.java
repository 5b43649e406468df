package cn.jixiao.documents.layout;

import cn.jixiao.documents.FormDocument;
import cn.jixiao.fields.ProjectFields;
import cn.jixiao.documents.FieldText;
import cn.jixiao.documents.FormLayout;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Funds;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Signature;
import cn.jixiao.domain.Unit;

import java.util.ArrayList;
import java.util.List;

/** A form printed once per project: one document per project, in the order given. */
abstract class PerProjectLayout implements FormLayout {
    @Override
    public final boolean perProject() {
        return true;
    }

    @Override
    public final List<FormDocument> render(Unit unit, FiscalYear year, List<Project> projects) {
        Unit u = unit == null ? new Unit() : unit;
        FiscalYear y = year == null ? new FiscalYear() : year;
        List<FormDocument> out = new ArrayList<>();
        for (Project p : projects == null ? List.<Project>of() : projects) {
            if (p != null) {
                out.add(render(u, y, p));
            }
        }
        return out;
    }

    /** The form of one project. */
    protected abstract FormDocument render(Unit unit, FiscalYear year, Project project);

    protected String documentName(Project project) {
        return title() + "-" + Text.of(project.name);
    }

    static Funds funds(Project p) {
        return p.funds == null ? new Funds() : p.funds;
    }

    static Signature signature(Project p) {
        return p.signature == null ? new Signature() : p.signature;
    }

    /** 资金总额 as stated (bound to the field), else by its one rule ({@link Funds#budget()}: the parts' sum). */
    static FieldText total(Project p) {
        Funds f = funds(p);
        if (!Text.of(f.statedTotal).isEmpty()) {
            return Bound.project(p, ProjectFields.STATED_TOTAL);
        }
        return FieldText.plain(Text.of(f.budget()));
    }
}
