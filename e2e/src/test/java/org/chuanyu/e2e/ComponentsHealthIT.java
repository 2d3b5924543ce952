package org.chuanyu.e2e;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each component answers health (readiness includes its database), OpenAPI and metrics. */
class ComponentsHealthIT {

    private static final int FETCHES_PER_DOCUMENT = 10;

    @Test
    void everyServiceIsReadyWithItsDatabase() {
        for (Stack.Service s : Stack.SERVICES) {
            given().baseUri(s.url()).when().get("/q/health/ready")
                    .then().statusCode(200)
                    .body("status", equalTo("UP"))
                    .body("checks.name", hasItem(containsString("Database")));
        }
    }

    @Test
    void everyServiceDocumentsItsWhoamiInOpenApi() {
        for (Stack.Service s : Stack.SERVICES) {
            given().baseUri(s.url()).queryParam("format", "json").when().get("/q/openapi")
                    .then().statusCode(200)
                    .body("paths.keySet()", hasItem(s.whoami()));
        }
    }

    @Test
    void everyComponentExposesPrometheusMetrics() {
        for (Stack.Service s : Stack.SERVICES) {
            given().baseUri(s.url()).when().get("/q/metrics")
                    .then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
        }
        given().baseUri(Stack.GATEWAY).when().get("/q/metrics")
                .then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void gatewayIsHealthyAndServesOpenApi() {
        given().baseUri(Stack.GATEWAY).when().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
        given().baseUri(Stack.GATEWAY).when().get("/q/openapi").then().statusCode(200);
    }

    /**
     * A client with the JDK's defaults offers {@code Upgrade: h2c}. Before the listeners were kept to HTTP/1.1,
     * one such fetch of the gateway's 180 kB document in seven broke mid-body; a new client per fetch means a
     * new connection, so each fetch is an upgrade offer of its own.
     */
    @Test
    void clientsOfferingH2cReadEveryLargeDocumentWhole() throws Exception {
        Map<String, URI> documents = new LinkedHashMap<>();
        documents.put("gateway", URI.create(Stack.GATEWAY + "/openapi?format=json"));
        for (Stack.Service s : Stack.SERVICES) {
            documents.put(s.name(), URI.create(s.url() + "/q/openapi?format=json"));
        }
        for (Map.Entry<String, URI> document : documents.entrySet()) {
            int length = -1;
            for (int i = 0; i < FETCHES_PER_DOCUMENT; i++) {
                HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(document.getValue()).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode(), document.getKey());
                assertEquals(HttpClient.Version.HTTP_1_1, r.version(), document.getKey());
                if (length < 0) {
                    length = r.body().length();
                }
                assertEquals(length, r.body().length(), document.getKey());
            }
        }
    }
}
