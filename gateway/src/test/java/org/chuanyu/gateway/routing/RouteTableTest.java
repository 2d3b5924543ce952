package org.chuanyu.gateway.routing;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.chuanyu.gateway.support.TestUpstreams;
import org.chuanyu.jurisdiction.testing.RealmTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(TestUpstreams.class)
class RouteTableTest {

    private static String bearer() {
        return "Bearer " + RealmTokens.user("linshui-clerk");
    }

    @ParameterizedTest
    @CsvSource({"/api/parks/whoami,parks", "/api/zones,parks", "/api/divisions/511623,parks", "/api/projects,projects",
            "/api/policies/whoami,policies", "'/api/common-handling/cases?status=ACCEPTED&limit=5',common-handling"})
    void everyPrefixGoesToItsServiceWithPathQueryAndTokenUnchanged(String path, String upstream) {
        given().header("Authorization", bearer())
                .when().get(path)
                .then().statusCode(200)
                .body("upstream", equalTo(upstream))
                .body("uri", equalTo(path))
                .body("method", equalTo("GET"))
                .body("headers.Authorization", equalTo(bearer()));
    }

    @Test
    void requestBodiesAreStreamedThrough() {
        String body = "{\"item\":\"yidi-jiuyi-beian\",\"ref\":\"" + UUID.randomUUID() + "\"}";
        given().header("Authorization", bearer()).contentType("application/json").body(body)
                .when().post("/api/common-handling/cases")
                .then().statusCode(200)
                .body("method", equalTo("POST"))
                .body("body", equalTo(body));
    }

    @Test
    void aPathThatOnlySharesAPrefixIsNotForwarded() {
        String marker = UUID.randomUUID().toString();
        given().header("Authorization", bearer()).header("X-Request-Id", marker)
                .when().get("/api/parksandrecreation")
                .then().statusCode(404).contentType("application/problem+json");
        given().header("X-Request-Id", marker).when().get("/internal/parks").then().statusCode(404);
        assertEquals(0, TestUpstreams.get("parks").seenWithHeader("X-Request-Id", marker).size());
    }
}
