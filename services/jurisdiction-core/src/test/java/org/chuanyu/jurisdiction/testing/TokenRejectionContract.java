package org.chuanyu.jurisdiction.testing;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

/**
 * Tokens a service must refuse with 401, checked against the real Keycloak's published keys.
 * The first test proves a minted token with honest claims is accepted, so every refusal below is
 * caused by the one thing it changes.
 */
public abstract class TokenRejectionContract {

    /** An authenticated endpoint of the service, e.g. its whoami path. */
    protected abstract String protectedPath();

    private int statusFor(String token) {
        return given().header("Authorization", "Bearer " + token)
                .when().get(protectedPath())
                .then().extract().statusCode();
    }

    private static RealmTokens.Minter linshuiClerk() {
        return RealmTokens.mint("sichuan").username("linshui-clerk").roles("district-clerk")
                .districts("511623").zones("gaozhu");
    }

    @Test
    void mintedTokenWithHonestClaimsIsAccepted() {
        assertStatus(200, linshuiClerk().sign());
    }

    @Test
    void tokenSignedByAKeyKeycloakNeverHadIsRejected() {
        assertStatus(401, linshuiClerk().signWithForeignKey());
    }

    @Test
    void unsignedTokenIsRejected() {
        assertStatus(401, linshuiClerk().unsigned());
    }

    @Test
    void expiredTokenIsRejected() {
        Instant anHourAgo = Instant.now().minus(1, ChronoUnit.HOURS);
        assertStatus(401, linshuiClerk().issuedAt(anHourAgo.minusSeconds(300)).expiresAt(anHourAgo).sign());
    }

    @Test
    void notYetValidTokenIsRejected() {
        assertStatus(401, linshuiClerk().notBefore(Instant.now().plus(1, ChronoUnit.HOURS)).sign());
    }

    @Test
    void tokenWithoutThePlatformAudienceIsRejected() {
        assertStatus(401, linshuiClerk().audience("account").sign());
    }

    @Test
    void provinceClaimThatDisagreesWithTheIssuerIsRejected() {
        assertStatus(401, linshuiClerk().province("chongqing").sign());
    }

    @Test
    void otherRealmsIssuerWithThisRealmsKeyIsRejected() {
        // Claims to come from chongqing but is signed with sichuan's key (and kid).
        assertStatus(401, linshuiClerk().issuer(RealmTokens.issuer("chongqing")).province("chongqing").sign());
    }

    @Test
    void unknownIssuerIsRejected() {
        assertStatus(401, linshuiClerk().issuer(RealmTokens.issuer("master")).sign());
    }

    @Test
    void garbageIsRejected() {
        assertStatus(401, "not-a-jwt");
    }

    @Test
    void sichuanTokenClaimingChongqingDistrictsAndCrossProvinceAdminKeepsOnlyWhatItsRealmMayGrant() {
        String token = RealmTokens.mint("sichuan").username("linshui-clerk")
                .roles("district-clerk", "cross-province-admin")
                .districts("511623", "500112", "500153").zones("gaozhu").sign();
        given().header("Authorization", "Bearer " + token)
                .when().get(protectedPath())
                .then().statusCode(200)
                .body("province", equalTo("sichuan"))
                .body("roles", contains("district-clerk"))
                .body("districts", contains("511623"));
    }

    @Test
    void tokenWithNoDistrictsOrZonesGetsNone() {
        given().header("Authorization", "Bearer " + RealmTokens.mint("chongqing").username("someone")
                        .roles("viewer").sign())
                .when().get(protectedPath())
                .then().statusCode(200)
                .body("province", equalTo("chongqing"))
                .body("districts", empty());
    }

    private void assertStatus(int expected, String token) {
        org.junit.jupiter.api.Assertions.assertEquals(expected, statusFor(token));
    }
}
