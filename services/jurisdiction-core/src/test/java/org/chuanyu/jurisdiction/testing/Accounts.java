package org.chuanyu.jurisdiction.testing;

import io.restassured.specification.RequestSpecification;

import java.util.Set;

import static io.restassured.RestAssured.given;

/**
 * Requests made as one of the dev realms' demo accounts, with a real token from Keycloak ({@link RealmTokens}, which
 * keeps each token while it lives): the one helper every module's tests and the end-to-end suite use.
 */
public final class Accounts {

    /** The dev realms' client-credentials clients: external systems and the relay. Every other name is a person. */
    public static final Set<String> SYSTEMS = Set.of("tianfu-tongban", "yukuaiban", "platform-relay");

    private Accounts() {
    }

    /** The account's access token: client credentials for a system, the password grant for a person. */
    public static String token(String account) {
        return SYSTEMS.contains(account) ? RealmTokens.serviceAccount(account) : RealmTokens.user(account);
    }

    /** A request as the account, its body JSON (a test that sends another type says so, and wins). */
    public static RequestSpecification as(String account) {
        return given().auth().oauth2(token(account)).contentType("application/json");
    }

    /** The same, to a server other than the one RestAssured points at (the gateway, in the end-to-end suite). */
    public static RequestSpecification as(String account, String baseUri) {
        return as(account).baseUri(baseUri);
    }
}
