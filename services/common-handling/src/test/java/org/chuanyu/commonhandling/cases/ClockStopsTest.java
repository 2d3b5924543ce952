package org.chuanyu.commonhandling.cases;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.chuanyu.jurisdiction.time.BusinessTime;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.chuanyu.commonhandling.cases.CaseScenarioTest.CASES;
import static org.chuanyu.commonhandling.cases.CaseScenarioTest.act;
import static org.chuanyu.commonhandling.cases.CaseScenarioTest.submission;
import static org.chuanyu.jurisdiction.testing.Accounts.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

/**
 * Articles 45 and 42 in November 2026, on the food business licence (10 working days to decide): a case accepted on
 * Monday 2 November is due at the end of Monday 16 November; a hearing from Wednesday 4 to Monday 9 November stops four
 * working days; an approved extension of ten more ends it on Friday 4 December.
 */
@QuarkusTest
class ClockStopsTest {

    static String instant(String isoWithOffset) {
        return OffsetDateTime.parse(isoWithOffset).toInstant().toString();
    }

    static String inReview() {
        BusinessTime.pinAt("2026-11-02T10:00:00+08:00");
        Map<String, Object> s = submission("511623", "500112");
        s.put("itemCode", "shipin-jingying-xuke");
        String number = as("linshui-clerk").body(s).post(CASES).then().statusCode(201).extract().path("number");
        act("linshui-clerk", number, "ACCEPT", Map.of()).statusCode(200)
                .body("decisionDue", equalTo(instant("2026-11-17T00:00+08:00")));
        act("linshui-clerk", number, "FORWARD", Map.of()).statusCode(200);
        act("yubei-clerk", number, "START_REVIEW", Map.of()).statusCode(200);
        return number;
    }

    static ValidatableResponse post(String account, String path, Object body) {
        return as(account).body(body).post(path).then();
    }

    @Test
    void aHearingStopsTheDecisionsClockAndAnApprovedExtensionAddsItsDays() {
        String number = inReview();
        String procedures = CASES + "/" + number + "/special-procedures";
        String extensions = CASES + "/" + number + "/extensions";

        BusinessTime.pinAt("2026-11-04T10:00:00+08:00");
        post("linshui-clerk", procedures, Map.of("kind", "HEARING", "reason", "依申请举行听证")).statusCode(403);
        long id = ((Number) post("yubei-clerk", procedures, Map.of("kind", "HEARING", "reason", "依申请举行听证"))
                .statusCode(201).body("from", equalTo("2026-11-04")).body("until", nullValue())
                .extract().path("id")).longValue();
        post("yubei-clerk", procedures, Map.of("kind", "TESTING", "reason", "检验")).statusCode(409);
        as("yubei-clerk").get(CASES + "/" + number).then().body("supervision.step", equalTo("SPECIAL_PROCEDURE"))
                .body("supervision.stepDue", nullValue());
        act("yubei-clerk", number, "APPROVE", Map.of("decisionReference", "渝北食许〔2026〕12号")).statusCode(409)
                .body("detail", containsString("special procedure is running"));

        BusinessTime.pinAt("2026-11-09T15:00:00+08:00");
        post("yubei-clerk", procedures + "/" + id + "/end", Map.of()).statusCode(200).body("until", equalTo("2026-11-09"))
                .body("endedBy", equalTo("yubei-clerk"));
        post("yubei-clerk", procedures + "/" + id + "/end", Map.of()).statusCode(409);
        // 4, 5, 6 and 9 November did not count: the tenth working day is Friday 20 November.
        as("yubei-clerk").get(CASES + "/" + number).then()
                .body("decisionDue", equalTo(instant("2026-11-21T00:00+08:00")))
                .body("supervision.step", equalTo("DECISION"));

        post("linshui-clerk", extensions, Map.of("workingDays", 10, "reason", "需现场核查")).statusCode(403);
        long extension = ((Number) post("yubei-clerk", extensions, Map.of("workingDays", 10, "reason", "需现场核查"))
                .statusCode(201).body("status", equalTo("REQUESTED")).extract().path("id")).longValue();
        post("yubei-clerk", extensions, Map.of("workingDays", 5, "reason", "再次延期")).statusCode(409)
                .body("detail", containsString("extended once"));
        as("yubei-clerk").get(CASES + "/" + number).then().body("decisionDue", equalTo(instant("2026-11-21T00:00+08:00")));
        String approval = extensions + "/" + extension + "/approval";
        post("yubei-clerk", approval, Map.of("approve", true)).statusCode(403);
        post("sc-admin", approval, Map.of("approve", true)).statusCode(403);
        post("cq-admin", approval, Map.of("approve", true, "comment", "同意延期十个工作日")).statusCode(200)
                .body("status", equalTo("APPROVED")).body("decidedBy", equalTo("cq-admin"));
        post("cq-admin", approval, Map.of("approve", false)).statusCode(409);
        as("yubei-clerk").get(CASES + "/" + number).then().body("decisionDue", equalTo(instant("2026-12-05T00:00+08:00")));

        as("linshui-clerk").get(CASES + "/" + number + "/timeline").then()
                .body("action", hasItems("SPECIAL_PROCEDURE_STARTED", "SPECIAL_PROCEDURE_ENDED", "EXTENSION_REQUESTED",
                        "EXTENSION_APPROVED"))
                .body("find { it.action == 'EXTENSION_APPROVED' }.comment", equalTo("10 working days: 同意延期十个工作日"));
        as("linshui-clerk").get(CASES + "/" + number + "/timeline/verify").then().body("intact", equalTo(true));
        act("yubei-clerk", number, "APPROVE", Map.of("decisionReference", "渝北食许〔2026〕12号")).statusCode(200);
        post("yubei-clerk", extensions, Map.of("workingDays", 5, "reason", "决定后")).statusCode(409);
        // Whose days (through Monday 9 November): Tuesday 3 the handling side's, 4, 5, 6 and 9 the hearing's.
        as("yubei-clerk").get(CASES + "/" + number).then().body("workingDays.accepting", equalTo(0))
                .body("workingDays.handling", equalTo(1)).body("workingDays.specialProcedure", equalTo(4))
                .body("workingDays.applicant", equalTo(0)).body("workingDays.delivery", equalTo(0));
        as("yubei-clerk").get(CASES + "?q=" + number).then().body("items[0].workingDays", nullValue());
    }

    @Test
    void aRejectedExtensionLeavesTheDeadlineAndMayBeAskedForAgain() {
        String number = inReview();
        String extensions = CASES + "/" + number + "/extensions";
        long first = ((Number) post("yubei-clerk", extensions, Map.of("workingDays", 3, "reason", "需补充论证"))
                .statusCode(201).extract().path("id")).longValue();
        post("cq-admin", extensions + "/" + first + "/approval", Map.of("approve", false)).statusCode(200)
                .body("status", equalTo("REJECTED"));
        as("yubei-clerk").get(CASES + "/" + number).then().body("decisionDue", equalTo(instant("2026-11-17T00:00+08:00")));
        post("yubei-clerk", extensions, Map.of("workingDays", 2, "reason", "需补充论证")).statusCode(201);
    }

    @Test
    void badRequestsAndStrangersChangeNothing() {
        String number = inReview();
        String procedures = CASES + "/" + number + "/special-procedures";
        String extensions = CASES + "/" + number + "/extensions";
        post("yubei-clerk", procedures, Map.of("kind", "PICNIC", "reason", "x")).statusCode(400);
        post("yubei-clerk", procedures, Map.of("kind", "HEARING")).statusCode(400);
        post("yubei-clerk", extensions, Map.of("workingDays", 11, "reason", "x")).statusCode(400);
        post("yubei-clerk", extensions, Map.of("workingDays", 0, "reason", "x")).statusCode(400);
        post("yubei-clerk", extensions, Map.of("workingDays", 3)).statusCode(400);
        post("yubei-clerk", procedures + "/abc/end", Map.of()).statusCode(404);
        post("cq-admin", extensions + "/99999999999999999999/approval", Map.of("approve", true)).statusCode(404);
        post("longchang-clerk", procedures, Map.of("kind", "HEARING", "reason", "x")).statusCode(404);
        post("longchang-clerk", extensions, Map.of("workingDays", 3, "reason", "x")).statusCode(404);
        post("tianfu-tongban", extensions, Map.of("workingDays", 3, "reason", "x")).statusCode(404);
        post("sc-viewer", extensions, Map.of("workingDays", 3, "reason", "x")).statusCode(403);
        as("yubei-clerk").get(CASES + "/" + number + "/timeline").then()
                .body("action", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("EXTENSION_REQUESTED")));
        List<String> actions = as("yubei-clerk").get(CASES + "/" + number + "/timeline").then().extract().path("action");
        org.junit.jupiter.api.Assertions.assertFalse(actions.contains("SPECIAL_PROCEDURE_STARTED"), actions.toString());
    }

    @Test
    void anEndedCaseKeepsItsAccountAndTheStatisticsAddItToItsPairOfDistricts() {
        String stats = "/api/common-handling/stats/working-days?from=2026-06-01&to=2026-06-01";
        String pair = "pairs.find { it.acceptingDistrict == '500153' && it.handlingDistrict == '511083' }";
        io.restassured.path.json.JsonPath before = as("longchang-clerk").get(stats).then().statusCode(200).extract().jsonPath();
        long cases = before.get(pair) == null ? 0 : before.getLong(pair + ".cases");
        int handling = before.get(pair) == null ? 0 : before.getInt(pair + ".total.handling");
        int delivery = before.get(pair) == null ? 0 : before.getInt(pair + ".total.delivery");

        // Filed, accepted and forwarded in Rongchang on Monday 1 June 2026; reviewed from Wednesday 3 in Longchang,
        // approved Friday 5, delivered Monday 8: 2, 3, 4 and 5 June the handling side's, 8 June delivery's.
        BusinessTime.pinAt("2026-06-01T10:00:00+08:00");
        Map<String, Object> s = submission("500153", "511083");
        s.put("itemCode", "shipin-jingying-xuke");
        String number = as("rongchang-clerk").body(s).post(CASES).then().statusCode(201).extract().path("number");
        act("rongchang-clerk", number, "ACCEPT", Map.of()).statusCode(200);
        act("rongchang-clerk", number, "FORWARD", Map.of()).statusCode(200);
        BusinessTime.pinAt("2026-06-03T10:00:00+08:00");
        act("longchang-clerk", number, "START_REVIEW", Map.of()).statusCode(200);
        BusinessTime.pinAt("2026-06-05T10:00:00+08:00");
        act("longchang-clerk", number, "APPROVE", Map.of("decisionReference", "隆昌食许〔2026〕3号")).statusCode(200);
        BusinessTime.pinAt("2026-06-08T10:00:00+08:00");
        act("rongchang-clerk", number, "DELIVER", Map.of()).statusCode(200)
                .body("workingDays.handling", equalTo(4)).body("workingDays.delivery", equalTo(1))
                .body("workingDays.accepting", equalTo(0));

        io.restassured.path.json.JsonPath after = as("longchang-clerk").get(stats).then().statusCode(200).extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertEquals(cases + 1, after.getLong(pair + ".cases"));
        org.junit.jupiter.api.Assertions.assertEquals(handling + 4, after.getInt(pair + ".total.handling"));
        org.junit.jupiter.api.Assertions.assertEquals(delivery + 1, after.getInt(pair + ".total.delivery"));
        as("linshui-clerk").get(stats).then().statusCode(200).body(pair, nullValue());
        as("linshui-clerk").get("/api/common-handling/stats/working-days?from=2026-06-02&to=2026-06-01").then()
                .statusCode(400);
    }
}
