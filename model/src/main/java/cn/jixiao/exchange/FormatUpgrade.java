package cn.jixiao.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 格式升级: brings a unit written in an older shape to the current one, on the JSON tree before
 * it becomes domain objects. Used for exchange documents of an older {@code formatVersion} and
 * by the unit file's migration of rows written by an older program, so the two cannot differ.
 */
public final class FormatUpgrade {
    /**
     * Version 2 moved 部门整体's self-evaluation figures from flat fields on {@code overall} into
     * {@code overall.selfEvaluation}, the same object a project has: old key → its new path.
     */
    private static final Map<String, String[]> OVERALL_TO_2 = new LinkedHashMap<>();

    static {
        OVERALL_TO_2.put("executed", new String[] {"selfEvaluation", "funds", "executed"});
        OVERALL_TO_2.put("statedExecutionRate", new String[] {"selfEvaluation", "funds", "statedExecutionRate"});
        OVERALL_TO_2.put("fundsWeight", new String[] {"selfEvaluation", "funds", "weight"});
        OVERALL_TO_2.put("statedFundsScore", new String[] {"selfEvaluation", "funds", "statedScore"});
        OVERALL_TO_2.put("statedTotalScore", new String[] {"selfEvaluation", "statedTotalScore"});
        OVERALL_TO_2.put("statedWeightTotal", new String[] {"selfEvaluation", "statedWeightTotal"});
        OVERALL_TO_2.put("selfEvaluationSignature", new String[] {"selfEvaluation", "signature"});
    }

    private FormatUpgrade() {
    }

    /** The document's {@code unit} object, written in {@code version}, in the current shape (in place). */
    public static void unit(ObjectNode unit, int version) {
        if (version < 2 && unit.get("years") instanceof com.fasterxml.jackson.databind.node.ArrayNode years) {
            for (JsonNode year : years) {
                if (year instanceof ObjectNode y) {
                    fiscalYearTo2(y);
                }
            }
        }
    }

    /** One year (a unit file's fiscal_year row, or a year of a document) from version 1 to 2 (in place). */
    public static void fiscalYearTo2(ObjectNode year) {
        if (year.get("overall") instanceof ObjectNode overall) {
            overallTo2(overall);
        }
    }

    private static void overallTo2(ObjectNode overall) {
        for (Map.Entry<String, String[]> move : OVERALL_TO_2.entrySet()) {
            JsonNode value = overall.remove(move.getKey());
            if (value == null) {
                continue;
            }
            String[] path = move.getValue();
            ObjectNode at = overall;
            for (int i = 0; i < path.length - 1; i++) {
                at = at.get(path[i]) instanceof ObjectNode o ? o : at.putObject(path[i]);
            }
            at.set(path[path.length - 1], value);
        }
    }
}
