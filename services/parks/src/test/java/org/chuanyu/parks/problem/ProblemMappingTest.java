package org.chuanyu.parks.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.chuanyu.jurisdiction.testing.RealmTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.matchesPattern;

/** Every error is RFC 9457 problem+json with a request id, and never leaks internals. */
@QuarkusTest
class ProblemMappingTest {

    static final String PROBE = "/api/parks/problem-probe";
    String token;

    @BeforeEach
    void clerkToken() {
        token = RealmTokens.user("linshui-clerk");
    }

    RequestSpecification asClerk() {
        return given().auth().oauth2(token);
    }

    @Test
    void fieldViolationsAreListedOnePerField() {
        asClerk().contentType("application/json").body("{\"name\":\" \",\"district\":\"51\",\"enterprises\":-1}")
                .when().post(PROBE)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://chuanyu.example/problems/validation"))
                .body("status", equalTo(400))
                .body("requestId", notNullValue())
                .body("errors", hasSize(3))
                .body("errors.field", containsInAnyOrder("name", "district", "enterprises"));
    }

    @Test
    void malformedJsonIsA400Problem() {
        asClerk().contentType("application/json").body("{\"name\": ")
                .when().post(PROBE)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://chuanyu.example/problems/malformed"));
    }

    @Test
    void wrongTypeNamesTheField() {
        asClerk().contentType("application/json").body("{\"name\":\"x\",\"enterprises\":\"many\"}")
                .when().post(PROBE)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("enterprises"));
    }

    @Test
    void domainConflictKeepsItsDetail() {
        asClerk().when().get(PROBE + "/conflict")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", equalTo("Stage cannot go backwards"));
    }

    @Test
    void unexpectedFailureRevealsNothingInternal() {
        asClerk().header("X-Request-Id", "req-1234567890")
                .when().get(PROBE + "/crash")
                .then().statusCode(500)
                .contentType("application/problem+json")
                .header("X-Request-Id", equalTo("req-1234567890"))
                .body("requestId", equalTo("req-1234567890"))
                .body(not(containsString("secret_table")))
                .body(not(containsString("org.example")));
    }

    @Test
    void rowLevelSecurityRefusalIsA403WithoutDatabaseText() {
        asClerk().when().get(PROBE + "/rls")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body(not(containsString("policy")));
    }

    @Test
    void unknownPathsMethodsAndMediaTypesAreProblemsToo() {
        asClerk().when().get("/api/parks/no-such-thing").then().statusCode(404).contentType("application/problem+json");
        asClerk().when().delete(PROBE + "/conflict").then().statusCode(405).contentType("application/problem+json");
        asClerk().contentType("text/plain").body("hello").when().post(PROBE)
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void anEndpointWithoutSecurityAnnotationsStillNeedsAToken() {
        given().when().get(PROBE + "/conflict")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer"));
    }

    @Test
    void malformedRequestIdIsReplaced() {
        asClerk().header("X-Request-Id", "bad id\r\nX-Evil: 1")
                .when().get(PROBE + "/conflict")
                .then().statusCode(409)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"))
                .body("requestId", matchesPattern("[0-9a-f-]{36}"));
    }
}
