package cn.jixiao.exchange;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks on a document's tree before it becomes domain objects: our files never hold
 * {@code null} (empty values are left out), so a null anywhere is refused by its place
 * instead of failing later as a missing name or list.
 */
public final class JsonShape {
    private JsonShape() {
    }

    /** The place of the first null in the tree, the path starting with {@code prefix}. */
    public static Optional<List<Object>> firstNull(JsonNode node, List<Object> prefix) {
        List<Object> path = new ArrayList<>(prefix);
        return find(node, path) ? Optional.of(path) : Optional.empty();
    }

    private static boolean find(JsonNode node, List<Object> path) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return true;
        }
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                path.add(f.getKey());
                if (find(f.getValue(), path)) {
                    return true;
                }
                path.remove(path.size() - 1);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                path.add(i);
                if (find(node.get(i), path)) {
                    return true;
                }
                path.remove(path.size() - 1);
            }
        }
        return false;
    }
}
