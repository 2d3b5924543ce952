package org.chuanyu.e2e;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Each component answers health (readiness includes its database), OpenAPI and metrics on its management
 * interface, and nothing under {@code /q} on the port that serves the API.
 */
class ComponentsHealthIT {

    private static final int FETCHES_PER_DOCUMENT = 10;

    @Test
    void everyServiceIsReadyWithItsDatabase() {
        for (Stack.Service s : Stack.SERVICES) {
            given().baseUri(s.management()).when().get("/q/health/ready")
                    .then().statusCode(200)
                    .body("status", equalTo("UP"))
                    .body("checks.name", hasItem(containsString("Database")));
        }
    }

    @Test
    void everyServiceDocumentsItsWhoamiInOpenApi() {
        for (Stack.Service s : Stack.SERVICES) {
            given().baseUri(s.management()).queryParam("format", "json").when().get("/q/openapi")
                    .then().statusCode(200)
                    .body("paths.keySet()", hasItem(s.whoami()));
        }
    }

    @Test
    void everyComponentExposesPrometheusMetrics() {
        for (Stack.Service s : Stack.SERVICES) {
            given().baseUri(s.management()).when().get("/q/metrics")
                    .then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
        }
        given().baseUri(Stack.GATEWAY_MANAGEMENT).when().get("/q/metrics")
                .then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void gatewayIsHealthyAndServesTheMergedOpenApi() {
        given().baseUri(Stack.GATEWAY_MANAGEMENT).when().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
        given().baseUri(Stack.GATEWAY).when().get("/openapi").then().statusCode(200);
    }

    /**
     * Finding 3 of docs/security.md: the gateway's metrics were public, tagged with the case numbers callers had
     * viewed.
     */
    @Test
    void noApiPortServesAnythingUnderQ() {
        List<String> ports = new java.util.ArrayList<>(List.of(Stack.GATEWAY));
        Stack.SERVICES.forEach(s -> ports.add(s.url()));
        for (String port : ports) {
            for (String path : List.of("/q/metrics", "/q/health", "/q/health/ready", "/q/health/live", "/q/openapi",
                    "/q/openapi?format=json", "/q/info", "/q/dev-ui", "/q/")) {
                given().baseUri(port).when().get(path).then().statusCode(404);
            }
        }
    }

    /**
     * A client with the JDK's defaults offers {@code Upgrade: h2c}. Before the listeners were kept to HTTP/1.1,
     * one such fetch of the gateway's 180 kB document in seven broke mid-body; a new client per fetch means a
     * new connection, so each fetch is an upgrade offer of its own. Every API port answers in HTTP/1.1. (The
     * management ports are Quarkus' own listener, which offers no such setting; their clients, the probes,
     * Prometheus and the gateway, speak HTTP/1.1 and never offer the upgrade.)
     */
    @Test
    void clientsOfferingH2cReadEveryLargeDocumentWhole() throws Exception {
        URI document = URI.create(Stack.GATEWAY + "/openapi?format=json");
        int length = -1;
        for (int i = 0; i < FETCHES_PER_DOCUMENT; i++) {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(document).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), "gateway");
            assertEquals(HttpClient.Version.HTTP_1_1, r.version(), "gateway");
            if (length < 0) {
                length = r.body().length();
            }
            assertEquals(length, r.body().length(), "gateway");
        }
        String token = org.chuanyu.jurisdiction.testing.RealmTokens.user("sc-admin");
        for (Stack.Service s : Stack.SERVICES) {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(s.url() + s.whoami()))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), s.name());
            assertEquals(HttpClient.Version.HTTP_1_1, r.version(), s.name());
        }
    }
}
