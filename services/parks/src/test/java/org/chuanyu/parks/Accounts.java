package org.chuanyu.parks;

import io.restassured.specification.RequestSpecification;
import org.chuanyu.jurisdiction.testing.RealmTokens;

import java.util.Set;

import static io.restassured.RestAssured.given;

/** Requests made as one of the dev realms' demo accounts, with a real token from Keycloak. */
public final class Accounts {

    private static final Set<String> SERVICE_ACCOUNTS = Set.of("tianfu-tongban", "yukuaiban", "platform-relay");

    private Accounts() {
    }

    public static RequestSpecification as(String account) {
        String token = SERVICE_ACCOUNTS.contains(account) ? RealmTokens.serviceAccount(account) : RealmTokens.user(account);
        return given().auth().oauth2(token);
    }
}
