package org.chuanyu.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.chuanyu.e2e.fuzz.ApiDocument;
import org.chuanyu.e2e.fuzz.ApiDocument.Operation;
import org.chuanyu.e2e.fuzz.Values;
import org.chuanyu.jurisdiction.testing.RealmTokens;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every string, array and map a client sends declares its bound in the merged OpenAPI document (docs/security.md,
 * finding 2): maxLength, maxItems, maxProperties. An enum, a date and a date-time bound themselves. The services
 * enforce what the document declares (Bean Validation's @Size is both), and SchemaFuzzIT sends exactly those
 * maxima.
 */
class RequestBoundsIT {

    static final Set<String> SELF_BOUNDED_FORMATS = Set.of("date", "date-time", "int32", "int64");

    @Test
    void everyStringArrayAndMapARequestCarriesDeclaresItsBound() {
        ApiDocument document = ApiDocument.fetch(Stack.GATEWAY);
        Values values = new Values(document, name -> null);
        List<String> unbounded = new ArrayList<>();
        int checked = 0;
        for (Operation op : document.operations()) {
            if (op.hasBody()) {
                checked += walk(values, op.body(), op.name() + " body", unbounded, 0);
            }
            for (ApiDocument.Parameter q : op.query()) {
                checked += walk(values, q.schema(), op.name() + " ?" + q.name(), unbounded, 0);
            }
        }
        System.out.printf("request bounds: %d strings, arrays and maps checked, %d without a bound%n", checked,
                unbounded.size());
        assertTrue(unbounded.isEmpty(), unbounded.size() + " request values declare no bound:\n  "
                + String.join("\n  ", unbounded));
    }

    /**
     * JSON Schema has no keyword for depth, so every JSON request body declares {@code x-max-nesting-depth}; a body
     * nested exactly that deep is read (and refused for what it says), one level deeper is refused for its depth,
     * by every service (Jackson's own limit was 1,000 levels, declared nowhere).
     */
    @Test
    void everyJsonBodyDeclaresItsNestingDepthAndEveryServiceHoldsIt() {
        ApiDocument document = ApiDocument.fetch(Stack.GATEWAY);
        List<String> undeclared = new ArrayList<>();
        Set<Integer> depths = new java.util.TreeSet<>();
        for (Operation op : document.operations()) {
            if (op.hasBody()) {
                JsonNode depth = op.requestBody().path("x-max-nesting-depth");
                if (depth.isInt()) {
                    depths.add(depth.asInt());
                } else {
                    undeclared.add(op.name());
                }
            }
        }
        assertTrue(undeclared.isEmpty(), "bodies without x-max-nesting-depth: " + undeclared);
        assertEquals(1, depths.size(), "one depth for every body: " + depths);
        int max = depths.iterator().next();
        record Write(String account, String path) {
        }
        for (Write w : List.of(new Write("linshui-clerk", "/api/parks"), new Write("linshui-clerk", "/api/projects"),
                new Write("sc-admin", "/api/policies"), new Write("tianfu-tongban", "/api/common-handling/cases"))) {
            String token = w.account().equals("tianfu-tongban") ? RealmTokens.serviceAccount(w.account())
                    : RealmTokens.user(w.account());
            for (int depth : List.of(max, max + 1)) {
                String body = "{\"nested\":".repeat(depth) + "1" + "}".repeat(depth);
                io.restassured.response.Response r = given().baseUri(Stack.GATEWAY).auth().oauth2(token)
                        .contentType("application/json").header("Idempotency-Key", "nesting-" + System.nanoTime())
                        .body(body).post(w.path());
                assertEquals(400, r.statusCode(), w.path() + " nested " + depth + ": " + r.asString());
                assertEquals("application/problem+json", r.contentType().split(";")[0]);
                assertEquals(depth > max, r.jsonPath().getString("detail").contains("x-max-nesting-depth"),
                        w.path() + " nested " + depth + " (limit " + max + "): " + r.asString());
            }
        }
        System.out.printf("request bodies: every one declares a nesting depth of %d, and the four services hold it%n", max);
    }

    private static int walk(Values values, JsonNode raw, String where, List<String> unbounded, int depth) {
        if (depth > 10 || raw == null || raw.isMissingNode()) {
            return 0;
        }
        JsonNode schema = values.effective(raw);
        int checked = 0;
        switch (Values.type(schema)) {
            case "string" -> {
                if (!schema.has("enum") && !SELF_BOUNDED_FORMATS.contains(schema.path("format").asText())) {
                    checked++;
                    if (!schema.has("maxLength")) {
                        unbounded.add(where + ": string without maxLength");
                    }
                }
            }
            case "array" -> {
                checked++;
                if (!schema.has("maxItems")) {
                    unbounded.add(where + ": array without maxItems");
                }
                checked += walk(values, schema.path("items"), where + "[]", unbounded, depth + 1);
            }
            case "object" -> {
                Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
                while (properties.hasNext()) {
                    Map.Entry<String, JsonNode> p = properties.next();
                    if (values.effective(p.getValue()).path("readOnly").asBoolean(false)) {
                        continue; // set by the platform, never sent
                    }
                    checked += walk(values, p.getValue(), where + "." + p.getKey(), unbounded, depth + 1);
                }
                JsonNode additional = schema.path("additionalProperties");
                if (additional.isObject()) {
                    checked++;
                    if (!schema.has("maxProperties")) {
                        unbounded.add(where + ": map without maxProperties");
                    }
                    checked += walk(values, additional, where + "{}", unbounded, depth + 1);
                }
            }
            default -> {
            }
        }
        return checked;
    }
}
