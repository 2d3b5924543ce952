package org.chuanyu.e2e.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Values that follow a JSON schema of the document: types (3.1 type lists with "null" included), required and
 * optional properties, enums, examples, minimum/maximum (inclusive and exclusive), multipleOf, min/maxLength,
 * patterns (see {@link PatternStrings}), date and date-time formats, nested objects, arrays (min/maxItems) and
 * maps (additionalProperties). Strings of a property with a hint (a value the stack knows, e.g. a district it
 * has) use it half the time, so that generated requests get past the first checks to the deeper ones.
 */
public final class Values {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final int MAX_DEPTH = 6;

    private final ApiDocument document;
    private final Function<String, Arbitrary<String>> hints;
    private final List<String> vocabulary;

    public Values(ApiDocument document, Function<String, Arbitrary<String>> hints) {
        this.document = document;
        this.hints = hints;
        this.vocabulary = document.vocabulary();
    }

    public ApiDocument document() {
        return document;
    }

    /** A value that follows {@code schema}; {@code name} is the property (or array property) it belongs to. */
    public Arbitrary<JsonNode> of(JsonNode schema, String name) {
        return of(schema, name, 0);
    }

    Arbitrary<JsonNode> of(JsonNode raw, String name, int depth) {
        JsonNode schema = effective(raw);
        Arbitrary<JsonNode> value = typed(schema, name, depth);
        JsonNode examples = schema.path("examples");
        if (examples.isArray() && !examples.isEmpty()) {
            List<JsonNode> list = new ArrayList<>();
            examples.forEach(list::add);
            value = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of(list).map(JsonNode::deepCopy)),
                    Tuple.of(schema.has("properties") ? 3 : 2, value));
        }
        if (nullable(schema)) {
            value = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(NODES.nullNode())), Tuple.of(7, value));
        }
        return value;
    }

    private Arbitrary<JsonNode> typed(JsonNode schema, String name, int depth) {
        if (schema.has("enum")) {
            List<JsonNode> values = new ArrayList<>();
            schema.get("enum").forEach(values::add);
            return Arbitraries.of(values);
        }
        return switch (type(schema)) {
            case "object" -> depth >= MAX_DEPTH ? Arbitraries.just(NODES.objectNode()) : object(schema, depth);
            case "array" -> depth >= MAX_DEPTH ? Arbitraries.just(NODES.arrayNode()) : array(schema, name, depth);
            case "string" -> string(schema, name).map(NODES::textNode);
            case "integer" -> integer(schema).map(v -> (JsonNode) NODES.numberNode(v));
            case "number" -> number(schema).map(v -> (JsonNode) NODES.numberNode(v));
            case "boolean" -> Arbitraries.of(true, false).map(NODES::booleanNode);
            default -> any();
        };
    }

    /** The schema after references, and the first non-null alternative of an anyOf/oneOf. */
    public JsonNode effective(JsonNode raw) {
        JsonNode schema = document.resolve(raw);
        for (String combiner : List.of("anyOf", "oneOf", "allOf")) {
            if (schema.has(combiner)) {
                for (JsonNode alternative : schema.get(combiner)) {
                    JsonNode resolved = document.resolve(alternative);
                    if (!"null".equals(resolved.path("type").asText())) {
                        ObjectNode merged = ((ObjectNode) resolved).deepCopy();
                        schema.fields().forEachRemaining(f -> {
                            if (!f.getKey().equals(combiner) && !f.getKey().equals("type")) {
                                merged.putIfAbsent(f.getKey(), f.getValue());
                            }
                        });
                        if (nullable(schema)) {
                            merged.put("nullable", true);
                        }
                        return merged;
                    }
                }
            }
        }
        return schema;
    }

    public static boolean nullable(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (t.asText().equals("null")) {
                    return true;
                }
            }
        }
        return schema.path("nullable").asBoolean(false);
    }

    /** The JSON type the schema asks for: "object", "array", "string", "integer", "number", "boolean" or "any". */
    public static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isTextual()) {
            return type.asText();
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
        }
        if (schema.has("properties") || schema.has("additionalProperties")) {
            return "object";
        }
        if (schema.has("items")) {
            return "array";
        }
        if (schema.has("enum")) {
            return "string";
        }
        return "any";
    }

    private Arbitrary<JsonNode> object(JsonNode schema, int depth) {
        List<Arbitrary<Optional<Map.Entry<String, JsonNode>>>> fields = new ArrayList<>();
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> p = properties.next();
            JsonNode property = effective(p.getValue());
            if (property.path("readOnly").asBoolean(false) || p.getValue().path("readOnly").asBoolean(false)) {
                continue;
            }
            Arbitrary<Optional<Map.Entry<String, JsonNode>>> field =
                    of(p.getValue(), p.getKey(), depth + 1).map(v -> Optional.of(Map.entry(p.getKey(), v)));
            if (!required.contains(p.getKey())) {
                field = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(Optional.empty())), Tuple.of(1, field));
            }
            fields.add(field);
        }
        JsonNode additional = schema.path("additionalProperties");
        if (additional.isObject()) {
            Arbitrary<String> keys = Arbitraries.oneOf(Arbitraries.of("sichuan", "chongqing", "2026", "2027"),
                    Arbitraries.of(vocabulary));
            Arbitrary<Optional<Map.Entry<String, JsonNode>>> entry = Combinators.combine(keys, of(additional, "", depth + 1))
                    .as((k, v) -> Optional.of(Map.entry(k, v)));
            Arbitrary<Optional<Map.Entry<String, JsonNode>>> maybe =
                    Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(Optional.empty())), Tuple.of(1, entry));
            fields.add(maybe);
            fields.add(maybe);
        }
        if (fields.isEmpty()) {
            return Arbitraries.just(NODES.objectNode());
        }
        return Combinators.combine(fields).as(list -> {
            ObjectNode node = NODES.objectNode();
            list.forEach(f -> f.ifPresent(e -> node.set(e.getKey(), e.getValue().deepCopy())));
            return node;
        });
    }

    private Arbitrary<JsonNode> array(JsonNode schema, String name, int depth) {
        int min = schema.path("minItems").asInt(0);
        int max = Math.min(schema.path("maxItems").asInt(Integer.MAX_VALUE), min + 3);
        return of(schema.path("items"), name, depth + 1).list().ofMinSize(min).ofMaxSize(max).map(list -> {
            ArrayNode node = NODES.arrayNode();
            list.forEach(v -> node.add(v.deepCopy()));
            return node;
        });
    }

    Arbitrary<String> string(JsonNode schema, String name) {
        int maxLength = schema.path("maxLength").asInt(Integer.MAX_VALUE);
        int minLength = schema.path("minLength").asInt(0);
        Arbitrary<String> plain;
        String format = schema.path("format").asText("");
        String pattern = schema.path("pattern").asText("");
        if (format.equals("date")) {
            plain = dates();
        } else if (format.equals("date-time")) {
            plain = dateTimes();
        } else if (!pattern.isEmpty() && !pattern.equals("\\S") && PatternStrings.of(pattern).isPresent()) {
            Arbitrary<String> match = PatternStrings.of(pattern).get();
            plain = PatternStrings.anchored(pattern) ? match : Arbitraries.frequencyOf(Tuple.of(4, match),
                    Tuple.of(1, Combinators.combine(text(0, 8), match, text(0, 8)).as((a, b, c) -> a + b + c)));
        } else {
            plain = Arbitraries.frequencyOf(Tuple.of(4, text(Math.max(minLength, 1), maxLength)),
                    Tuple.of(1, Arbitraries.of(vocabulary)));
            if (maxLength <= 5_000) {
                plain = Arbitraries.frequencyOf(Tuple.of(6, plain), Tuple.of(1, text(maxLength, maxLength)));
            }
        }
        Arbitrary<String> hint = hints.apply(name);
        return hint == null ? plain : Arbitraries.frequencyOf(Tuple.of(1, hint), Tuple.of(1, plain));
    }

    /** Non-blank text of ASCII and Chinese, {@code min}…{@code max} characters (at most 30 unless min is more). */
    static Arbitrary<String> text(int min, int max) {
        int upper = Math.max(min, Math.min(max, 30));
        return Arbitraries.strings().withChars(PatternStrings.NON_SPACE + "  ").ofMinLength(min).ofMaxLength(upper)
                .map(s -> s.isBlank() && min > 0 ? "川" + s.substring(1) : s);
    }

    static Arbitrary<String> dates() {
        return Arbitraries.integers().between(0, 365 * 11).map(d -> LocalDate.of(2020, 1, 1).plusDays(d).toString());
    }

    static Arbitrary<String> dateTimes() {
        return Arbitraries.longs().between(0, 6L * 365 * 86_400).map(s -> LocalDateTime.of(2020, 1, 1, 0, 0)
                .plusSeconds(s).atOffset(ZoneOffset.ofHours(8)).toString());
    }

    private static Arbitrary<Long> integer(JsonNode schema) {
        boolean int32 = schema.path("format").asText().equals("int32");
        long lower = int32 ? Integer.MIN_VALUE : Long.MIN_VALUE;
        long upper = int32 ? Integer.MAX_VALUE : Long.MAX_VALUE;
        long min = schema.has("minimum") ? schema.get("minimum").asLong() : -10;
        long max = schema.has("maximum") ? schema.get("maximum").asLong() : Math.max(min, 0) + 100_000;
        if (schema.path("exclusiveMinimum").isNumber()) {
            min = schema.get("exclusiveMinimum").asLong() + 1;
            max = Math.max(max, min);
        }
        if (schema.path("exclusiveMaximum").isNumber()) {
            max = schema.get("exclusiveMaximum").asLong() - 1;
        }
        long lo = Math.max(lower, min);
        long hi = Math.min(upper, Math.max(lo, max));
        return Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.longs().between(lo, hi)), Tuple.of(1, Arbitraries.of(lo, hi)));
    }

    private static Arbitrary<BigDecimal> number(JsonNode schema) {
        BigDecimal step = schema.has("multipleOf") ? schema.get("multipleOf").decimalValue() : new BigDecimal("0.01");
        int scale = Math.max(0, step.stripTrailingZeros().scale());
        BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
        BigDecimal min = schema.has("minimum") ? schema.get("minimum").decimalValue() : BigDecimal.ZERO;
        BigDecimal max = schema.has("maximum") ? schema.get("maximum").decimalValue() : new BigDecimal("1000000000");
        if (schema.path("exclusiveMinimum").isNumber()) {
            min = schema.get("exclusiveMinimum").decimalValue().add(unit);
        }
        if (schema.path("exclusiveMaximum").isNumber()) {
            max = schema.get("exclusiveMaximum").decimalValue().subtract(unit);
        }
        if (max.compareTo(min) < 0) {
            max = min;
        }
        return Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.bigDecimals().between(min, max).ofScale(scale)),
                Tuple.of(1, Arbitraries.of(min.setScale(scale), max.setScale(scale))));
    }

    private static Arbitrary<JsonNode> any() {
        return Arbitraries.oneOf(text(1, 10).map(NODES::textNode), Arbitraries.integers().between(-5, 1000).map(NODES::numberNode),
                Arbitraries.of(true, false).map(NODES::booleanNode), Arbitraries.just(NODES.nullNode()));
    }
}
