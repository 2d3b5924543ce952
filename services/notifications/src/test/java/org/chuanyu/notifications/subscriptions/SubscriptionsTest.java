package org.chuanyu.notifications.subscriptions;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.Map;

import static org.chuanyu.jurisdiction.testing.Accounts.as;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

@QuarkusTest
class SubscriptionsTest {

    static final String PATH = "/api/notifications/subscriptions";
    static final String TYPE = "cn.chuanyu.common-handling.case.status-changed";

    @AfterEach
    void forgetThem() {
        QuarkusTransaction.requiringNew().run(() -> Subscription.deleteAll());
    }

    static Map<String, Object> request(String url) {
        return Map.of("callbackUrl", url, "eventTypes", java.util.List.of(TYPE), "description", "test");
    }

    static Response create(String account, Object body) {
        return as(account).body(body).post(PATH);
    }

    @Test
    void anExternalSystemSubscribesAndSeesItsSecretThisOnce() {
        Response created = create("tianfu-tongban", request("http://127.0.0.1:9/hook"));
        created.then().statusCode(201).header("Location", endsWith(PATH + "/" + created.path("id")))
                .body("secret", startsWith("whsec_")).body("status", org.hamcrest.Matchers.is("ACTIVE"));
        String secret = created.path("secret");
        assertEquals(32, Base64.getDecoder().decode(secret.substring("whsec_".length())).length);
        String id = created.path("id");
        as("tianfu-tongban").get(PATH + "/" + id).then().statusCode(200).body("secret", nullValue())
                .body("eventTypes", hasItem(TYPE));
        as("tianfu-tongban").get(PATH).then().statusCode(200).body("id", hasItem(id)).body("secret", not(hasItem(secret)));
    }

    @Test
    void onlyExternalSystemsAndAdministratorsSubscribe() {
        for (String account : new String[]{"linshui-clerk", "sc-viewer", "platform-relay"}) {
            create(account, request("http://127.0.0.1:9/hook")).then().statusCode(403)
                    .contentType("application/problem+json");
        }
        for (String account : new String[]{"sc-admin", "joint-office-cq", "yukuaiban"}) {
            create(account, request("http://127.0.0.1:9/hook")).then().statusCode(201);
        }
    }

    @Test
    void anotherAccountsSubscriptionIsNotThereAtAll() {
        String id = create("tianfu-tongban", request("http://127.0.0.1:9/hook")).path("id");
        for (String account : new String[]{"yukuaiban", "sc-admin", "joint-office-sc"}) {
            as(account).get(PATH + "/" + id).then().statusCode(404);
            as(account).delete(PATH + "/" + id).then().statusCode(404);
            as(account).post(PATH + "/" + id + "/rotate-secret").then().statusCode(404);
            as(account).get(PATH + "/" + id + "/deliveries").then().statusCode(404);
            as(account).queryParam("since", "2026-01-01T00:00:00+08:00").post(PATH + "/" + id + "/replay").then()
                    .statusCode(404);
            as(account).get(PATH).then().statusCode(200).body("id", not(hasItem(id)));
        }
        as("tianfu-tongban").get(PATH + "/" + id).then().statusCode(200);
    }

    @Test
    void badSubscriptionsAreRefusedWithTheFieldAndChangeNothing() {
        create("sc-admin", Map.of("callbackUrl", "ftp://example.org/x", "eventTypes", java.util.List.of(TYPE)))
                .then().statusCode(400).body("errors.field", hasItem("callbackUrl"));
        create("sc-admin", Map.of("callbackUrl", "http://127.0.0.1:9/x", "eventTypes", java.util.List.of("no.such.type")))
                .then().statusCode(400).body("errors.field", hasItem("eventTypes[0]"));
        create("sc-admin", Map.of("callbackUrl", "http://127.0.0.1:9/x", "eventTypes", java.util.List.of()))
                .then().statusCode(400);
        create("sc-admin", Map.of("callbackUrl", "http://127.0.0.1:9/x", "eventTypes", java.util.List.of(TYPE),
                "filter", Map.of("districts", java.util.List.of("5116")))).then().statusCode(400);
        as("sc-admin").body("{\"callbackUrl\": [").post(PATH).then().statusCode(400);
        as("sc-admin").get(PATH).then().statusCode(200).body("size()", org.hamcrest.Matchers.is(0));
        as("sc-admin").get(PATH + "/not-a-uuid").then().statusCode(404);
        as("sc-admin").get(PATH + "/00000000-0000-0000-0000-000000000000/deliveries?status=lost").then().statusCode(400);
    }

    @Test
    void rotatingGivesANewSecretAndTheOldOneSignsForADayMore() {
        Response created = create("yukuaiban", request("http://127.0.0.1:9/hook"));
        String id = created.path("id");
        String rotated = as("yukuaiban").post(PATH + "/" + id + "/rotate-secret").then().statusCode(200)
                .body("secret", startsWith("whsec_")).extract().path("secret");
        assertNotEquals(created.path("secret"), rotated);
        long signing = QuarkusTransaction.requiringNew().call(() -> (long) SubscriptionSecret
                .signing(java.util.UUID.fromString(id), java.time.Instant.now()).size());
        assertEquals(2, signing);
        long afterADay = QuarkusTransaction.requiringNew().call(() -> (long) SubscriptionSecret
                .signing(java.util.UUID.fromString(id), java.time.Instant.now().plus(java.time.Duration.ofHours(25))).size());
        assertEquals(1, afterADay);
    }

    @Test
    void aDeletedSubscriptionIsGone() {
        String id = create("sc-admin", request("http://127.0.0.1:9/hook")).path("id");
        as("sc-admin").delete(PATH + "/" + id).then().statusCode(204);
        as("sc-admin").get(PATH + "/" + id).then().statusCode(404);
    }
}
