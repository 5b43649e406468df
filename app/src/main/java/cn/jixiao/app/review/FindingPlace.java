package cn.jixiao.app.review;

import cn.jixiao.app.Messages;
import cn.jixiao.app.main.UnitNode;
import cn.jixiao.review.FieldRef;

import java.util.Set;

/** Which node of the unit tree shows the field a finding points at. */
final class FindingPlace {
    /** Indicator columns that only the self-evaluation form has. */
    private static final Set<String> SELF_EVALUATION_INDICATOR_FIELDS = Set.of("actual", "weight", "score", "deviationCause");
    /** 部门整体 fields printed on its self-evaluation, not on its declaration. */
    private static final Set<String> SELF_EVALUATION_OVERALL_FIELDS = Set.of("executed", "statedExecutionRate", "fundsWeight",
            "statedFundsScore", "statedTotalScore", "statedWeightTotal", "categoryWeights");

    private FindingPlace() {
    }

    static UnitNode.Kind of(FieldRef ref) {
        boolean project = !ref.projectId().isEmpty();
        return switch (ref.kind()) {
            case UNIT_FIELD -> UnitNode.Kind.UNIT;
            case PROJECT_FIELD -> ref.field().startsWith("selfEvaluation.") || ref.field().equals("categoryWeights")
                    ? UnitNode.Kind.PROJECT_SELF_EVALUATION : UnitNode.Kind.PROJECT;
            case INDICATOR -> {
                boolean self = SELF_EVALUATION_INDICATOR_FIELDS.contains(ref.field());
                if (project) {
                    yield self ? UnitNode.Kind.PROJECT_SELF_EVALUATION : UnitNode.Kind.PROJECT;
                }
                yield self ? UnitNode.Kind.OVERALL_SELF_EVALUATION : UnitNode.Kind.OVERALL;
            }
            case OVERALL_FIELD -> SELF_EVALUATION_OVERALL_FIELDS.contains(ref.field())
                    ? UnitNode.Kind.OVERALL_SELF_EVALUATION : UnitNode.Kind.OVERALL;
            case BASIC_DATA_ROW -> UnitNode.Kind.BASIC_DATA;
            case REPORT_SECTION -> UnitNode.Kind.REPORT;
        };
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
