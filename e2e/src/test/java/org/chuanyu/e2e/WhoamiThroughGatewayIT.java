package org.chuanyu.e2e;

import org.chuanyu.jurisdiction.testing.RealmTokens;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A clerk of each province reaches every service through the gateway; bad tokens never get in. */
class WhoamiThroughGatewayIT {

    @Test
    void linshuiClerkIsSichuanOnEveryService() {
        String token = RealmTokens.user("linshui-clerk");
        for (Stack.Service s : Stack.SERVICES) {
            given().baseUri(Stack.GATEWAY).auth().oauth2(token)
                    .when().get(s.whoami())
                    .then().statusCode(200)
                    .body("province", equalTo("sichuan"))
                    .body("districts", contains("511623"))
                    .body("zones", contains("gaozhu"));
        }
    }

    @Test
    void yubeiClerkIsChongqingOnEveryService() {
        String token = RealmTokens.user("yubei-clerk");
        for (Stack.Service s : Stack.SERVICES) {
            given().baseUri(Stack.GATEWAY).auth().oauth2(token)
                    .when().get(s.whoami())
                    .then().statusCode(200)
                    .body("province", equalTo("chongqing"))
                    .body("districts", contains("500112"));
        }
    }

    @Test
    void externalSystemsOfBothProvincesGetIn() {
        given().baseUri(Stack.GATEWAY).auth().oauth2(RealmTokens.serviceAccount("yukuaiban"))
                .when().get("/api/common-handling/whoami")
                .then().statusCode(200)
                .body("province", equalTo("chongqing"))
                .body("roles", contains("external-system"));
    }

    @Test
    void badTokensAreRefusedOnEveryService() {
        RealmTokens.Minter clerk = RealmTokens.mint("sichuan").username("linshui-clerk").roles("district-clerk")
                .districts("511623");
        Instant past = Instant.now().minus(2, ChronoUnit.HOURS);
        String[] bad = {
                null,
                clerk.signWithForeignKey(),
                clerk.unsigned(),
                clerk.issuedAt(past).expiresAt(past.plusSeconds(300)).sign(),
                RealmTokens.mint("sichuan").username("linshui-clerk").roles("district-clerk")
                        .notBefore(Instant.now().plus(1, ChronoUnit.HOURS)).sign(),
        };
        for (Stack.Service s : Stack.SERVICES) {
            for (String token : bad) {
                var request = given().baseUri(Stack.GATEWAY);
                if (token != null) {
                    request = request.header("Authorization", "Bearer " + token);
                }
                int status = request.when().get(s.whoami()).then().extract().statusCode();
                assertEquals(401, status, s.name() + " accepted a bad token: " + token);
            }
        }
    }
}
