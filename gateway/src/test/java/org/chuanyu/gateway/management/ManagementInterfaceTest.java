package org.chuanyu.gateway.management;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.chuanyu.gateway.support.Callers;
import org.chuanyu.gateway.support.TestUpstreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URL;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * Health and metrics are the operators', on the management interface: the public port answers 404 for
 * everything under {@code /q}, and the meters name routes, never the paths callers sent (which carry
 * case numbers and park codes, and would add a series for every new one).
 */
@QuarkusTest
@QuarkusTestResource(TestUpstreams.class)
class ManagementInterfaceTest {

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @TestHTTPResource(value = "/health/ready", management = true)
    URL ready;

    @ParameterizedTest
    @ValueSource(strings = {"/q/metrics", "/q/health", "/q/health/ready", "/q/health/live", "/q/openapi",
            "/q/info", "/q/dev-ui", "/q/"})
    void thePublicPortServesNothingUnderQ(String path) {
        given().when().get(path).then().statusCode(404);
        given().header("Authorization", Callers.bearer("sc-admin")).when().get(path).then().statusCode(404);
    }

    @Test
    void theManagementInterfaceAnswersHealthAndMetrics() {
        given().when().get(ready).then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/openapi").then().statusCode(200);
        given().when().get(metrics).then().statusCode(200).body(containsString("http_server_requests_seconds"));
    }

    @Test
    void metersNameTheRouteNotThePathACallerSent() {
        String caseNumber = "CY-51-2026-" + String.format("%08d", (int) (Math.random() * 1e8));
        given().when().get("/api/common-handling/cases/" + caseNumber + "/timeline").then().statusCode(401);
        given().header("Authorization", Callers.bearer("linshui-clerk"))
                .when().get("/api/parks/" + caseNumber.toLowerCase()).then().statusCode(200);
        given().when().get("/api/nowhere/" + caseNumber).then().statusCode(404);

        String body = given().when().get(metrics).then().statusCode(200).extract().asString();
        assertThat(body, not(containsString(caseNumber)));
        assertThat(body, not(containsString(caseNumber.toLowerCase())));
        assertThat(body, containsString("uri=\"/api/common-handling/**\""));
        assertThat(body, containsString("uri=\"/api/parks/**\""));
    }

    /**
     * The meters of docs/operations.md, "Meters": latency buckets at the targets, tokens refused by reason, every
     * upstream's circuit.
     */
    @Test
    void theGatewaysOwnMetersAreThereWithBoundedTags() {
        given().when().get("/api/parks/whoami").then().statusCode(401);
        given().header("Authorization", "Bearer not-a-token").when().get("/api/parks/whoami").then().statusCode(401);
        given().header("Authorization", Callers.bearer("linshui-clerk")).when().get("/api/parks/whoami").then().statusCode(200);

        String body = given().when().get(metrics).then().statusCode(200).extract().asString();
        assertThat(body, containsString("gateway_token_rejections_total{reason=\"missing\""));
        assertThat(body, containsString("gateway_token_rejections_total{reason=\"malformed\""));
        assertThat(body, containsString("gateway_circuit_open{route=\"parks\",upstream=\"0\""));
        // The 20 ms and 50 ms targets are bucket boundaries of the request histogram.
        assertThat(body, containsString("le=\"0.02\""));
        assertThat(body, containsString("le=\"0.05\""));
    }
}
