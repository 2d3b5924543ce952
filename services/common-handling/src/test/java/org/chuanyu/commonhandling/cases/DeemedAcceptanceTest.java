package org.chuanyu.commonhandling.cases;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.chuanyu.jurisdiction.time.BusinessTime;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.chuanyu.commonhandling.cases.CaseScenarioTest.CASES;
import static org.chuanyu.commonhandling.cases.FoodLicenceCases.fileOn;
import static org.chuanyu.commonhandling.cases.FoodLicenceCases.instant;
import static org.chuanyu.commonhandling.cases.CaseScenarioTest.act;
import static org.chuanyu.jurisdiction.testing.Accounts.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Article 32 at intake, across the 2026 National Day holiday, on the food business licence (3 working days to accept,
 * 10 to decide): filed on Wednesday 30 September, the five working days to refuse or ask for materials are Thursday 8,
 * Friday 9, Saturday 10 (make-up), Monday 12 and Tuesday 13 October.
 */
@QuarkusTest
class DeemedAcceptanceTest {

    @Inject
    DeemedAcceptance law;

    void passTo(String at) {
        BusinessTime.pinAt(at);
        law.scan();
    }

    @Test
    void aCaseNeitherRefusedNorAskedForMaterialsInFiveWorkingDaysIsAcceptedAsOfTheirReceipt() {
        String number = fileOn("2026-09-30T10:00:00+08:00");
        passTo("2026-10-13T23:59:00+08:00");
        as("linshui-clerk").get(CASES + "/" + number).then().body("status", equalTo("SUBMITTED"));

        passTo("2026-10-14T00:00:30+08:00");
        // Accepted as of 30 September: the ten decision days are 8, 9, 10, 12 … 16, 19 and 20 October.
        as("linshui-clerk").get(CASES + "/" + number).then().body("status", equalTo("ACCEPTED"))
                .body("decisionDue", equalTo(instant("2026-10-21T00:00+08:00")))
                .body("allowedActions", org.hamcrest.Matchers.hasItem("FORWARD"));
        List<Map<String, Object>> events = as("linshui-clerk").get(CASES + "/" + number + "/timeline").then()
                .extract().jsonPath().getList("findAll { it.action == 'ACCEPT' }");
        assertEquals(1, events.size(), events.toString());
        assertEquals("deemed-acceptance", events.get(0).get("actor"));
        assertEquals("platform", events.get(0).get("realm"));
        assertTrue(events.get(0).get("comment").toString().startsWith("deemed accepted as of 2026-09-30"),
                events.toString());
        as("linshui-clerk").get(CASES + "/" + number + "/timeline/verify").then().body("intact", equalTo(true));

        passTo("2026-10-15T09:00:00+08:00");
        assertEquals(1, as("linshui-clerk").get(CASES + "/" + number + "/timeline").then().extract().jsonPath()
                .getList("findAll { it.action == 'ACCEPT' }").size(), "accepted once");
    }

    @Test
    void missingMaterialsAreAskedForOnceAndThenTheOfficeDecides() {
        String number = fileOn("2026-09-30T10:00:00+08:00");
        BusinessTime.pinAt("2026-10-09T10:00:00+08:00");
        act("linshui-clerk", number, "REQUEST_SUPPLEMENT", Map.of("materials", List.of("食品安全管理制度", "从业人员健康证明")))
                .statusCode(200);
        BusinessTime.pinAt("2026-10-12T10:00:00+08:00");
        String etag = as("linshui-clerk").get(CASES + "/" + number).then().extract().header("ETag");
        as("linshui-clerk").header("If-Match", etag).body(Map.of("materials", List.of("食品安全管理制度")))
                .post(CASES + "/" + number + "/supplements").then().statusCode(200).body("status", equalTo("SUBMITTED"));
        act("linshui-clerk", number, "REQUEST_SUPPLEMENT", Map.of("materials", List.of("营业执照")))
                .statusCode(409).body("detail", containsString("一次性告知"));

        // Told in time: the law does not accept it; the office still must, or refuse it.
        passTo("2026-10-20T10:00:00+08:00");
        as("linshui-clerk").get(CASES + "/" + number).then().body("status", equalTo("SUBMITTED"));
        act("linshui-clerk", number, "ACCEPT", Map.of()).statusCode(200);
    }

    @Test
    void afterFiveWorkingDaysTheOfficeCanNoLongerActAsIfAtIntake() {
        String number = fileOn("2026-09-30T10:00:00+08:00");
        BusinessTime.pinAt("2026-10-14T09:00:00+08:00");
        act("linshui-clerk", number, "REQUEST_SUPPLEMENT", Map.of("materials", List.of("营业执照")))
                .statusCode(409).body("detail", containsString("accepted by law"));
        act("linshui-clerk", number, "REJECT_AT_INTAKE", Map.of("reason", "材料不全")).statusCode(409);
        as("linshui-clerk").get(CASES + "/" + number).then().body("status", equalTo("SUBMITTED"));
        law.scan();
        act("linshui-clerk", number, "FORWARD", Map.of()).statusCode(200).body("status", equalTo("FORWARDED"));
    }

    @Test
    void inAYearWithNoCalendarTheFiveDaysAreCountedOnWeekendsAlone() {
        // Monday 4 June 2040, a year no schedule ships for: Tuesday 5 to Monday 11 June are the five working days.
        String number = fileOn("2040-06-04T10:00:00+08:00");
        passTo("2040-06-11T23:00:00+08:00");
        as("linshui-clerk").get(CASES + "/" + number).then().body("status", equalTo("SUBMITTED"))
                .body("deadlineProvisional", equalTo(true));
        passTo("2040-06-12T00:00:30+08:00");
        // Accepted as of 4 June: ten decision days, weekends only, end on Monday 18 June.
        as("linshui-clerk").get(CASES + "/" + number).then().body("status", equalTo("ACCEPTED"))
                .body("decisionDue", equalTo(instant("2040-06-19T00:00+08:00")))
                .body("deadlineProvisional", equalTo(true));
    }

    @Test
    void theRulesOfIntakeArePure() {
        Instant deemed = Instant.parse("2026-10-13T16:00:00Z");
        assertNull(IntakeRules.supplementRefusal(false, deemed, deemed.minusSeconds(1)));
        assertTrue(IntakeRules.supplementRefusal(true, deemed, deemed.minusSeconds(1)).contains("一次性告知"));
        assertTrue(IntakeRules.supplementRefusal(false, deemed, deemed).contains("deemed accepted"));
        assertNull(IntakeRules.supplementRefusal(false, null, deemed));
        assertTrue(IntakeRules.deemedAccepted(CaseStatus.SUBMITTED, deemed, deemed));
        assertTrue(!IntakeRules.deemedAccepted(CaseStatus.SUPPLEMENT_REQUESTED, deemed, deemed.plusSeconds(9)));
        assertTrue(!IntakeRules.deemedAccepted(CaseStatus.SUBMITTED, null, deemed));
    }
}
