package org.chuanyu.gateway.edge;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.chuanyu.gateway.support.Callers;
import org.chuanyu.gateway.support.TestUpstreams;
import org.chuanyu.jurisdiction.testing.RealmTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(TestUpstreams.class)
class TokenAtTheEdgeTest {

    private static RealmTokens.Minter linshuiClerk() {
        return RealmTokens.mint("sichuan").username("linshui-clerk").roles("district-clerk").districts("511623");
    }

    @ParameterizedTest
    @ValueSource(strings = {"linshui-clerk", "yubei-clerk"})
    void aRealTokenOfEitherRealmIsForwardedUnchanged(String user) {
        given().header("Authorization", Callers.bearer(user))
                .when().get("/api/parks/whoami")
                .then().statusCode(200)
                .body("headers.Authorization", equalTo(Callers.bearer(user)));
    }

    @Test
    void aServiceAccountTokenIsForwarded() {
        given().header("Authorization", "Bearer " + RealmTokens.serviceAccount("tianfu-tongban"))
                .when().get("/api/common-handling/cases")
                .then().statusCode(200);
    }

    @Test
    void noTokenIs401AndTheUpstreamNeverSeesTheRequest() {
        assertRefusedBeforeForwarding(null);
    }

    @Test
    void expiredTokenIs401BeforeForwarding() {
        Instant anHourAgo = Instant.now().minus(1, ChronoUnit.HOURS);
        assertRefusedBeforeForwarding(linshuiClerk().issuedAt(anHourAgo.minusSeconds(300)).expiresAt(anHourAgo).sign());
    }

    @Test
    void tokenSignedWithAForeignKeyIs401BeforeForwarding() {
        assertRefusedBeforeForwarding(linshuiClerk().signWithForeignKey());
    }

    @Test
    void unsignedTokenIs401BeforeForwarding() {
        assertRefusedBeforeForwarding(linshuiClerk().unsigned());
    }

    @Test
    void tokenForAnotherAudienceIs401BeforeForwarding() {
        assertRefusedBeforeForwarding(linshuiClerk().audience("account").sign());
    }

    @Test
    void tokenOfAnUnknownRealmIs401BeforeForwarding() {
        assertRefusedBeforeForwarding(linshuiClerk().issuer(RealmTokens.issuer("master")).sign());
    }

    @Test
    void mintedTokenWithHonestClaimsPasses() {
        given().header("Authorization", "Bearer " + linshuiClerk().sign())
                .when().get("/api/projects").then().statusCode(200);
    }

    private static void assertRefusedBeforeForwarding(String token) {
        String marker = Callers.marker();
        var request = given().header("X-Request-Id", marker).contentType("application/json").body("{\"a\":1}");
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        request.when().post("/api/projects")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401))
                .body("type", equalTo("https://chuanyu.example/problems/unauthenticated"))
                .body("route", equalTo("projects"))
                .body("requestId", equalTo(marker))
                .body("instance", equalTo("/api/projects"));
        assertEquals(0, TestUpstreams.get("projects").seenWithHeader("X-Request-Id", marker).size(),
                "the upstream saw a request the gateway should have refused");
    }
}
