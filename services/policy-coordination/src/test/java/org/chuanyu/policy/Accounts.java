package org.chuanyu.policy;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.chuanyu.jurisdiction.testing.RealmTokens;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static io.restassured.RestAssured.given;

/** Requests made as one of the dev realms' demo accounts, with a real token from Keycloak. */
public final class Accounts {

    private static final Set<String> SERVICE_ACCOUNTS = Set.of("tianfu-tongban", "yukuaiban", "platform-relay");
    // Tokens live for minutes; a test class reuses one per account instead of asking Keycloak each call.
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private Accounts() {
    }

    public static RequestSpecification as(String account) {
        return given().auth().oauth2(token(account)).contentType(ContentType.JSON);
    }

    public static String token(String account) {
        return TOKENS.computeIfAbsent(account, a -> SERVICE_ACCOUNTS.contains(a) ? RealmTokens.serviceAccount(a) : RealmTokens.user(a));
    }
}
