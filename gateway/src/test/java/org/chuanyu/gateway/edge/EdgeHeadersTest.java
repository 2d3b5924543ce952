package org.chuanyu.gateway.edge;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.chuanyu.gateway.support.Callers;
import org.chuanyu.gateway.support.TestUpstream;
import org.chuanyu.gateway.support.TestUpstreams;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(TestUpstreams.class)
class EdgeHeadersTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void aWellFormedRequestIdIsEchoedAndForwarded() {
        String marker = Callers.marker();
        given().header("Authorization", Callers.bearer("linshui-clerk")).header("X-Request-Id", marker)
                .when().get("/api/zones")
                .then().statusCode(200).header("X-Request-Id", marker);
        assertEquals(1, TestUpstreams.get("parks").seenWithHeader("X-Request-Id", marker).size());
    }

    @Test
    void aMalformedRequestIdIsReplacedByANewOne() {
        given().header("Authorization", Callers.bearer("linshui-clerk")).header("X-Request-Id", "bad id<script>")
                .when().get("/api/zones")
                .then().statusCode(200)
                .header("X-Request-Id", matchesPattern(UUID_PATTERN))
                .body("headers.X-Request-Id", matchesPattern(UUID_PATTERN));
    }

    @Test
    void errorsCarryTheRequestIdToo() {
        given().when().get("/api/unknown-things")
                .then().statusCode(404).header("X-Request-Id", matchesPattern(UUID_PATTERN))
                .contentType("application/problem+json");
    }

    @Test
    void theCallersTraceIsJoinedWithTheGatewayAsParent() {
        String marker = Callers.marker();
        String inbound = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        given().header("Authorization", Callers.bearer("linshui-clerk")).header("X-Request-Id", marker)
                .header("traceparent", inbound)
                .when().get("/api/policies").then().statusCode(200);
        String forwarded = TestUpstreams.get("policies").seenWithHeader("X-Request-Id", marker).get(0).header("traceparent");
        assertTrue(forwarded.matches("00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-01"), forwarded);
        assertNotEquals(inbound, forwarded);
    }

    @Test
    void aMalformedTraceIsReplacedByOneOfTheGateways() {
        String marker = Callers.marker();
        given().header("Authorization", Callers.bearer("linshui-clerk")).header("X-Request-Id", marker)
                .header("traceparent", "00-00000000000000000000000000000000-00f067aa0ba902b7-01")
                .header("tracestate", "vendor=forged")
                .when().get("/api/policies").then().statusCode(200);
        var seen = TestUpstreams.get("policies").seenWithHeader("X-Request-Id", marker).get(0);
        String forwarded = seen.header("traceparent");
        assertTrue(forwarded.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01") && !forwarded.startsWith("00-0000000000"), forwarded);
        assertNull(seen.header("tracestate"));
    }

    @Test
    void withoutATraceTheGatewayStartsOne() {
        given().header("Authorization", Callers.bearer("linshui-clerk"))
                .when().get("/api/policies").then().statusCode(200)
                .body("headers.traceparent", matchesPattern("00-[0-9a-f]{32}-[0-9a-f]{16}-01"));
    }

    @Test
    void headersThatCouldImpersonateACallerNeverReachTheService() {
        String marker = Callers.marker();
        given().header("Authorization", Callers.bearer("linshui-clerk")).header("X-Request-Id", marker)
                .header("X-Forwarded-User", "cq-admin").header("X-Auth-Request-User", "cq-admin")
                .header("X-Province", "chongqing").header("X-Caller-Roles", "cross-province-admin")
                .header("X-Userinfo", "e30=").header("X-User-Id", "1").header("Remote-User", "cq-admin")
                .header("Forwarded", "for=10.9.9.9;proto=https").header("X-Forwarded-For", "10.9.9.9")
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "evil.example")
                .when().get("/api/projects").then().statusCode(200);
        TestUpstream.Seen seen = TestUpstreams.get("projects").seenWithHeader("X-Request-Id", marker).get(0);
        for (String header : List.of("X-Forwarded-User", "X-Auth-Request-User", "X-Province", "X-Caller-Roles",
                "X-Userinfo", "X-User-Id", "Remote-User", "Forwarded")) {
            assertNull(seen.header(header), header + " reached the service");
        }
        // From an untrusted client the forwarding headers say what the gateway saw, not what was written.
        assertEquals("127.0.0.1", seen.header("X-Forwarded-For"));
        assertEquals("http", seen.header("X-Forwarded-Proto"));
        assertNotEquals("evil.example", seen.header("X-Forwarded-Host"));
    }

    @Test
    void securityHeadersAreOnEveryApiResponse() {
        given().header("Authorization", Callers.bearer("linshui-clerk"))
                .when().get("/api/zones")
                .then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-store")
                .header("Strict-Transport-Security", nullValue());
    }

    @Test
    void securityHeadersAreOnErrorsAndOnTheGatewaysOwnPages() {
        given().when().get("/api/zones")
                .then().statusCode(401).header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer").header("Cache-Control", "no-store");
        given().when().get("/openapi")
                .then().statusCode(200).header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", not(equalTo("no-store")));
    }

    @Test
    void corsIsOfferedToConfiguredConsoleOriginsOnly() {
        given().header("Origin", "http://127.0.0.1:8080").header("Access-Control-Request-Method", "GET")
                .when().options("/api/zones")
                .then().header("Access-Control-Allow-Origin", "http://127.0.0.1:8080");
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET")
                .when().options("/api/zones")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    /** Quarkus' CORS filter answered an origin it refuses with a bare 403; the edge answers it with a problem. */
    @Test
    void anOriginNotAllowedIsAProblemAndReachesNothing() {
        int before = TestUpstreams.get("parks").seen(s -> true).size();
        for (String origin : new String[]{"https://evil.example", "null", "<script>", "http://127.0.0.1:8080.evil.example"}) {
            given().header("Origin", origin).header("Authorization", Callers.bearer("linshui-clerk"))
                    .when().get("/api/parks/whoami")
                    .then().statusCode(403).contentType("application/problem+json")
                    .body("detail", org.hamcrest.Matchers.containsString("origin"));
        }
        assertEquals(before, TestUpstreams.get("parks").seen(s -> true).size(), "a refused origin reached the service");
        given().header("Origin", "http://localhost:8080").header("Authorization", Callers.bearer("linshui-clerk"))
                .when().get("/api/parks/whoami").then().statusCode(200);
        given().header("Origin", "http://localhost:" + io.restassured.RestAssured.port).when().get("/openapi")
                .then().statusCode(200);
    }
}
