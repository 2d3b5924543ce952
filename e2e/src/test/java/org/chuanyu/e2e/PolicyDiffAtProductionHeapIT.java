package org.chuanyu.e2e;

import io.restassured.specification.RequestSpecification;
import org.chuanyu.jurisdiction.testing.RealmTokens;
import org.junit.jupiter.api.Test;

import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * The diff of two versions of a long policy text, against policy-coordination as ./platform runs it
 * (production heap, -Xmx128m), not inside a test JVM with gigabytes to spare. Two 6,000-line texts
 * once filled a 6,001 × 6,001 table: the gateway answered 502 and the service died of
 * OutOfMemoryError (docs/security.md, finding 2). The longest legal texts, 50,000 lines against
 * 25,000, must be answered too, and the service must stay up.
 */
class PolicyDiffAtProductionHeapIT {

    static final String POLICIES = "/api/policies";
    /** PolicyContent.text is at most 50,000 characters. */
    static final int MAX_TEXT = 50_000;

    static RequestSpecification as(String token) {
        return given().baseUri(Stack.GATEWAY).auth().oauth2(token).contentType("application/json");
    }

    static String content(String number, String text) {
        return "{\"department\":\"测试人民政府\",\"documentNumber\":\"" + number + "\",\"title\":\"长文本比对\","
                + "\"kind\":\"INCENTIVE\",\"validFrom\":\"2023-01-01\",\"text\":\"" + text.replace("\n", "\\n") + "\","
                + "\"applicability\":{\"provinces\":[\"sichuan\"]},\"benefits\":[]}";
    }

    /** Creates a draft with {@code first}, saves {@code second} as its version 2, and asks for the diff. */
    static void diffOfTwoVersions(String token, String first, String second, boolean exact) {
        String number = "川测发〔2025〕" + (10000 + ThreadLocalRandom.current().nextInt(89999)) + "号";
        long id = as(token).body("{\"joint\":false,\"policy\":" + content(number, first) + "}").post(POLICIES)
                .then().statusCode(201).extract().jsonPath().getLong("id");
        String etag = as(token).get(POLICIES + "/" + id).then().statusCode(200).extract().header("ETag");
        as(token).header("If-Match", etag).body("{\"policy\":" + content(number, second) + "}")
                .put(POLICIES + "/" + id).then().statusCode(200);
        as(token).get(POLICIES + "/" + id + "/versions/1/diff/2").then().statusCode(200)
                .body("textExact", equalTo(exact));
        String service = Stack.SERVICES.stream().filter(s -> s.name().equals("policy-coordination")).findFirst()
                .orElseThrow().management();
        given().get(service + "/q/health/ready").then().statusCode(200);
    }

    @Test
    void sixThousandChangedLinesAreDiffedExactlyAndTheServiceStaysUp() {
        String older = IntStream.range(0, 6000).mapToObj(i -> "第" + i + "条").collect(Collectors.joining("\n"));
        String newer = IntStream.range(0, 6000).mapToObj(i -> i % 2 == 0 ? "第" + i + "条" : "改" + i)
                .collect(Collectors.joining("\n"));
        diffOfTwoVersions(RealmTokens.user("sc-admin"), older, newer, true);
    }

    @Test
    void theLongestLegalTextsAreAnsweredWithinTheWorkBound() {
        String older = "\n".repeat(MAX_TEXT - 1) + "甲";
        String newer = "乙\n".repeat(MAX_TEXT / 2 - 1) + "乙";
        diffOfTwoVersions(RealmTokens.user("sc-admin"), older, newer, false);
    }

    /**
     * Versions of the longest text the heaviest-legal check saves before listing them all (docs/security.md,
     * finding 2).
     */
    static final int MANY_VERSIONS = 200;

    /**
     * The heaviest legal history: a draft with the longest text, saved MANY_VERSIONS times, then listed whole
     * (30 MB of JSON). The versions are written as they are read, so the service needs a few of them in memory.
     */
    @Test
    void manyVersionsOfTheLongestTextAreListedAndTheServiceStaysUp() {
        String token = RealmTokens.user("sc-admin");
        String number = "川测发〔2025〕" + (10000 + ThreadLocalRandom.current().nextInt(89999)) + "号";
        String text = "川".repeat(MAX_TEXT - 1);
        long id = as(token).body("{\"joint\":false,\"policy\":" + content(number, text + "0") + "}").post(POLICIES)
                .then().statusCode(201).extract().jsonPath().getLong("id");
        for (int v = 2; v <= MANY_VERSIONS; v++) {
            String etag = as(token).get(POLICIES + "/" + id).then().statusCode(200).extract().header("ETag");
            as(token).header("If-Match", etag).body("{\"policy\":" + content(number, text + (v % 10)) + "}")
                    .put(POLICIES + "/" + id).then().statusCode(200);
        }
        io.restassured.response.Response versions = as(token).get(POLICIES + "/" + id + "/versions");
        versions.then().statusCode(200);
        org.junit.jupiter.api.Assertions.assertEquals(MANY_VERSIONS, versions.jsonPath().getList("number").size());
        String service = Stack.SERVICES.stream().filter(s -> s.name().equals("policy-coordination")).findFirst()
                .orElseThrow().management();
        given().get(service + "/q/health/ready").then().statusCode(200);
    }
}
