package org.chuanyu.gateway.routing;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.chuanyu.gateway.support.Callers;
import org.chuanyu.gateway.support.TestUpstream;
import org.chuanyu.gateway.support.TestUpstreams;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(TestUpstreams.class)
class UpstreamFailureTest {

    private static final String ADMIN = "sc-admin";

    private static Response get(String path) {
        return given().header("Authorization", Callers.bearer("linshui-clerk")).when().get(path);
    }

    @Test
    void aStoppedServiceAnswers503AtOnceAndRecoversWhenItReturns() {
        TestUpstream flaky = TestUpstreams.get("flaky");
        flaky.stop();
        try {
            long started = System.nanoTime();
            get("/api/flaky/things").then().statusCode(503)
                    .contentType("application/problem+json")
                    .body("route", equalTo("flaky"))
                    .body("type", equalTo("https://chuanyu.example/problems/unavailable"));
            assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 2000, "503 within the route's timeout");
            // Enough refusals open the circuit: the gateway then answers without trying the upstream.
            get("/api/flaky/things").then().statusCode(503);
            get("/api/flaky/things").then().statusCode(503).body("detail", containsString("circuit open"));
            given().header("Authorization", Callers.bearer(ADMIN)).when().get("/status")
                    .then().statusCode(200).body("routes.flaky.upstreams[0].circuit", equalTo("OPEN"));
        } finally {
            flaky.start();
        }
        // After the pause one trial goes through, succeeds and closes the circuit.
        poll(() -> get("/api/flaky/things").statusCode() == 200);
        given().header("Authorization", Callers.bearer(ADMIN)).when().get("/status")
                .then().statusCode(200).body("routes.flaky.upstreams[0].circuit", equalTo("CLOSED"));
    }

    @Test
    void aSlowServiceAnswers504WithinTheRoutesTimeout() {
        long started = System.nanoTime();
        get("/api/slow/report").then().statusCode(504)
                .contentType("application/problem+json")
                .body("route", equalTo("slow"))
                .body("type", equalTo("https://chuanyu.example/problems/upstream-timeout"));
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        assertTrue(millis < TestUpstreams.SLOW.toMillis() - 2000, "504 after " + millis + " ms");
    }

    @Test
    void clientsThatHangUpDoNotOpenTheCircuit() throws Exception {
        java.net.URI gateway = java.net.URI.create(io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port);
        for (int i = 0; i < 5; i++) {
            // A raw request, then the socket closed long before the patient upstream answers.
            try (java.net.Socket socket = new java.net.Socket(gateway.getHost(), gateway.getPort())) {
                socket.getOutputStream().write(("GET /api/patient/things HTTP/1.1\r\nHost: gateway\r\nAuthorization: "
                        + Callers.bearer("linshui-clerk") + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
            }
        }
        // This one waits for the upstream, by when the gateway has seen every hang-up.
        get("/api/patient/things").then().statusCode(200);
        given().header("Authorization", Callers.bearer(ADMIN)).when().get("/status")
                .then().statusCode(200).body("routes.patient.upstreams[0].circuit", equalTo("CLOSED"));
        get("/api/patient/things").then().statusCode(200);
    }

    @Test
    void requestsAreBalancedRoundRobinAndAStoppedInstanceIsSkipped() {
        List<String> answered = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            answered.add(get("/api/pair/items").then().statusCode(200).extract().path("upstream"));
        }
        assertEquals(2, answered.stream().filter("pair-a"::equals).count(), answered.toString());
        assertEquals(2, answered.stream().filter("pair-b"::equals).count(), answered.toString());

        TestUpstream b = TestUpstreams.get("pair-b");
        b.stop();
        try {
            for (int i = 0; i < 4; i++) {
                get("/api/pair/items").then().statusCode(200).body("upstream", equalTo("pair-a"));
            }
        } finally {
            b.start();
        }
        poll(() -> "pair-b".equals(get("/api/pair/items").then().extract().path("upstream")));
    }

    /** Polls (never sleeps a fixed time) for up to ten seconds. */
    private static void poll(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.onSpinWait();
        }
    }
}
