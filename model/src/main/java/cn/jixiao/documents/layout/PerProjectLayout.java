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

    /**
     * 资金总额 as stated (bound to the field), else by the project's one rule ({@link Project#budget()}:
     * the parts' sum, else the self-evaluation's 年初预算数 of a year typed from its 自评表).
     */
    static FieldText total(Project p) {
        Funds f = funds(p);
        if (!Text.of(f.statedTotal).isEmpty()) {
            return Bound.project(p, ProjectFields.STATED_TOTAL);
        }
        return FieldText.plain(Text.of(p.budget()));
    }

    /**
     * 财政拨款 as declared; in a year with no declared funds at all, the 自评表's 年初预算数 of it,
     * so the parts agree with the {@link #total} taken from there.
     */
    static FieldText fiscalAppropriation(Project p) {
        return funds(p).budget().isEmpty() ? Bound.first(Bound.project(p, ProjectFields.FISCAL_APPROPRIATION),
                Bound.project(p, ProjectFields.FISCAL_INITIAL)) : Bound.project(p, ProjectFields.FISCAL_APPROPRIATION);
    }

    /** 其他资金, by the rule of {@link #fiscalAppropriation}. */
    static FieldText otherFunds(Project p) {
        return funds(p).budget().isEmpty() ? Bound.first(Bound.project(p, ProjectFields.OTHER_FUNDS),
                Bound.project(p, ProjectFields.OTHER_INITIAL)) : Bound.project(p, ProjectFields.OTHER_FUNDS);
    }

    /**
     * 年度绩效目标 as declared, else the self-evaluation's 年度目标（预期目标）: a year typed from its
     * 自评表 still prints its goal on the 申报表, as the 自评表 prints the declared one when it has none.
     */
    static FieldText annualGoal(Project p) {
        return Bound.first(Bound.project(p, ProjectFields.ANNUAL_GOAL), Bound.project(p, ProjectFields.EXPECTED_OUTCOME));
    }
}
