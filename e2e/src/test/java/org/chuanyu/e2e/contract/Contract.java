package org.chuanyu.e2e.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import org.chuanyu.e2e.fuzz.ApiDocument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Every answer the e2e suite receives from the gateway, held against the merged OpenAPI document
 * (docs/adr/0004-the-contract-is-written-by-filters-and-held-to-every-answer.md):
 * the operation must declare the status (or a {@code default}), the status must declare the media type, and a JSON
 * body must validate against the declared schema in the document's own dialect (OpenAPI 3.1, JSON Schema 2020-12,
 * formats asserted). Requests that match no operation of the document are violations too.
 */
public final class Contract {

    private static final String DOCUMENT_ID = "https://chuanyu.example/openapi/merged.json";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final String SCHEMAS = "x-contract-schemas";
    private static volatile Contract instance;

    private record Route(String method, String template, Pattern pattern, int literals, JsonNode responses) {
    }

    private final JsonNode root;
    private final List<Route> routes = new ArrayList<>();
    private final Map<JsonNode, Integer> schemaIndex = new java.util.IdentityHashMap<>();
    private final SchemaRegistry registry;
    private final Map<Integer, Schema> compiled = new ConcurrentHashMap<>();
    private final AtomicInteger checked = new AtomicInteger();
    private final Map<String, Integer> violationsByKind = new ConcurrentHashMap<>();
    private final List<String> violations = java.util.Collections.synchronizedList(new ArrayList<>());

    private Contract(JsonNode document) {
        ObjectNode root = document.deepCopy();
        this.root = root;
        ArrayNode schemas = root.putArray(SCHEMAS);
        Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields();
            while (operations.hasNext()) {
                Map.Entry<String, JsonNode> op = operations.next();
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                JsonNode responses = op.getValue().path("responses");
                responses.forEach(response -> resolve(root, response).path("content").forEach(media -> {
                    if (media.has("schema")) {
                        schemaIndex.put(media.get("schema"), schemas.size());
                        schemas.add(media.get("schema"));
                    }
                }));
                routes.add(route(op.getKey().toUpperCase(), path.getKey(), responses));
            }
        }
        routes.sort(Comparator.comparingInt(Route::literals).reversed());
        closeObjects(root.path("components").path("schemas"));
        String text = root.toString();
        registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(),
                builder -> builder.schemas(Map.of(DOCUMENT_ID, text)));
    }

    /**
     * An answer must not carry a property its schema does not declare: every object schema that lists its properties
     * and says nothing of others is closed ({@code unevaluatedProperties: false}, which also holds across allOf).
     */
    private static void closeObjects(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.has("properties") && !object.has("additionalProperties") && !object.has("unevaluatedProperties")) {
                object.put("unevaluatedProperties", false);
            }
            object.forEach(Contract::closeObjects);
        } else if (node instanceof ArrayNode array) {
            array.forEach(Contract::closeObjects);
        }
    }

    /** The contract of the stack's gateway, read once. */
    public static Contract of(String gateway) {
        Contract c = instance;
        if (c == null) {
            synchronized (Contract.class) {
                if (instance == null) {
                    instance = new Contract(ApiDocument.read(gateway));
                }
                c = instance;
            }
        }
        return c;
    }

    /** The contract if it was read, for the summary at the end. */
    public static Contract current() {
        return instance;
    }

    /** Checks one answer; returns what is wrong with it (empty when it keeps the contract). */
    public List<String> check(String method, String path, int status, String contentType, String body) {
        checked.incrementAndGet();
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        Route route = routes.stream().filter(r -> r.method().equals(method) && r.pattern().matcher(bare).matches())
                .findFirst().orElse(null);
        String where = method + " " + bare + " → " + status;
        if (route == null) {
            return violation("undocumented operation", where + ": no operation of the document has this path");
        }
        String op = method + " " + route.template();
        JsonNode response = route.responses().get(Integer.toString(status));
        if (response == null) {
            response = route.responses().get(status / 100 + "XX");
        }
        if (response == null) {
            response = route.responses().get("default");
        }
        if (response == null) {
            return violation("undeclared status", op + " answered " + status + ", which it does not declare");
        }
        JsonNode content = resolveInDocument(response).path("content");
        String type = contentType == null ? "" : contentType.split(";")[0].trim();
        if (type.isEmpty() && (body == null || body.isEmpty())) {
            return List.of();
        }
        JsonNode media = content.get(type);
        if (media == null) {
            return violation("undeclared media type", op + " " + status + " answered " + type + "; declared: "
                    + iterable(content.fieldNames()));
        }
        boolean json = type.equals("application/json") || type.endsWith("+json");
        if (!json || !media.has("schema")) {
            return List.of();
        }
        Integer index = schemaIndex.get(media.get("schema"));
        Schema schema = compiled.computeIfAbsent(index, i ->
                registry.getSchema(SchemaLocation.of(DOCUMENT_ID + "#/" + SCHEMAS + "/" + i)));
        List<com.networknt.schema.Error> errors = schema.validate(body, InputFormat.JSON,
                context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
        if (errors.isEmpty()) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        for (com.networknt.schema.Error e : errors) {
            found.addAll(violation("body", op + " " + status + ": " + e.getInstanceLocation() + " " + e.getMessage()));
        }
        return found;
    }

    public int checked() {
        return checked.get();
    }

    public List<String> violations() {
        synchronized (violations) {
            return List.copyOf(violations);
        }
    }

    /** One line per kind of violation, and the distinct violations with how often each was seen. */
    public String summary() {
        Map<String, Long> distinct = violations().stream().map(v -> v.replaceAll("/api/[^ ]*?/(CY-[0-9-]+|[0-9]+)(/| )",
                "/api/…/{id}$2")).collect(Collectors.groupingBy(v -> v, TreeMap::new, Collectors.counting()));
        StringBuilder s = new StringBuilder();
        s.append(String.format("contract: %d answers checked against the merged document, %d violations %s%n",
                checked(), violations.size(), new TreeMap<>(violationsByKind)));
        distinct.forEach((v, n) -> s.append(String.format("  %5d × %s%n", n, v)));
        return s.toString();
    }

    private List<String> violation(String kind, String text) {
        violationsByKind.merge(kind, 1, Integer::sum);
        violations.add(text);
        return List.of(text);
    }

    private JsonNode resolveInDocument(JsonNode node) {
        return resolve(root, node);
    }

    private static JsonNode resolve(JsonNode root, JsonNode node) {
        JsonNode at = node;
        for (int i = 0; i < 10 && at.has("$ref"); i++) {
            at = root.at(at.get("$ref").asText().substring(1));
        }
        return at;
    }

    private static Route route(String method, String template, JsonNode responses) {
        StringBuilder regex = new StringBuilder();
        int literals = 0;
        for (String segment : template.substring(1).split("/")) {
            regex.append('/');
            if (segment.startsWith("{") && segment.endsWith("}")) {
                regex.append("[^/]+");
            } else {
                regex.append(Pattern.quote(segment));
                literals++;
            }
        }
        return new Route(method, template, Pattern.compile(regex.toString()), literals, responses);
    }

    private static String iterable(Iterator<String> names) {
        List<String> out = new ArrayList<>();
        names.forEachRemaining(out::add);
        return out.toString();
    }
}
