package org.chuanyu.e2e.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.Iterator;
import java.util.Map;

/**
 * The heaviest body an operation's schema allows (docs/security.md, finding 2): from a body that follows the schema,
 * every optional property is filled in, every free-text string takes exactly its maxLength in three-byte characters,
 * and every array its maxItems (each item made heaviest too), so the document's bounds multiply as far as they go.
 * Strings with a pattern, a format or an enum keep their valid value, and so do the values that name records of the
 * stack (a park, a district, an item: the sandbox's hints), so that the heaviest body can still be stored; a string or
 * array without a bound keeps its size (the bounds check names those).
 */
public final class Heaviest {

    /** A UTF-8 character of three bytes: the most a bound in characters can weigh. */
    static final String HEAVY = "川";

    private final Values values;
    private final java.util.function.Predicate<String> namesARecord;

    public Heaviest(Values values, java.util.function.Predicate<String> namesARecord) {
        this.values = values;
        this.namesARecord = namesARecord;
    }

    public JsonNode of(JsonNode valid, JsonNode rawSchema) {
        return of(valid, rawSchema, "");
    }

    private JsonNode of(JsonNode valid, JsonNode rawSchema, String name) {
        if (namesARecord.test(name)) {
            return valid;
        }
        JsonNode schema = values.effective(rawSchema);
        switch (Values.type(schema)) {
            case "object" -> {
                if (!valid.isObject()) {
                    return valid;
                }
                ObjectNode out = ((ObjectNode) valid).deepCopy();
                Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
                while (properties.hasNext()) {
                    Map.Entry<String, JsonNode> p = properties.next();
                    JsonNode present = out.get(p.getKey());
                    if (present == null || present.isNull()) {
                        present = values.of(p.getValue(), p.getKey()).filter(v -> !v.isNull()).sample();
                    }
                    out.set(p.getKey(), of(present, p.getValue(), p.getKey()));
                }
                return out;
            }
            case "array" -> {
                if (!valid.isArray()) {
                    return valid;
                }
                ArrayNode out = JsonNodeFactory.instance.arrayNode();
                int target = schema.has("maxItems") ? schema.get("maxItems").asInt() : valid.size();
                JsonNode items = schema.path("items");
                for (int i = 0; i < target; i++) {
                    JsonNode item = i < valid.size() ? valid.get(i) : values.of(items, name).filter(v -> !v.isNull()).sample();
                    out.add(of(item, items, ""));
                }
                return out;
            }
            case "string" -> {
                boolean free = !schema.has("pattern") && !schema.has("format") && !schema.has("enum");
                if (!valid.isTextual() || !free || !schema.has("maxLength")) {
                    return valid;
                }
                return TextNode.valueOf(HEAVY.repeat(schema.get("maxLength").asInt()));
            }
            default -> {
                return valid;
            }
        }
    }
}
