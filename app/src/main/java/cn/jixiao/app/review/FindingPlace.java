package cn.jixiao.app.review;

import cn.jixiao.app.Messages;
import cn.jixiao.app.main.UnitNode;
import cn.jixiao.domain.Stage;
import cn.jixiao.fields.Field;
import cn.jixiao.review.FieldRef;

import java.util.Set;

/** Which node of the unit tree shows the field a finding points at. */
final class FindingPlace {
    /** Indicator columns that only the self-evaluation form has. */
    private static final Set<String> SELF_EVALUATION_INDICATOR_FIELDS = Set.of("actual", "weight", "score", "deviationCause");

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
            case OVERALL_FIELD -> overallSelfEvaluation(ref) ? UnitNode.Kind.OVERALL_SELF_EVALUATION : UnitNode.Kind.OVERALL;
            case BASIC_DATA_ROW -> UnitNode.Kind.BASIC_DATA;
            case REPORT_SECTION -> UnitNode.Kind.REPORT;
        };
    }

    /** A 部门整体 field of its self-evaluation (by the catalogue's stage), or its 一级 weights printed there. */
    private static boolean overallSelfEvaluation(FieldRef ref) {
        return ref.field().equals("categoryWeights") || ref.entry()
                .filter(e -> e instanceof Field<?> f && f.stage().orElse(null) == Stage.SELF_EVALUATION).isPresent();
    }

    /** The group a unit-level finding is listed under; projects are listed under their name. */
    static String group(FieldRef ref) {
        return switch (ref.kind()) {
            case UNIT_FIELD -> Messages.text("findingPlace.name.1");
            case BASIC_DATA_ROW -> Messages.text("findingPlace.name.2");
            case REPORT_SECTION -> Messages.text("findingPlace.name.3");
            default -> Messages.text("findingPlace.text.1");
        };
    }
}
