package org.chuanyu.e2e;

import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Each component answers health (readiness includes its database), OpenAPI and metrics. */
class ComponentsHealthIT {

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
}
