package org.chuanyu.commonhandling.cases;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.ParameterizedTest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.chuanyu.jurisdiction.testing.Accounts.as;

/** Cases across the border, as the clerks and systems of both provinces meet them. */
@QuarkusTest
class CaseScenarioTest {

    /** 异地就医备案, the most requested item, fully online (seeded in V2). */
    static final String ITEM = "yidi-jiuyi-beian";
    static final String CASES = "/api/common-handling/cases";
    static final String PERSON_ID = "511623199001011238";

    @Inject
    TheOwner owner;

    static Map<String, Object> submission(String accepting, String handling) {
        Map<String, Object> s = new HashMap<>(Map.of("itemCode", ITEM,
                "applicant", Map.of("kind", "PERSON", "name", "张三", "idNumber", PERSON_ID, "contact", "13800000000"),
                "acceptingDistrict", accepting, "acceptingWindow", "政务服务中心川渝通办窗口",
                "handlingDistrict", handling, "handlingDepartment", "医疗保障局"));
        return s;
    }

    static String submit(String account, String accepting, String handling) {
        return as(account).body(submission(accepting, handling)).post(CASES).then().statusCode(201)
                .body("status", equalTo("SUBMITTED")).body("acceptanceDue", notNullValue())
                .extract().path("number");
    }

    static ValidatableResponse act(String account, String number, String action, Map<String, Object> extra) {
        String etag = as(account).get(CASES + "/" + number).then().statusCode(200).extract().header("ETag");
        Map<String, Object> body = new HashMap<>(extra);
        body.put("action", action);
        return as(account).header("If-Match", etag).body(body).post(CASES + "/" + number + "/transitions").then();
    }

    @Test
    void linshuiClerkAcceptsYubeiClerkDecidesLinshuiClerkDelivers() {
        String number = submit("linshui-clerk", "511623", "500112");
        assertTrue(number.startsWith("CY-51-"), number);
        as("yubei-clerk").get(CASES + "/" + number).then().statusCode(200)
                .body("applicant.idNumber", equalTo(PERSON_ID));
        as("longchang-clerk").get(CASES + "/" + number).then().statusCode(404);

        act("linshui-clerk", number, "ACCEPT", Map.of()).statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("decisionDue", notNullValue());
        act("yubei-clerk", number, "START_REVIEW", Map.of()).statusCode(409)
                .body("detail", containsString("you may now: nothing"));
        act("linshui-clerk", number, "FORWARD", Map.of()).statusCode(200).body("status", equalTo("FORWARDED"));
        act("yubei-clerk", number, "START_REVIEW", Map.of()).statusCode(200);
        act("yubei-clerk", number, "APPROVE", Map.of()).statusCode(400)
                .body("errors.field", contains("decisionReference"));
        act("yubei-clerk", number, "APPROVE", Map.of("decisionReference", "渝北医保备〔2026〕88号")).statusCode(200)
                .body("status", equalTo("APPROVED"));
        act("yubei-clerk", number, "DELIVER", Map.of()).statusCode(409);
        act("linshui-clerk", number, "DELIVER", Map.of()).statusCode(200).body("status", equalTo("DELIVERED"));

        as("linshui-clerk").get(CASES + "/" + number + "/timeline").then().statusCode(200)
                // The item allows one working day for acceptance and one for the decision, so the case is at WARNING
                // from its submission; the ten days for delivery bring it back to NORMAL (docs/common-handling.md,
                // "Supervision"). The platform records both changes of light.
                .body("action", contains("SUBMIT", "SUPERVISION", "ACCEPT", "FORWARD", "START_REVIEW", "APPROVE",
                        "SUPERVISION", "DELIVER"))
                .body("realm", contains("sichuan", "platform", "sichuan", "sichuan", "chongqing", "chongqing", "platform",
                        "sichuan"));
        as("yubei-clerk").get(CASES + "/" + number + "/timeline/verify").then().statusCode(200)
                .body("intact", equalTo(true)).body("events", equalTo(8));
    }

    @Test
    void viewersAndJointOfficesSeeIdentifiersMaskedAndCannotAct() {
        String number = submit("linshui-clerk", "511623", "500112");
        as("sc-viewer").get(CASES + "/" + number).then().statusCode(200)
                .body("applicant.idNumber", equalTo("5116**********1238"))
                .body("applicant.contact", equalTo("138****0000"))
                .body("allowedActions", org.hamcrest.Matchers.empty());
        as("joint-office-cq").get(CASES + "/" + number).then().statusCode(200)
                .body("applicant.idNumber", equalTo("5116**********1238"));
        act("joint-office-cq", number, "ACCEPT", Map.of()).statusCode(403);
        as("linshui-clerk").get(CASES + "?q=" + number).then().statusCode(200)
                .body("items[0].applicant.idNumber", equalTo("5116**********1238"))
                .body("items[0].applicant.contact", equalTo("138****0000"));
    }

    @Test
    void supplementStopsTheClockAndReturnsToReview() {
        String number = submit("yubei-clerk", "500112", "511623");
        act("yubei-clerk", number, "ACCEPT", Map.of()).statusCode(200);
        act("yubei-clerk", number, "FORWARD", Map.of()).statusCode(200);
        act("linshui-clerk", number, "START_REVIEW", Map.of()).statusCode(200);
        act("linshui-clerk", number, "REQUEST_SUPPLEMENT", Map.of()).statusCode(400);
        act("linshui-clerk", number, "REQUEST_SUPPLEMENT", Map.of("materials", List.of("参保缴费证明")))
                .statusCode(200).body("status", equalTo("SUPPLEMENT_REQUESTED"));
        String etag = as("yubei-clerk").get(CASES + "/" + number).then().extract().header("ETag");
        as("yubei-clerk").header("If-Match", etag).body(Map.of("materials", List.of("参保缴费证明")))
                .post(CASES + "/" + number + "/supplements").then().statusCode(200)
                .body("status", equalTo("IN_REVIEW"));
    }

    @Test
    void externalSystemResubmitsIdempotentlyAndSeesOnlyItsOwn() {
        String key = "tt-" + System.nanoTime();
        String number = as("tianfu-tongban").header("Idempotency-Key", key).body(submission("511083", "500153"))
                .post(CASES).then().statusCode(201).body("channel", equalTo("EXTERNAL_SYSTEM"))
                .extract().path("number");
        as("tianfu-tongban").header("Idempotency-Key", key).body(submission("511083", "500153"))
                .post(CASES).then().statusCode(200).body("number", equalTo(number));
        as("tianfu-tongban").header("Idempotency-Key", key).body(submission("511623", "500153"))
                .post(CASES).then().statusCode(422);
        as("yukuaiban").get(CASES + "/" + number).then().statusCode(404);
        as("tianfu-tongban").get(CASES + "?q=" + number).then().statusCode(200).body("items.number", hasItem(number));
        as("rongchang-clerk").get(CASES + "/" + number).then().statusCode(200);
        as("tianfu-tongban").body(submission("500112", "500153")).post(CASES).then().statusCode(403);
        String clerks = submit("longchang-clerk", "511083", "500153");
        as("tianfu-tongban").get(CASES + "/" + clerks).then().statusCode(404);
        as("tianfu-tongban").get(CASES + "?limit=500").then().statusCode(200).body("items.number", not(hasItem(clerks)));
    }

    @ParameterizedTest
    @ValueSource(ints = {256, 3000})
    void anOverlongIdempotencyKeyIsAFieldProblemAndFilesNothing(int length) {
        // Random, so that PostgreSQL cannot compress it under its index-row limit (3,000 such characters answered 500).
        String key = new java.util.Random().ints(length, '!', '~' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        as("tianfu-tongban").header("Idempotency-Key", key).body(submission("511083", "500153")).post(CASES).then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("Idempotency-Key")));
        as("tianfu-tongban").header("Idempotency-Key", "with space").body(submission("511083", "500153")).post(CASES)
                .then().statusCode(400).body("errors.field", equalTo(List.of("Idempotency-Key")));
        String longestAllowed = (System.nanoTime() + "-" + "k".repeat(255)).substring(0, 255);
        as("tianfu-tongban").header("Idempotency-Key", longestAllowed).body(submission("511083", "500153"))
                .post(CASES).then().statusCode(201);
    }

    @Test
    void badIdentifiersDistrictsAndItemsAreFieldProblems() {
        Map<String, Object> bad = submission("521623", "500112");
        bad.put("itemCode", "no-such-item");
        bad.put("applicant", Map.of("kind", "PERSON", "name", "李四", "idNumber", "511623199001011237"));
        as("linshui-clerk").body(bad).post(CASES).then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("acceptingDistrict", "applicant.idNumber", "itemCode"));
        Map<String, Object> enterprise = submission("511623", "500112");
        enterprise.put("applicant", Map.of("kind", "ENTERPRISE", "name", "某某公司", "idNumber", "91110000600037341M"));
        as("linshui-clerk").body(enterprise).post(CASES).then().statusCode(400)
                .body("errors[0].field", equalTo("applicant.idNumber"));
        // A correct check digit and birth date, but 99 is no province of GB/T 2260.
        Map<String, Object> nowhere = submission("511623", "500112");
        nowhere.put("applicant", Map.of("kind", "PERSON", "name", "赵六", "idNumber", "999999199001011238"));
        as("linshui-clerk").body(nowhere).post(CASES).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("applicant.idNumber"))
                .body("errors[0].message", containsString("province-level division"));
        as("yubei-clerk").body(submission("511623", "500112")).post(CASES).then().statusCode(403);
    }

    @Test
    void concurrentTransitionsHaveOneWinnerAndOneEvent() throws Exception {
        String number = submit("linshui-clerk", "511623", "500112");
        String etag = as("linshui-clerk").get(CASES + "/" + number).then().extract().header("ETag");
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                results.add(pool.submit(() -> as("linshui-clerk").header("If-Match", etag)
                        .body(Map.of("action", "ACCEPT")).post(CASES + "/" + number + "/transitions")
                        .then().extract().statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : results) {
                statuses.add(f.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
            assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 409 || s == 412), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        as("linshui-clerk").get(CASES + "/" + number + "/timeline").then()
                .body("action", contains("SUBMIT", "SUPERVISION", "ACCEPT"));
    }

    @Test
    void aRewrittenTimelineRowIsDetected() throws Exception {
        String number = submit("linshui-clerk", "511623", "500112");
        act("linshui-clerk", number, "ACCEPT", Map.of("comment", "材料齐全")).statusCode(200);
        // Someone with the owner's credentials bypasses row-level security and rewrites history.
        assertEquals(1, owner.rewrite("update case_event set comment = '材料不全' "
                + "where seq = 2 and case_id = (select id from case_file where number = ?)", number));
        as("linshui-clerk").get(CASES + "/" + number + "/timeline/verify").then().statusCode(200)
                .body("intact", equalTo(false)).body("firstBrokenSeq", equalTo(2));
    }
}
