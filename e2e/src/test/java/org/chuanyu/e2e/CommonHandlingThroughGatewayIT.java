package org.chuanyu.e2e;

import io.restassured.specification.RequestSpecification;
import org.chuanyu.jurisdiction.testing.RealmTokens;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** 天府通办 submits a case handled in Chongqing; the Chongqing clerk decides; the Sichuan clerk delivers. */
class CommonHandlingThroughGatewayIT {

    static final String CASES = "/api/common-handling/cases";

    static RequestSpecification as(String token) {
        return given().baseUri(Stack.GATEWAY).auth().oauth2(token).contentType("application/json");
    }

    static void act(String token, String number, String action, Map<String, Object> extra) {
        String etag = as(token).get(CASES + "/" + number).then().statusCode(200).extract().header("ETag");
        Map<String, Object> body = new HashMap<>(extra);
        body.put("action", action);
        as(token).header("If-Match", etag).body(body).post(CASES + "/" + number + "/transitions")
                .then().statusCode(200);
    }

    @Test
    void tianfuTongbanSubmitsChongqingDecidesSichuanDelivers() {
        String system = RealmTokens.serviceAccount("tianfu-tongban");
        String linshui = RealmTokens.user("linshui-clerk");
        String yubei = RealmTokens.user("yubei-clerk");
        String number = as(system).header("Idempotency-Key", "e2e-" + System.nanoTime())
                .body(Map.of("itemCode", "yidi-jiuyi-beian",
                        "applicant", Map.of("kind", "PERSON", "name", "王五", "idNumber", "511623199001011238"),
                        "acceptingDistrict", "511623", "handlingDistrict", "500112"))
                .post(CASES).then().statusCode(201).body("channel", equalTo("EXTERNAL_SYSTEM"))
                .extract().path("number");

        act(linshui, number, "ACCEPT", Map.of());
        act(linshui, number, "FORWARD", Map.of());
        act(yubei, number, "START_REVIEW", Map.of());
        act(yubei, number, "APPROVE", Map.of("decisionReference", "渝北医保备〔2026〕1号"));
        act(linshui, number, "DELIVER", Map.of());

        as(system).get(CASES + "/" + number).then().statusCode(200).body("status", equalTo("DELIVERED"));
        as(yubei).get(CASES + "/" + number + "/timeline").then().statusCode(200)
                .body("action", contains("SUBMIT", "SUPERVISION", "ACCEPT", "FORWARD", "START_REVIEW", "APPROVE",
                        "SUPERVISION", "DELIVER"));
        as(RealmTokens.serviceAccount("yukuaiban")).get(CASES + "/" + number).then().statusCode(404);
    }
}
