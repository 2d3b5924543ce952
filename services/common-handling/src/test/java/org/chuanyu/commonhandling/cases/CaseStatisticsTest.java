package org.chuanyu.commonhandling.cases;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.chuanyu.jurisdiction.time.BusinessTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.chuanyu.commonhandling.cases.CaseScenarioTest.CASES;
import static org.chuanyu.commonhandling.cases.CaseScenarioTest.act;
import static org.chuanyu.jurisdiction.testing.Accounts.as;
import static org.chuanyu.commonhandling.cases.CaseScenarioTest.submission;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Statistics count a case once on each side, only for callers who may read it. Other tests file
 * cases too, so each test compares the counts before and after its own case.
 */
@QuarkusTest
class CaseStatisticsTest {

    static final String STATS = "/api/common-handling/stats";
    /** Real-estate records enquiry: 1 working day to accept, 5 to decide (seeded in V2). */
    static final String ITEM = "budongchan-ziliao-chaxun";
    static final List<String> FIELDS = List.of("received", "accepted", "completed", "decided", "currentlyOverdue",
            "crossProvince");

    /** The day whose counts are compared, pinned so that the cases filed before and after cannot fall on two days. */
    String today;

    @BeforeEach
    void pinToday() {
        today = BusinessTime.pinTodayAtNoon().toString();
    }

    Map<String, Long> counts(String account, String side, String province) {
        JsonPath report = as(account).get(STATS + "?item=" + ITEM + "&from=" + today + "&to=" + today)
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> rows = report.getList("rows.findAll { it.side == '" + side + "' && it.province == '"
                + province + "' }");
        return FIELDS.stream().collect(java.util.stream.Collectors.toMap(f -> f,
                f -> rows.isEmpty() ? 0L : ((Number) rows.get(0).get(f)).longValue()));
    }

    static Map<String, Long> delta(Map<String, Long> before, Map<String, Long> after) {
        return FIELDS.stream().collect(java.util.stream.Collectors.toMap(f -> f, f -> after.get(f) - before.get(f)));
    }

    static Map<String, Long> expect(long received, long accepted, long completed, long decided, long overdue, long cross) {
        return Map.of("received", received, "accepted", accepted, "completed", completed, "decided", decided,
                "currentlyOverdue", overdue, "crossProvince", cross);
    }

    /** A case of the item accepted in Linshui, approved in Yubei and delivered; its number. */
    static String deliveredLinshuiToYubei() {
        Map<String, Object> s = submission("511623", "500112");
        s.put("itemCode", ITEM);
        String number = as("linshui-clerk").body(s).post(CASES).then().statusCode(201).extract().path("number");
        act("linshui-clerk", number, "ACCEPT", Map.of()).statusCode(200);
        act("linshui-clerk", number, "FORWARD", Map.of()).statusCode(200);
        act("yubei-clerk", number, "START_REVIEW", Map.of()).statusCode(200);
        act("yubei-clerk", number, "APPROVE", Map.of("decisionReference", "渝北不动产查〔2026〕3号")).statusCode(200);
        act("linshui-clerk", number, "DELIVER", Map.of()).statusCode(200);
        return number;
    }

    @Test
    void aCaseAcceptedInLinshuiAndDecidedInYubeiCountsOnBothSidesForThoseWhoSeeIt() {
        List<String> accounts = List.of("linshui-clerk", "yubei-clerk", "sc-viewer", "longchang-clerk", "tianfu-tongban");
        Map<String, Map<String, Long>> acceptingBefore = new java.util.HashMap<>();
        Map<String, Map<String, Long>> handlingBefore = new java.util.HashMap<>();
        accounts.forEach(a -> {
            acceptingBefore.put(a, counts(a, "ACCEPTING", "sichuan"));
            handlingBefore.put(a, counts(a, "HANDLING", "chongqing"));
        });

        deliveredLinshuiToYubei();

        Map<String, Long> counted = expect(1, 1, 1, 1, 0, 1);
        Map<String, Long> none = expect(0, 0, 0, 0, 0, 0);
        for (String a : accounts) {
            boolean sees = List.of("linshui-clerk", "yubei-clerk", "sc-viewer").contains(a);
            assertEquals(sees ? counted : none, delta(acceptingBefore.get(a), counts(a, "ACCEPTING", "sichuan")),
                    a + ", by accepting province");
            assertEquals(sees ? counted : none, delta(handlingBefore.get(a), counts(a, "HANDLING", "chongqing")),
                    a + ", by handling province");
        }
    }

    @Test
    void onTimeRateAndWorkingDaysToDecisionAreShownForDecidedCases() {
        Map<String, Object> s = submission("500112", "500112");
        s.put("itemCode", ITEM);
        String number = as("yubei-clerk").body(s).post(CASES).then().statusCode(201).extract().path("number");
        act("yubei-clerk", number, "ACCEPT", Map.of()).statusCode(200);
        act("yubei-clerk", number, "START_REVIEW", Map.of()).statusCode(200);
        act("yubei-clerk", number, "DENY", Map.of("reason", "查询人无权限", "decisionReference", "渝北不动产查〔2026〕4号"))
                .statusCode(200);
        // Decided on the day of acceptance, well before its deadline.
        as("yubei-clerk").get(STATS + "?item=" + ITEM + "&from=" + today + "&to=" + today).then().statusCode(200)
                .body("rows.find { it.side == 'HANDLING' && it.province == 'chongqing' }.onTimeRate", equalTo(1.0f))
                .body("rows.find { it.side == 'HANDLING' && it.province == 'chongqing' }.averageWorkingDaysToDecision",
                        equalTo(0.0f));
    }

    @Test
    void badRangesAreRefusedFieldByField() {
        as("linshui-clerk").get(STATS + "?from=2026-13-01").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", containsInAnyOrder("from"));
        as("linshui-clerk").get(STATS + "?from=2026-03-01&to=2026-02-01").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("to"));
        as("linshui-clerk").get(STATS + "?from=2020-01-01&to=2026-01-01").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("to"));
    }
}
