package org.chuanyu.e2e.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import org.chuanyu.e2e.hostile.Nasties;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Mutations of a body that follows its schema: one field (or the body) changed so that it breaks the schema
 * (a required field dropped, null, the wrong JSON type, out of range, one character or item too many, not in the
 * enum, not matching the pattern, an impossible date) or is merely hostile (a nasty from {@link Nasties}, a lone
 * surrogate, a string at its maxLength, an unknown property, deeply nested arrays, a number too big for any type).
 * Each mutation says whether the document forbids the result ({@code mustReject}).
 */
public final class Mutations {

    public enum Kind {
        DROP_REQUIRED, NULL, WRONG_TYPE, OUT_OF_RANGE, HUGE_NUMBER, LENGTH, TOO_MANY_ITEMS, NOT_IN_ENUM,
        NOT_THE_PATTERN, IMPOSSIBLE_DATE, UNKNOWN_PROPERTY, DEEP_ARRAY, NASTY
    }

    /** A body as sent: its JSON (raw fragments included verbatim), what was done, and whether it must be refused. */
    public record Body(JsonNode json, String label, boolean mustReject) {
    }

    /** Hostile strings beyond {@link Nasties}: raw JSON fragments. */
    static final Map<String, String> EXTRA = new LinkedHashMap<>();

    static {
        EXTRA.put("lone high surrogate", "\"\\ud800\"");
        EXTRA.put("lone low surrogate inside", "\"a\\udc00b\"");
        EXTRA.put("escaped NUL", "\"a\\u0000b\"");
        EXTRA.put("mixed-width Chinese digits", "\"５1一６２三\"");
        EXTRA.put("29 February of 2025", "\"2025-02-29\"");
        EXTRA.put("zero-width joiners", "\"\\u200b\\u200d\\ufeff\"");
        EXTRA.put("percent and backslash", "\"100%\\\\x%00\"");
        EXTRA.put("emoji pair", "\"\\ud83c\\udfed园\"");
    }

    private record Location(JsonNode parent, String field, int index, JsonNode value, JsonNode schema,
                            boolean required, String path) {
        boolean root() {
            return parent == null;
        }
    }

    private final Values values;

    public Mutations(Values values) {
        this.values = values;
    }

    /**
     * Applies {@code kind} at the location picked by {@code where} (modulo the applicable ones); a kind that applies
     * nowhere in this body becomes a nasty. {@code variant} picks among the kind's values.
     */
    public Body apply(JsonNode valid, JsonNode schema, Kind kind, int where, int variant) {
        JsonNode body = valid.deepCopy();
        List<Location> all = new ArrayList<>();
        walk(body, schema, null, null, -1, false, "$", all);
        Body done = tryApply(body, all, kind, where, variant);
        if (done == null) {
            done = tryApply(body, all, Kind.NASTY, where, variant);
        }
        return done == null ? new Body(body, "unchanged", false) : done;
    }

    /** Drops a required top-level field (always refused), on top of another mutation. */
    public Body dropRequired(Body mutated, JsonNode schema, int variant) {
        JsonNode s = values.effective(schema);
        List<String> present = new ArrayList<>();
        s.path("required").forEach(r -> {
            if (mutated.json().has(r.asText())) {
                present.add(r.asText());
            }
        });
        if (!mutated.json().isObject() || present.isEmpty()) {
            return mutated;
        }
        String field = present.get(Math.floorMod(variant, present.size()));
        ObjectNode copy = mutated.json().deepCopy();
        copy.remove(field);
        return new Body(copy, mutated.label() + ", and required $." + field + " dropped", true);
    }

    private void walk(JsonNode node, JsonNode rawSchema, JsonNode parent, String field, int index, boolean required,
                      String path, List<Location> out) {
        JsonNode schema = values.effective(rawSchema);
        out.add(new Location(parent, field, index, node, schema, required, path));
        if (node.isObject()) {
            List<String> requiredFields = new ArrayList<>();
            schema.path("required").forEach(r -> requiredFields.add(r.asText()));
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode property = schema.path("properties").path(name);
                if (property.isMissingNode()) {
                    property = schema.path("additionalProperties").isObject() ? schema.get("additionalProperties")
                            : Values.NODES.objectNode();
                }
                walk(node.get(name), property, node, name, -1, requiredFields.contains(name), path + "." + name, out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), schema.path("items"), node, null, i, true, path + "[" + i + "]", out);
            }
        }
    }

    private Body tryApply(JsonNode body, List<Location> all, Kind kind, int where, int variant) {
        List<Location> candidates = new ArrayList<>();
        for (Location l : all) {
            if (applies(kind, l)) {
                candidates.add(l);
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        Location at = candidates.get(Math.floorMod(where, candidates.size()));
        String type = Values.type(at.schema());
        switch (kind) {
            case DROP_REQUIRED -> {
                List<String> present = new ArrayList<>();
                at.schema().path("required").forEach(r -> {
                    if (at.value().has(r.asText())) {
                        present.add(r.asText());
                    }
                });
                String field = present.get(Math.floorMod(variant, present.size()));
                ((ObjectNode) at.value()).remove(field);
                return new Body(body, "required " + at.path() + "." + field + " dropped", true);
            }
            case NULL -> {
                return replace(body, at, "null", "null", at.required() && !Values.nullable(at.schema()));
            }
            case WRONG_TYPE -> {
                String fragment = switch (type) {
                    case "string" -> "{\"unexpected\":\"object\"}";
                    case "integer", "number" -> "\"12abc\"";
                    case "boolean" -> "\"maybe\"";
                    case "object" -> "\"text instead of an object\"";
                    default -> "{\"a\":1}";
                };
                return replace(body, at, "wrong type " + fragment, fragment, true);
            }
            case OUT_OF_RANGE -> {
                JsonNode s = at.schema();
                List<String> outside = new ArrayList<>();
                String unit = type.equals("integer") ? "1" : "0.01";
                if (s.has("maximum")) {
                    outside.add(s.get("maximum").decimalValue().add(new java.math.BigDecimal(unit)).toPlainString());
                }
                if (s.path("exclusiveMaximum").isNumber()) {
                    outside.add(s.get("exclusiveMaximum").decimalValue().toPlainString());
                }
                if (s.has("minimum")) {
                    outside.add(s.get("minimum").decimalValue().subtract(new java.math.BigDecimal(unit)).toPlainString());
                }
                if (s.path("exclusiveMinimum").isNumber()) {
                    outside.add(s.get("exclusiveMinimum").decimalValue().toPlainString());
                }
                if (s.has("multipleOf") && !type.equals("integer")) {
                    outside.add(s.get("multipleOf").decimalValue().movePointLeft(1).add(
                            s.has("minimum") ? s.get("minimum").decimalValue().max(java.math.BigDecimal.ONE) : java.math.BigDecimal.ONE)
                            .toPlainString());
                }
                String v = outside.get(Math.floorMod(variant, outside.size()));
                return replace(body, at, "out of range " + v, v, true);
            }
            case HUGE_NUMBER -> {
                String[] huge = {"1e400", "99999999999999999999", "-99999999999999999999", "1e-400", "2147483648",
                        "9223372036854775808"};
                String v = huge[Math.floorMod(variant, huge.length)];
                boolean forbidden = type.equals("integer") && !v.equals("1e-400")
                        || at.schema().has("maximum") && !v.startsWith("-") && !v.equals("1e-400");
                return replace(body, at, "huge number " + v, v, forbidden);
            }
            case LENGTH -> {
                int max = at.schema().get("maxLength").asInt();
                boolean over = Math.floorMod(variant, 2) == 0;
                String text = "川".repeat(over ? max + 1 : max);
                return replace(body, at, (over ? "maxLength+1 (" : "exactly maxLength (") + max + ")",
                        "\"" + text + "\"", over);
            }
            case TOO_MANY_ITEMS -> {
                int max = at.schema().get("maxItems").asInt();
                ArrayNode array = (ArrayNode) at.value();
                JsonNode item = array.isEmpty() ? Values.NODES.textNode("x") : array.get(0);
                while (array.size() <= max) {
                    array.add(item.deepCopy());
                }
                return new Body(body, at.path() + " with maxItems+1 (" + (max + 1) + ") items", true);
            }
            case NOT_IN_ENUM -> {
                String first = at.schema().get("enum").get(0).asText();
                String[] wrong = {"NOT_A_MEMBER", first.toLowerCase(), " " + first, first + "\\u0000"};
                String v = wrong[Math.floorMod(variant, wrong.length)];
                return replace(body, at, "not in the enum: " + v, "\"" + v + "\"", !v.equals(first.toLowerCase()));
            }
            case NOT_THE_PATTERN -> {
                String pattern = at.schema().get("pattern").asText();
                String[] wrong = {"x y!", "５１１６２３", "51162", "UPPER-Case", "-", "a--b", "１"};
                String v = wrong[Math.floorMod(variant, wrong.length)];
                boolean matches = Pattern.compile(pattern).matcher(v).find();
                return replace(body, at, "not the pattern " + pattern + ": " + v, "\"" + v + "\"", !matches);
            }
            case IMPOSSIBLE_DATE -> {
                String[] wrong = {"2026-02-30", "2026-13-01", "26-1-1", "2025-02-29", "2026-04-31T10:00:00+08:00",
                        "20260101", "2026/01/01"};
                String v = wrong[Math.floorMod(variant, wrong.length)];
                return replace(body, at, "impossible date " + v, "\"" + v + "\"", true);
            }
            case UNKNOWN_PROPERTY -> {
                String[][] extra = {{"fuzzUnknown", "1"}, {"__proto__", "{\"polluted\":true}"},
                        {"province", "\"chongqing\""}, {"id", "424242"}, {"version", "-1"}, {"@class", "\"java.lang.Runtime\""}};
                String[] e = extra[Math.floorMod(variant, extra.length)];
                ObjectNode object = (ObjectNode) at.value();
                if (object.has(e[0])) {
                    e = extra[0];
                }
                object.putRawValue(e[0], new RawValue(e[1]));
                return new Body(body, "unknown property " + at.path() + "." + e[0] + " = " + e[1], false);
            }
            case DEEP_ARRAY -> {
                int depth = 1 + Math.floorMod(variant, 5_000);
                return replace(body, at, "arrays nested " + depth + " deep", "[".repeat(depth) + "]".repeat(depth), false);
            }
            case NASTY -> {
                List<Map.Entry<String, String>> nasties = new ArrayList<>(Nasties.VALUES.entrySet());
                nasties.addAll(EXTRA.entrySet());
                Map.Entry<String, String> n = nasties.get(Math.floorMod(variant, nasties.size()));
                return replace(body, at, n.getKey(), n.getValue(), false);
            }
            default -> throw new IllegalStateException(kind.toString());
        }
    }

    private static boolean applies(Kind kind, Location l) {
        JsonNode s = l.schema();
        String type = Values.type(s);
        return switch (kind) {
            case DROP_REQUIRED -> l.value().isObject() && hasRequiredPresent(l);
            case NULL, NASTY -> !l.root();
            case WRONG_TYPE -> !l.root() && !type.equals("any");
            case OUT_OF_RANGE -> (type.equals("integer") || type.equals("number")) && l.value().isNumber()
                    && (s.has("maximum") || s.has("minimum") || s.path("exclusiveMinimum").isNumber()
                    || s.path("exclusiveMaximum").isNumber() || s.has("multipleOf"));
            case HUGE_NUMBER -> !l.root() && (type.equals("integer") || type.equals("number"));
            case LENGTH -> l.value().isTextual() && s.has("maxLength") && s.get("maxLength").asInt() <= 100_000;
            case TOO_MANY_ITEMS -> l.value().isArray() && s.has("maxItems") && s.get("maxItems").asInt() < 200;
            case NOT_IN_ENUM -> l.value().isTextual() && s.has("enum");
            case NOT_THE_PATTERN -> l.value().isTextual() && s.has("pattern") && !s.has("enum");
            case IMPOSSIBLE_DATE -> l.value().isTextual() && s.path("format").asText().startsWith("date");
            case UNKNOWN_PROPERTY -> l.value().isObject();
            case DEEP_ARRAY -> true;
        };
    }

    private static boolean hasRequiredPresent(Location l) {
        Iterator<JsonNode> required = l.schema().path("required").elements();
        while (required.hasNext()) {
            if (l.value().has(required.next().asText())) {
                return true;
            }
        }
        return false;
    }

    /** Puts a raw JSON fragment in place of the value at {@code at} (for the root: the whole body). */
    private static Body replace(JsonNode body, Location at, String label, String fragment, boolean mustReject) {
        RawValue raw = new RawValue(fragment);
        String what = at.path() + " = " + label;
        if (at.root()) {
            return new Body(Values.NODES.rawValueNode(raw), what, mustReject);
        }
        if (at.parent() instanceof ObjectNode object) {
            object.putRawValue(at.field(), raw);
        } else {
            ((ArrayNode) at.parent()).set(at.index(), Values.NODES.rawValueNode(raw));
        }
        return new Body(body, what, mustReject);
    }
}
