package org.chuanyu.policy;

import io.restassured.response.Response;

import java.util.concurrent.ThreadLocalRandom;

import static org.chuanyu.jurisdiction.testing.Accounts.as;

/** Policies made for one test: unique document numbers and title words, so tests never share data. */
public final class TestPolicies {

    public static final String POLICIES = "/api/policies";

    private TestPolicies() {
    }

    /** A document number no other test (or run) uses: two random Chinese characters as the issuer. */
    public static String documentNumber() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String issuer = new String(Character.toChars(0x4E00 + r.nextInt(0x5000))) + new String(Character.toChars(0x4E00 + r.nextInt(0x5000)));
        return issuer + "府发〔2023〕" + (1 + r.nextInt(99999)) + "号";
    }

    /** Two Chinese characters unlikely to occur in any other test's policy: a word to search for. */
    public static String uniqueWord() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return new String(Character.toChars(0x5000 + r.nextInt(0x4000))) + new String(Character.toChars(0x5000 + r.nextInt(0x4000)));
    }

    public static String content(String documentNumber, String title, String text, String applicability, String benefits) {
        return "{\"department\":\"测试人民政府\",\"documentNumber\":\"" + documentNumber + "\",\"title\":\"" + title
                + "\",\"titleEn\":\"Test policy\",\"kind\":\"INCENTIVE\",\"validFrom\":\"2023-01-01\",\"validTo\":\"2099-12-31\","
                + "\"text\":\"" + text + "\",\"applicability\":" + applicability + ",\"benefits\":" + benefits + "}";
    }

    public static String simple(String title) {
        return content(documentNumber(), title, "第一条 总则\\n第二条 奖励", "{\"provinces\":[\"sichuan\"]}",
                "[{\"type\":\"ONE_OFF_REWARD\",\"description\":\"一次性奖励\",\"amountMin\":20000,\"amountMax\":200000,"
                        + "\"conditions\":[\"首次达产\"]}]");
    }

    public static String request(boolean joint, String content) {
        return "{\"joint\":" + joint + ",\"policy\":" + content + "}";
    }

    public static Response create(String account, boolean joint, String content) {
        return as(account).body(request(joint, content)).post(POLICIES);
    }

    public static long createOk(String account, boolean joint, String content) {
        return create(account, joint, content).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static String etag(String account, long id) {
        return as(account).get(POLICIES + "/" + id).then().statusCode(200).extract().header("ETag");
    }

    public static void publish(String account, long id) {
        as(account).header("If-Match", etag(account, id)).body("{\"status\":\"PUBLISHED\"}")
                .post(POLICIES + "/" + id + "/status").then().statusCode(200);
    }
}
