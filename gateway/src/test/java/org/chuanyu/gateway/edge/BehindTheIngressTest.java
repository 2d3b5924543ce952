package org.chuanyu.gateway.edge;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.chuanyu.gateway.support.Callers;
import org.chuanyu.gateway.support.TestUpstream;
import org.chuanyu.gateway.support.TestUpstreams;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The gateway as it runs behind the ingress controller, which Kubernetes sets as its trusted proxy
 * (GATEWAY_TRUSTED_PROXIES; docs/security.md, finding 10): the client's own address keys the unauthenticated rate limit
 * and reaches the services, and HSTS is sent on requests that reached the ingress over TLS.
 */
@QuarkusTest
@QuarkusTestResource(TestUpstreams.class)
@TestProfile(BehindTheIngressTest.IngressInFront.class)
class BehindTheIngressTest {

    /** The test client connects from loopback: here it plays the ingress controller. */
    public static class IngressInFront implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.trusted-proxies", "127.0.0.1,::1",
                    "gateway.unauthenticated-rate-limit.requests", "3",
                    "gateway.unauthenticated-rate-limit.period", "1h");
        }
    }

    @Test
    void aRequestThatReachedTheIngressOverTlsGetsHstsAndTheServiceSeesTheClient() {
        String marker = Callers.marker();
        given().header("Authorization", Callers.bearer("linshui-clerk")).header("X-Request-Id", marker)
                .header("X-Forwarded-For", "198.51.100.4").header("X-Forwarded-Proto", "https")
                .when().get("/api/zones")
                .then().statusCode(200)
                .header("Strict-Transport-Security", equalTo("max-age=31536000; includeSubDomains"));
        TestUpstream.Seen seen = TestUpstreams.get("parks").seenWithHeader("X-Request-Id", marker).get(0);
        assertEquals("198.51.100.4, 127.0.0.1", seen.header("X-Forwarded-For"));
        assertEquals("https", seen.header("X-Forwarded-Proto"));
    }

    @Test
    void oneAnonymousClientDoesNotDrainAnothersBucket() {
        for (int i = 0; i < 3; i++) {
            given().header("X-Forwarded-For", "203.0.113.10").when().get("/api/zones").then().statusCode(401);
        }
        given().header("X-Forwarded-For", "203.0.113.10").when().get("/api/zones").then().statusCode(429);
        given().header("X-Forwarded-For", "203.0.113.11").when().get("/api/zones").then().statusCode(401);
    }
}
