package org.chuanyu.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.chuanyu.gateway.support.TestUpstreams;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(TestUpstreams.class)
class MergedOpenApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    @TestHTTPResource("/openapi?format=json")
    URI document;

    @Test
    void everyOperationOfEveryServiceAppearsExactlyOnceAndEveryRefResolves() throws Exception {
        JsonNode merged = JSON.readTree(given().when().get("/openapi").then().statusCode(200)
                .contentType("application/json").extract().asString());
        List<String> expected = new ArrayList<>();
        for (String route : List.of("parks", "projects", "policies", "common-handling", "notifications")) {
            try (InputStream in = getClass().getResourceAsStream("/openapi-fixtures/" + route + ".json")) {
                expected.addAll(OpenApiMerger.operations(JSON.readTree(in)));
            }
        }
        List<String> actual = OpenApiMerger.operations(merged);
        var counts = actual.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        for (String operation : expected) {
            assertEquals(1L, counts.getOrDefault(operation, 0L), operation);
        }
        assertEquals(expected.size(), actual.size());
        assertRefsResolve(merged, merged);
        assertEquals(1 + 2, merged.path("components").path("securitySchemes").size(), "bearer plus one sign-in per realm");
    }

    @Test
    void aClientOfferingH2cGetsTheWholeDocumentInHttp11() throws Exception {
        // The JDK's client offers Upgrade: h2c unless told otherwise; the answer must not switch protocols.
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(document).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertEquals(HttpClient.Version.HTTP_1_1, r.version());
        assertEquals("3.1.0", JSON.readTree(r.body()).path("openapi").asText());
    }

    @Test
    void aServiceThatIsDownIsLeftOutAndNamed() {
        given().when().get("/openapi").then().statusCode(200)
                .header("X-OpenAPI-Unavailable", "gone")
                .body("x-unavailable-routes", org.hamcrest.Matchers.contains("gone"));
    }

    @Test
    void yamlOnRequest() {
        given().when().get("/openapi?format=yaml").then().statusCode(200)
                .contentType(containsString("application/yaml"))
                .body(containsString("openapi: 3.1.0"));
        given().accept("application/yaml").when().get("/openapi").then().statusCode(200)
                .contentType(containsString("application/yaml"));
    }

    @Test
    void swaggerUiIsServedForTheMergedDocument() {
        given().when().get("/swagger-ui/").then().statusCode(200);
        given().when().get("/swagger-ui/index.html").then().statusCode(200);
    }

    static void assertRefsResolve(JsonNode root, JsonNode node) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null) {
                String pointer = ref.asText();
                assertTrue(pointer.startsWith("#/"), pointer);
                assertTrue(!root.at(pointer.substring(1)).isMissingNode(), "unresolved " + pointer);
            }
        }
        node.forEach(child -> assertRefsResolve(root, child));
    }

    static ObjectNode read(String json) throws Exception {
        return (ObjectNode) JSON.readTree(json);
    }
}
