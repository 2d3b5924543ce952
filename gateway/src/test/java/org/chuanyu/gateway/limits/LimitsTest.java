package org.chuanyu.gateway.limits;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import org.chuanyu.gateway.support.Callers;
import org.chuanyu.gateway.support.TestUpstreams;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(TestUpstreams.class)
class LimitsTest {

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Test
    void aCallerOverTheRoutesLimitGets429WithRetryAfterAndTheUpstreamIsSpared() {
        // Each account has its own bucket; this test is the only user of the limited route's bucket for cq-admin.
        String caller = Callers.bearer("cq-admin");
        for (int remaining = 2; remaining >= 0; remaining--) {
            given().header("Authorization", caller).when().get("/api/limited/x")
                    .then().statusCode(200)
                    .header("RateLimit-Limit", "3")
                    .header("RateLimit-Remaining", String.valueOf(remaining));
        }
        String marker = Callers.marker();
        given().header("Authorization", caller).header("X-Request-Id", marker).when().get("/api/limited/x")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .header("RateLimit-Remaining", "0")
                .header("RateLimit-Reset", notNullValue())
                .body("route", equalTo("limited"))
                .body("requestId", equalTo(marker));
        assertEquals(0, TestUpstreams.get("limited").seenWithHeader("X-Request-Id", marker).size());
        // Another caller still has a full bucket.
        given().header("Authorization", Callers.bearer("yubei-clerk")).when().get("/api/limited/x").then().statusCode(200);
    }

    @Test
    void aDeclaredBodyOverTheLimitIs413BeforeForwarding() {
        String marker = Callers.marker();
        given().header("Authorization", Callers.bearer("linshui-clerk")).header("X-Request-Id", marker)
                .contentType("application/json").body("x".repeat(2048))
                .when().post("/api/small/upload")
                .then().statusCode(413).contentType("application/problem+json")
                .body("route", equalTo("small"));
        assertEquals(0, TestUpstreams.get("small").seenWithHeader("X-Request-Id", marker).size());
    }

    @Test
    void aBodyWithinTheLimitPasses() {
        given().header("Authorization", Callers.bearer("linshui-clerk"))
                .contentType("application/json").body("x".repeat(1000))
                .when().post("/api/small/upload")
                .then().statusCode(200);
    }

    @Test
    void aChunkedBodyIsCountedWhileStreamingAndStoppedPastTheLimit() throws Exception {
        String marker = Callers.marker();
        Vertx vertx = Vertx.vertx();
        try {
            HttpClientResponse response = vertx.createHttpClient().request(new RequestOptions()
                            .setMethod(HttpMethod.POST).setHost("127.0.0.1").setPort(port).setURI("/api/small/upload")
                            .putHeader("Authorization", Callers.bearer("linshui-clerk"))
                            .putHeader("X-Request-Id", marker))
                    .compose(req -> {
                        req.setChunked(true);
                        for (int i = 0; i < 4; i++) {
                            req.write(Buffer.buffer("y".repeat(512)));
                        }
                        req.end();
                        return req.response();
                    })
                    .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            assertEquals(413, response.statusCode());
            assertEquals("application/problem+json", response.getHeader("Content-Type"));
        } finally {
            vertx.close();
        }
        assertEquals(0, TestUpstreams.get("small").seen(s -> marker.equals(s.header("X-Request-Id")) && s.bodyBytes() > 1024).size(),
                "the upstream received the whole oversized body");
    }
}
