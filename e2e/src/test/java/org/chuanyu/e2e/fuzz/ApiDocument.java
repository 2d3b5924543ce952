package org.chuanyu.e2e.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The merged OpenAPI document of the gateway, read into the operations the fuzzer needs: method, path template,
 * path, query and header parameters, and the JSON request body's schema. Nothing here is hard-coded per operation.
 */
public final class ApiDocument {

    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    static final ObjectMapper JSON = new ObjectMapper();

    /** A query or header parameter and its schema. */
    public record Parameter(String name, boolean required, JsonNode schema) {
    }

    /** One operation of the document. */
    public record Operation(String method, String template, List<String> pathParameters, List<Parameter> query,
                            Set<String> headers, JsonNode body, JsonNode requestBody) {

        public String name() {
            return method + " " + template;
        }

        public boolean hasBody() {
            return body != null;
        }

        public boolean hasQuery() {
            return !query.isEmpty();
        }
    }

    private final JsonNode root;
    private final List<Operation> operations = new ArrayList<>();

    private ApiDocument(JsonNode root) {
        this.root = root;
        Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> m = methods.next();
                if (METHODS.contains(m.getKey())) {
                    operations.add(operation(m.getKey().toUpperCase(), path.getKey(), path.getValue(), m.getValue()));
                }
            }
        }
    }

    /** Reads {@code GET <gateway>/openapi?format=json}. */
    public static ApiDocument fetch(String gateway) {
        return new ApiDocument(read(gateway));
    }

    /** The merged document as the gateway serves it (the contract checks read it too). */
    public static JsonNode read(String gateway) {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(gateway + "/openapi?format=json")).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("GET /openapi answered " + r.statusCode());
            }
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the merged OpenAPI document", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Operation operation(String method, String template, JsonNode item, JsonNode op) {
        List<String> pathParameters = new ArrayList<>();
        List<Parameter> query = new ArrayList<>();
        Set<String> headers = new LinkedHashSet<>();
        List<JsonNode> parameters = new ArrayList<>();
        item.path("parameters").forEach(parameters::add);
        op.path("parameters").forEach(parameters::add);
        for (JsonNode p : parameters) {
            JsonNode parameter = resolve(p);
            String name = parameter.path("name").asText();
            switch (parameter.path("in").asText()) {
                case "path" -> pathParameters.add(name);
                case "query" -> query.add(new Parameter(name, parameter.path("required").asBoolean(false),
                        resolve(parameter.path("schema"))));
                case "header" -> headers.add(name);
                default -> {
                }
            }
        }
        JsonNode body = null;
        JsonNode requestBody = resolve(op.path("requestBody"));
        JsonNode content = requestBody.path("content");
        Iterator<String> types = content.fieldNames();
        while (types.hasNext()) {
            String type = types.next();
            if (type.startsWith("application/json") || type.endsWith("+json")) {
                body = content.get(type).path("schema");
            }
        }
        return new Operation(method, template, pathParameters, query, headers, body, requestBody);
    }

    public List<Operation> operations() {
        return operations;
    }

    /** Follows a local {@code $ref} (siblings of the reference, like a description, are dropped). */
    public JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current != null && current.has("$ref") && hops < 20; hops++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                return current;
            }
            current = root.at(ref.substring(1));
        }
        return current == null || current.isMissingNode() ? ApiDocument.JSON.createObjectNode() : current;
    }

    /** Every enum constant and every string example in the document: plausible values for untyped strings. */
    public List<String> vocabulary() {
        Set<String> words = new TreeSet<>();
        collect(root.path("components"), words);
        return new ArrayList<>(words);
    }

    private static void collect(JsonNode node, Set<String> words) {
        if (node.isObject()) {
            for (String key : List.of("enum", "examples")) {
                node.path(key).forEach(v -> {
                    if (v.isTextual() && v.asText().length() <= 64) {
                        words.add(v.asText());
                    }
                });
            }
            node.elements().forEachRemaining(child -> collect(child, words));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> collect(child, words));
        }
    }
}
