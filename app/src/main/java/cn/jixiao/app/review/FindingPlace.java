package cn.jixiao.app.review;

import cn.jixiao.fields.OverallFields;
import cn.jixiao.app.text.Messages;
import cn.jixiao.app.main.UnitNode;
import cn.jixiao.review.FieldRef;

import java.util.Set;

/** Which node of the unit tree shows the field a finding points at. */
final class FindingPlace {
    /** Indicator columns that only the self-evaluation form has. */
    private static final Set<String> SELF_EVALUATION_INDICATOR_FIELDS = Set.of("actual", "weight", "score", "deviationCause");
    /**
     * 部门整体 fields typed on its 自评 page; its stated figures (执行率, 得分, 总分) and 一级 weights are
     * typed in the 部门整体 editor, so their findings open that.
     */
    private static final Set<String> SELF_EVALUATION_OVERALL_FIELDS = Set.of(OverallFields.EXECUTED.path(), OverallFields.FUNDS_WEIGHT.path());
    /** A field of a 绩效运行监控 period: "monitoring[6].expectedExecuted". */
    private static final String MONITORING = "monitoring[";

    private FindingPlace() {
    }

    static UnitNode.Kind of(FieldRef ref) {
        boolean project = !ref.projectId().isEmpty();
        boolean monitoring = ref.field().startsWith(MONITORING);
        return switch (ref.kind()) {
            case UNIT_FIELD -> UnitNode.Kind.UNIT;
            case PROJECT_FIELD -> monitoring ? UnitNode.Kind.PROJECT_MONITORING
                    : ref.field().startsWith("selfEvaluation.") || ref.field().equals("categoryWeights")
                    ? UnitNode.Kind.PROJECT_SELF_EVALUATION : UnitNode.Kind.PROJECT;
            case INDICATOR -> {
                if (monitoring) {
                    yield project ? UnitNode.Kind.PROJECT_MONITORING : UnitNode.Kind.OVERALL_MONITORING;
                }
                boolean self = SELF_EVALUATION_INDICATOR_FIELDS.contains(ref.field());
                if (project) {
                    yield self ? UnitNode.Kind.PROJECT_SELF_EVALUATION : UnitNode.Kind.PROJECT;
                }
                yield self ? UnitNode.Kind.OVERALL_SELF_EVALUATION : UnitNode.Kind.OVERALL;
            }
            case OVERALL_FIELD -> monitoring ? UnitNode.Kind.OVERALL_MONITORING
                    : SELF_EVALUATION_OVERALL_FIELDS.contains(ref.field()) ? UnitNode.Kind.OVERALL_SELF_EVALUATION : UnitNode.Kind.OVERALL;
            case BASIC_DATA_ROW -> UnitNode.Kind.BASIC_DATA;
            case REPORT_SECTION -> UnitNode.Kind.REPORT;
        };
    }

    /** True for the nodes of one project (its 申报, 自评 and 监控), which a finding names by the project's id. */
    static boolean ofProject(UnitNode.Kind kind) {
        return kind == UnitNode.Kind.PROJECT || kind == UnitNode.Kind.PROJECT_SELF_EVALUATION || kind == UnitNode.Kind.PROJECT_MONITORING;
    }

    /** The group a unit-level finding is listed under; projects are listed under their name. */
    static String group(FieldRef ref) {
        return switch (ref.kind()) {
            case UNIT_FIELD -> Messages.text("findingPlace.name.unit");
            case BASIC_DATA_ROW -> Messages.text("findingPlace.name.basicData");
            case REPORT_SECTION -> Messages.text("findingPlace.name.report");
            default -> Messages.text("findingPlace.text.unitOverall");
        };
    }
}
