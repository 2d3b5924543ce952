package org.chuanyu.gateway.status;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.chuanyu.gateway.support.Callers;
import org.chuanyu.gateway.support.TestUpstreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
@QuarkusTestResource(TestUpstreams.class)
class StatusEndpointTest {

    @ParameterizedTest
    @ValueSource(strings = {"sc-admin", "cq-admin", "joint-office-sc"})
    void administratorsSeeEveryUpstreamWithHealthAndCircuitButNoAddress(String admin) {
        String body = given().header("Authorization", Callers.bearer(admin))
                .when().get("/status")
                .then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("routes.parks.upstreams[0].index", equalTo(0))
                .body("routes.parks.upstreams[0].health", equalTo("UP"))
                .body("routes.parks.upstreams[0].circuit", equalTo("CLOSED"))
                .body("routes.pair.upstreams.size()", equalTo(2))
                .body("routes.gone.upstreams[0].health", equalTo("DOWN"))
                .extract().asString();
        org.hamcrest.MatcherAssert.assertThat(body, not(containsString("127.0.0.1")));
        org.hamcrest.MatcherAssert.assertThat(body, not(containsString("http://")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"linshui-clerk", "sc-viewer"})
    void otherAccountsAreRefused(String user) {
        given().header("Authorization", Callers.bearer(user))
                .when().get("/status")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void withoutATokenItIs401() {
        given().when().get("/status").then().statusCode(401).contentType("application/problem+json");
    }
}
