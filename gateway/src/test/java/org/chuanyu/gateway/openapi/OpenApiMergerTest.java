package org.chuanyu.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenApiMergerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final OpenApiMerger merger = new OpenApiMerger(JSON.createObjectNode().put("title", "t").put("version", "1"),
            List.of(new OpenApiMerger.SignInRealm("sichuan", "http://kc/realms/sichuan")));

    private ObjectNode merged() throws Exception {
        List<OpenApiMerger.Source> sources = new ArrayList<>();
        for (String route : List.of("common-handling", "parks", "policies", "projects")) {
            try (InputStream in = getClass().getResourceAsStream("/openapi-fixtures/" + route + ".json")) {
                sources.add(new OpenApiMerger.Source(route, (ObjectNode) JSON.readTree(in)));
            }
        }
        return merger.merge(sources, List.of());
    }

    @Test
    void identicalSchemasAreKeptOnceAndDifferentOnesOfTheSameNameAreRenamedWithTheirRefs() throws Exception {
        ObjectNode doc = merged();
        JsonNode schemas = doc.path("components").path("schemas");
        // parks and projects declare the same Problem; common-handling's differs and came first.
        assertTrue(schemas.has("Problem"));
        assertTrue(schemas.has("Problem_parks"));
        assertFalse(schemas.has("Problem_projects"), "identical to parks' Problem: kept once");
        // projects' Zone is a different thing from parks' Zone: renamed, and projects' refs follow.
        assertEquals("string", schemas.path("Zone_projects").path("type").asText());
        assertEquals("#/components/schemas/Zone_projects",
                schemas.path("Project").path("properties").path("zone").path("$ref").asText());
        assertEquals("#/components/schemas/Zone",
                schemas.path("Park").path("properties").path("zone").path("$ref").asText());
        assertEquals("#/components/schemas/Zone_projects", doc.at("/paths/~1api~1projects~1{code}/get/responses/200/content/application~1json/schema/$ref").asText());
        MergedOpenApiTest.assertRefsResolve(doc, doc);
    }

    @Test
    void oneBearerSchemeAndEverySecuredOperationUsesIt() throws Exception {
        ObjectNode doc = merged();
        JsonNode schemes = doc.path("components").path("securitySchemes");
        assertEquals(List.of("bearer", "sichuan"), fieldNames(schemes));
        assertEquals("bearer", doc.at("/paths/~1api~1parks/get/security/0").fieldNames().next());
        // projects declares its security once at the top: its operations keep it.
        assertEquals("bearer", doc.at("/paths/~1api~1projects/get/security/0").fieldNames().next());
        assertEquals("sichuan", doc.at("/paths/~1api~1projects/get/security/1").fieldNames().next());
    }

    @Test
    void clashingOperationIdsAreMadeUnique() throws Exception {
        ObjectNode doc = merged();
        List<String> ids = new ArrayList<>();
        doc.path("paths").forEach(path -> path.forEach(op -> {
            if (op.has("operationId")) {
                ids.add(op.get("operationId").asText());
            }
        }));
        assertEquals(ids.size(), ids.stream().distinct().count(), ids.toString());
        assertTrue(ids.contains("whoami"));
        assertTrue(ids.contains("whoami_projects"));
    }

    @Test
    void anOperationDeclaredTwiceIsKeptOnceAndReported() throws Exception {
        ObjectNode a = (ObjectNode) JSON.readTree("{\"openapi\":\"3.1.0\",\"paths\":{\"/api/x\":{\"get\":{\"responses\":{\"200\":{\"description\":\"a\"}}}}}}");
        ObjectNode b = (ObjectNode) JSON.readTree("{\"openapi\":\"3.1.0\",\"paths\":{\"/api/x\":{\"get\":{\"responses\":{\"200\":{\"description\":\"b\"}}}}}}");
        ObjectNode doc = merger.merge(List.of(new OpenApiMerger.Source("a", a), new OpenApiMerger.Source("b", b)), List.of("c"));
        assertEquals(List.of("GET /api/x"), OpenApiMerger.operations(doc));
        assertEquals("a", doc.at("/paths/~1api~1x/get/responses/200/description").asText());
        assertEquals("b", doc.at("/x-duplicate-operations/0/route").asText());
        assertEquals("c", doc.at("/x-unavailable-routes/0").asText());
    }

    @Test
    void headersWithoutSchemaAndArraysWithoutItemsAreCompletedForValidators() throws Exception {
        ObjectNode doc = (ObjectNode) JSON.readTree("{\"paths\":{\"/api/x\":{\"put\":{\"responses\":{\"200\":{"
                + "\"description\":\"ok\",\"headers\":{\"ETag\":{\"description\":\"v\"}}}}}}},"
                + "\"components\":{\"schemas\":{\"P\":{\"properties\":{\"b\":{\"type\":[\"array\",\"null\"]}}}}}}");
        OpenApiMerger.completeForLinters(doc, false);
        assertEquals("string", doc.at("/paths/~1api~1x/put/responses/200/headers/ETag/schema/type").asText());
        assertTrue(doc.at("/components/schemas/P/properties/b/items").isObject());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
