package org.chuanyu.e2e;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.chuanyu.jurisdiction.testing.RealmTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Forged, stale and foreign tokens, at the gateway and directly at each service: every one is refused with
 * 401 problem+json, and the gateway forwards none of them.
 *
 * <p>Proof of "not forwarded": the services do not log refused requests, so a request id cannot be looked
 * for in their logs. Instead two independent observations: (1) the gateway relays an upstream's answer
 * unchanged, and only the gateway's own problem carries {@code route}; a 401 body with {@code route} was
 * written by the gateway, not relayed from the service. (2) each service's Micrometer counter of 401 answers
 * ({@code http_server_requests_seconds_count{status="401"}}, summed over its URIs) does not move while the
 * attacks go through the gateway, and does move by at least the number of attacks when they are sent to the
 * service directly (so the counter really observes them). Nothing else on the shared stack sends refused tokens
 * to the services, so the counter is quiet apart from this test.
 */
class TokenAttacksIT {

    static final String SICHUAN = "sichuan";
    static final String CHONGQING = "chongqing";

    /** A minted token that every target accepts: the attacks below each change exactly one thing in it. */
    static RealmTokens.Minter honest() {
        return RealmTokens.mint(SICHUAN).username("token-attack-control").roles("district-clerk")
                .districts("511623").zones("gaozhu");
    }

    record Attack(String name, Supplier<String> authorization) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Attack> ATTACKS = List.of(
            new Attack("no token", () -> null),
            new Attack("malformed token", () -> "Bearer not.a-jwt.at-all"),
            new Attack("alg none", () -> "Bearer " + honest().unsigned()),
            new Attack("signed with a wrong key", () -> "Bearer " + honest().signWithForeignKey()),
            new Attack("chongqing issuer, sichuan key id", () -> "Bearer " + RealmTokens.mint(CHONGQING)
                    .username("token-attack-crossed").roles("district-clerk").districts("500112").zones("gaozhu")
                    .signWithRealmKey(SICHUAN).sign()),
            new Attack("expired", () -> "Bearer " + honest().issuedAt(Instant.now().minusSeconds(3600))
                    .expiresAt(Instant.now().minusSeconds(600)).sign()),
            new Attack("not yet valid", () -> "Bearer " + honest().issuedAt(Instant.now().plusSeconds(3600))
                    .notBefore(Instant.now().plusSeconds(3600)).expiresAt(Instant.now().plusSeconds(7200)).sign()),
            new Attack("wrong audience", () -> "Bearer " + honest().audience("account").sign()),
            new Attack("master realm issuer", () -> "Bearer " + honest()
                    .issuer(RealmTokens.kcUrl() + "/realms/master").sign()),
            new Attack("province claim disagrees with issuer", () -> "Bearer " + honest().province(CHONGQING).sign()));


    record Target(Stack.Service service, String path) {
        @Override
        public String toString() {
            return service.name() + " " + path;
        }
    }

    static List<Target> targets() {
        List<Target> out = new ArrayList<>();
        String[] representative = {"/api/parks", "/api/projects", "/api/policies", "/api/common-handling/cases",
                "/api/notifications/subscriptions"};
        for (int i = 0; i < Stack.SERVICES.size(); i++) {
            Stack.Service s = Stack.SERVICES.get(i);
            out.add(new Target(s, representative[i]));
            out.add(new Target(s, s.whoami()));
        }
        return out;
    }

    static final AtomicInteger REQUESTS = new AtomicInteger();
    static final AtomicInteger REFUSED_AT_GATEWAY = new AtomicInteger();
    static final AtomicInteger REFUSED_DIRECTLY = new AtomicInteger();

    static Response send(String baseUri, String path, String authorization) {
        RequestSpecification request = given().baseUri(baseUri).header("X-Request-Id", "token-attack-" + System.nanoTime());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        REQUESTS.incrementAndGet();
        return request.when().get(path);
    }

    static void assertRefused(Response response, String where) {
        assertEquals(401, response.statusCode(), where + ": " + response.asString());
        assertTrue(response.contentType().startsWith("application/problem+json"), where + ": " + response.contentType());
        assertEquals(401, response.jsonPath().getInt("status"), where);
        assertTrue(response.header("WWW-Authenticate") != null && response.header("WWW-Authenticate").startsWith("Bearer"),
                where + ": WWW-Authenticate");
    }

    @Test
    void theHonestControlTokenIsAcceptedEverywhere() {
        String authorization = "Bearer " + honest().sign();
        for (Target t : targets()) {
            assertEquals(200, send(Stack.GATEWAY, t.path(), authorization).statusCode(), "gateway " + t);
            assertEquals(200, send(t.service().url(), t.path(), authorization).statusCode(), "direct " + t);
        }
    }

    static Stream<Target> targetStream() {
        return targets().stream();
    }

    @ParameterizedTest(name = "gateway {0}")
    @MethodSource("targetStream")
    void everyAttackIsRefusedByTheGatewayAndNoneIsForwarded(Target target) {
        double before = refusedCount(target.service());
        for (Attack attack : ATTACKS) {
            Response response = send(Stack.GATEWAY, target.path(), attack.authorization().get());
            String where = "gateway " + target + " / " + attack;
            assertRefused(response, where);
            assertNotNull(response.jsonPath().getString("route"),
                    where + ": the 401 was relayed from the service, not written by the gateway: " + response.asString());
            REFUSED_AT_GATEWAY.incrementAndGet();
        }
        assertEquals(before, refusedCount(target.service()),
                target.service().name() + " answered 401 to requests while only the gateway should have seen them");
    }

    @ParameterizedTest(name = "direct {0}")
    @MethodSource("targetStream")
    void everyAttackIsRefusedByTheServiceItself(Target target) {
        double before = refusedCount(target.service());
        for (Attack attack : ATTACKS) {
            Response response = send(target.service().url(), target.path(), attack.authorization().get());
            String where = "direct " + target + " / " + attack;
            assertRefused(response, where);
            assertFalse(response.asString().contains("Exception"), where + ": " + response.asString());
            REFUSED_DIRECTLY.incrementAndGet();
        }
        assertTrue(refusedCount(target.service()) >= before + ATTACKS.size(),
                "the 401 counter of " + target.service().name() + " does not see refused requests, "
                        + "so it cannot prove the gateway forwarded none");
    }

    /** Sum of the service's http_server_requests_seconds_count series with status 401. */
    static double refusedCount(Stack.Service service) {
        String metrics = given().baseUri(service.management()).when().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines()
                .filter(l -> l.startsWith("http_server_requests_seconds_count{") && l.contains("status=\"401\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }

    @AfterAll
    static void coverage() {
        System.out.printf("TokenAttacksIT coverage: %d attacks x %d targets (gateway and direct): %d refused at the "
                        + "gateway, %d refused by the services directly, %d requests in all%n",
                ATTACKS.size(), targets().size(), REFUSED_AT_GATEWAY.get(), REFUSED_DIRECTLY.get(), REQUESTS.get());
    }
}
