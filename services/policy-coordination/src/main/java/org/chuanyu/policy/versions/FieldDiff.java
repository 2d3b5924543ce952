package org.chuanyu.policy.versions;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The structured parts of two versions compared field by field: each JSON leaf is named by its path
 * ({@code benefits[0].amountMax}, {@code applicability.districts[1]}) and reported when its value
 * differs, appears or disappears.
 */
public final class FieldDiff {

    /** One changed field: its path and its values before and after (null when absent). */
    public record Change(String field, JsonNode before, JsonNode after) {
    }

    private FieldDiff() {
    }

    public static List<Change> between(JsonNode older, JsonNode newer) {
        Map<String, JsonNode> a = new TreeMap<>();
        Map<String, JsonNode> b = new TreeMap<>();
        flatten("", older, a);
        flatten("", newer, b);
        Set<String> fields = new LinkedHashSet<>(a.keySet());
        fields.addAll(b.keySet());
        List<Change> changes = new ArrayList<>();
        for (String field : fields.stream().sorted().toList()) {
            JsonNode before = a.get(field);
            JsonNode after = b.get(field);
            if (before == null ? after != null : !before.equals(after)) {
                changes.add(new Change(field, before, after));
            }
        }
        return changes;
    }

    private static void flatten(String path, JsonNode node, Map<String, JsonNode> into) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return;
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                flatten(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), into);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), into);
            }
        } else {
            into.put(path, node);
        }
    }
}
