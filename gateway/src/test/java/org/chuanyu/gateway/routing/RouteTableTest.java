package org.chuanyu.gateway.routing;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(EchoUpstream.class)
class RouteTableTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/parks/whoami", "/api/zones", "/api/divisions/511623", "/api/projects",
            "/api/policies/whoami", "/api/common-handling/cases?status=ACCEPTED&limit=5"})
    void everyPrefixIsForwardedWithItsPathAndQueryUnchanged(String path) {
        given().header("Authorization", "Bearer abc")
                .when().get(path)
                .then().statusCode(200)
                .body("uri", equalTo(path))
                .body("method", equalTo("GET"))
                .body("authorization", equalTo("Bearer abc"));
    }

    @Test
    void requestBodiesAreForwarded() {
        given().contentType("application/json").body("{\"item\":\"yidi-jiuyi-beian\"}")
                .when().post("/api/common-handling/cases")
                .then().statusCode(200)
                .body("method", equalTo("POST"))
                .body("body", equalTo("{\"item\":\"yidi-jiuyi-beian\"}"));
    }

    @Test
    void aPathThatOnlySharesAPrefixIsNotForwarded() {
        given().when().get("/api/parksandrecreation").then().statusCode(404);
        given().when().get("/internal/parks").then().statusCode(404);
    }
}
