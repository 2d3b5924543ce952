package org.chuanyu.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import org.chuanyu.e2e.fuzz.ApiDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a client author reads in the merged document holds for every operation (docs/api.md, "The published
 * contract"): a stable operationId, the token it needs, a success answer with its body's schema, and the
 * error answers of its kind as problem+json. Answers themselves are held to the document by the contract
 * filter (contract/Contract).
 */
class ContractDocumentIT {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final String PROBLEM = "application/problem+json";
    private static final String DOCUMENT_ID = "https://chuanyu.example/openapi/merged.json";
    private static JsonNode document;
    private static SchemaRegistry schemas;

    @BeforeAll
    static void read() {
        document = ApiDocument.read(Stack.GATEWAY);
    }

    private static void eachOperation(BiConsumer<String, JsonNode> check) {
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fields().forEachRemaining(m -> {
                if (METHODS.contains(m.getKey())) {
                    check.accept(m.getKey().toUpperCase() + " " + path.getKey(), m.getValue());
                }
            });
        }
    }

    @Test
    void everyOperationHasAStableNameAndDeclaresTheTokenItNeeds() {
        List<String> wrong = new ArrayList<>();
        Set<String> names = new HashSet<>();
        eachOperation((op, o) -> {
            String id = o.path("operationId").asText("");
            if (!id.matches("[a-z][A-Za-z]+")) {
                wrong.add(op + ": operationId '" + id + "' is not a lowerCamelCase name");
            } else if (!names.add(id)) {
                wrong.add(op + ": operationId " + id + " is used twice");
            }
            JsonNode security = o.path("security");
            boolean bearer = false;
            for (JsonNode requirement : security) {
                bearer |= requirement.has("bearer");
            }
            if (!bearer) {
                wrong.add(op + ": declares no bearer token (security " + security + ")");
            }
        });
        assertTrue(wrong.isEmpty(), wrong.size() + " operations:\n  " + String.join("\n  ", wrong));
    }

    /**
     * An example is what a client author copies first, so every example in the components validates against the
     * schema it illustrates (JSON Schema 2020-12, formats asserted): a wrong one fails the build
     * (docs/api.md, "The published contract").
     */
    @Test
    void everyExampleInTheComponentsValidatesAgainstItsSchema() {
        List<String> wrong = new ArrayList<>();
        int[] checked = {0};
        walkExamples(document.path("components").path("schemas"), "/components/schemas", (pointer, example) -> {
            checked[0]++;
            errorsOf(example, pointer).forEach(e -> wrong.add(pointer + ": example " + abbreviate(example) + ": " + e));
        });
        System.out.printf("contract: %d examples in the components validated%n", checked[0]);
        assertTrue(checked[0] > 0, "no example found");
        assertTrue(wrong.isEmpty(), wrong.size() + " examples do not fit their schema:\n  " + String.join("\n  ", wrong));
    }

    /**
     * Every request body and every success answer shows an example (its own, or its schema's, or its items'), and
     * an example written on the answer itself validates against the answer's schema. A binary download (the XLSX
     * exports) is the one body without one (docs/api.md, "The published contract").
     */
    @Test
    void everyBodyAClientSendsOrReceivesCarriesAnExampleThatFits() {
        List<String> wrong = new ArrayList<>();
        int[] bodies = {0};
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            String escapedPath = path.getKey().replace("~", "~0").replace("/", "~1");
            path.getValue().fields().forEachRemaining(m -> {
                if (!METHODS.contains(m.getKey())) {
                    return;
                }
                String op = m.getKey().toUpperCase() + " " + path.getKey();
                String at = "/paths/" + escapedPath + "/" + m.getKey();
                Map<String, JsonNode> contents = new java.util.LinkedHashMap<>();
                contents.put("request " + at + "/requestBody/content", m.getValue().path("requestBody").path("content"));
                m.getValue().path("responses").fields().forEachRemaining(r -> {
                    if (r.getKey().startsWith("2")) {
                        contents.put(r.getKey() + " " + at + "/responses/" + r.getKey() + "/content", r.getValue().path("content"));
                    }
                });
                contents.forEach((label, content) -> content.fields().forEachRemaining(media -> {
                    String which = op + " " + label.substring(0, label.indexOf(' ')) + " " + media.getKey();
                    JsonNode schema = media.getValue().path("schema");
                    if ("binary".equals(schema.path("format").asText())) {
                        return;
                    }
                    bodies[0]++;
                    JsonNode own = media.getValue().get("example");
                    if (own == null && !hasExample(schema)) {
                        wrong.add(which + ": no example");
                    }
                    if (own != null && media.getKey().endsWith("json")) {
                        String pointer = label.substring(label.indexOf(' ') + 1) + "/"
                                + media.getKey().replace("~", "~0").replace("/", "~1") + "/schema";
                        errorsOf(own, pointer).forEach(e -> wrong.add(which + ": example " + abbreviate(own)
                                + ": " + e));
                    }
                }));
            });
        }
        System.out.printf("contract: %d request and answer bodies checked for an example%n", bodies[0]);
        assertTrue(wrong.isEmpty(), wrong.size() + " bodies:\n  " + String.join("\n  ", wrong));
    }

    /** What is wrong with {@code value} as an instance of the schema at {@code pointer}; formats asserted. */
    private static List<String> errorsOf(JsonNode value, String pointer) {
        if (schemas == null) {
            schemas = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(),
                    builder -> builder.schemas(Map.of(DOCUMENT_ID, document.toString())));
        }
        return schemas.getSchema(SchemaLocation.of(DOCUMENT_ID + "#" + pointer))
                .validate(value.toString(), InputFormat.JSON,
                        context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)))
                .stream().map(com.networknt.schema.Error::getMessage).toList();
    }

    private static boolean hasExample(JsonNode schema) {
        JsonNode resolved = resolve(schema);
        if (schema.has("example") || schema.has("examples") || resolved.has("example") || resolved.has("examples")) {
            return true;
        }
        JsonNode items = resolve(resolved.path("items"));
        return items.has("example") || items.has("examples");
    }

    private static JsonNode resolve(JsonNode schema) {
        JsonNode at = schema;
        for (int i = 0; i < 8 && at.has("$ref"); i++) {
            at = document.at(at.get("$ref").asText().substring(1));
        }
        return at;
    }

    private static void walkExamples(JsonNode schema, String pointer, BiConsumer<String, JsonNode> each) {
        if (!schema.isObject()) {
            return;
        }
        if (schema.has("examples") && schema.get("examples").isArray()) {
            schema.get("examples").forEach(example -> each.accept(pointer, example));
        }
        schema.fields().forEachRemaining(field -> {
            String key = field.getKey();
            String child = pointer + "/" + key.replace("~", "~0").replace("/", "~1");
            switch (key) {
                case "examples", "example", "enum", "const", "default" -> {
                }
                case "properties" -> field.getValue().fields().forEachRemaining(p -> walkExamples(p.getValue(),
                        child + "/" + p.getKey().replace("~", "~0").replace("/", "~1"), each));
                case "allOf", "anyOf", "oneOf" -> {
                    for (int i = 0; i < field.getValue().size(); i++) {
                        walkExamples(field.getValue().get(i), child + "/" + i, each);
                    }
                }
                default -> {
                    // A named schema of the components, or the schema of an array's items or a map's values.
                    if (pointer.equals("/components/schemas") || key.equals("items") || key.equals("additionalProperties")) {
                        walkExamples(field.getValue(), child, each);
                    }
                }
            }
        });
    }

    private static String abbreviate(JsonNode example) {
        String text = example.toString();
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }

    @Test
    void everyOperationDeclaresItsSuccessWithABodySchemaAndItsErrorsAsProblems() {
        List<String> wrong = new ArrayList<>();
        eachOperation((op, o) -> {
            JsonNode responses = o.path("responses");
            boolean success = false;
            for (Iterator<Map.Entry<String, JsonNode>> it = responses.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> r = it.next();
                String status = r.getKey();
                JsonNode content = r.getValue().path("content");
                if (status.startsWith("2")) {
                    success = true;
                    if (!status.equals("204") && content.isEmpty()) {
                        wrong.add(op + " " + status + ": no body declared");
                    }
                    content.fields().forEachRemaining(media -> {
                        if (media.getKey().equals(PROBLEM)) {
                            wrong.add(op + " " + status + ": a success answer declared as a problem");
                        } else if (media.getKey().endsWith("json") && media.getValue().path("schema").isEmpty()) {
                            wrong.add(op + " " + status + " " + media.getKey() + ": the body's schema says nothing");
                        }
                    });
                } else if (!content.has(PROBLEM)) {
                    wrong.add(op + " " + status + ": an error answer that is not a problem");
                }
            }
            if (!success) {
                wrong.add(op + ": no success answer declared");
            }
            for (String status : List.of("401", "403", "429", "503", "default")) {
                if (!responses.has(status)) {
                    wrong.add(op + ": " + status + " not declared");
                }
            }
            if (op.contains("{") && !responses.has("404")) {
                wrong.add(op + ": names a record and does not declare 404");
            }
        });
        assertTrue(wrong.isEmpty(), wrong.size() + " declarations:\n  " + String.join("\n  ", wrong));
    }
}
