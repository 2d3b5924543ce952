package org.chuanyu.commonhandling.cases;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.chuanyu.jurisdiction.time.BusinessTime;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.chuanyu.commonhandling.cases.CaseScenarioTest.CASES;
import static org.chuanyu.commonhandling.cases.FoodLicenceCases.FOOD_LICENCE;
import static org.chuanyu.commonhandling.cases.FoodLicenceCases.fileOn;
import static org.chuanyu.commonhandling.cases.FoodLicenceCases.instant;
import static org.chuanyu.commonhandling.cases.CaseScenarioTest.act;
import static org.chuanyu.jurisdiction.testing.Accounts.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The warning lights across the 2026 National Day holiday (1 to 7 October off, Saturday 10 October a make-up working
 * day), on the food business licence (食品经营许可, version 2: 3 working days to accept, 10 to decide).
 */
@QuarkusTest
class CaseSupervisionTest {

    @Inject
    SupervisionWatch watch;
    @Inject
    OverdueWatch overdue;

    /** Lets time pass to {@code at} and the watch look at the cases whose light it changes. */
    void passTo(String at) {
        BusinessTime.pinAt(at);
        watch.scan();
    }

    @Test
    void aRequestTheDayBeforeNationalDayWarnsOnTheMakeUpSaturdayAndTurnsRedOnSunday() {
        // Filed Wednesday 30 September: the three acceptance days are Thursday 8, Friday 9 and Saturday 10 October
        // (make-up), so acceptance is due at the end of the 10th; the last of them is the warning's.
        String number = fileOn("2026-09-30T10:00:00+08:00");
        String path = CASES + "/" + number;
        as("linshui-clerk").get(path).then().statusCode(200)
                .body("acceptanceDue", equalTo(instant("2026-10-11T00:00+08:00")))
                .body("supervision.level", equalTo("NORMAL")).body("supervision.step", equalTo("INTAKE"))
                .body("supervision.side", equalTo("ACCEPTING"))
                .body("supervision.stepDue", equalTo(instant("2026-10-11T00:00+08:00")));

        passTo("2026-10-09T23:59:00+08:00");
        as("linshui-clerk").get(path).then().body("supervision.level", equalTo("NORMAL"));
        passTo("2026-10-10T08:00:00+08:00");
        as("linshui-clerk").get(path).then().body("supervision.level", equalTo("WARNING"))
                .body("supervision.reason", equalTo("at most 1 working day left of 3 for intake"));
        List<String> warned = as("yubei-clerk").get(CASES + "?level=WARNING&q=" + number).then().statusCode(200)
                .extract().jsonPath().getList("items.number", String.class);
        assertEquals(List.of(number), warned, "the queue filters by light");

        passTo("2026-10-11T09:00:00+08:00");
        as("linshui-clerk").get(path).then().body("supervision.level", equalTo("RED"))
                .body("supervision.reason", equalTo("the statutory deadline for intake has passed"));
        // A second scan at the same moment changes nothing: the red light has no next change.
        watch.scan();

        // Accepted on Monday 12 October: the decision step starts afresh, ten working days to Monday 26 October.
        BusinessTime.pinAt("2026-10-12T10:00:00+08:00");
        act("linshui-clerk", number, "ACCEPT", Map.of()).statusCode(200)
                .body("decisionDue", equalTo(instant("2026-10-27T00:00+08:00")))
                .body("supervision.level", equalTo("NORMAL")).body("supervision.step", equalTo("DECISION"))
                .body("supervision.side", equalTo("ACCEPTING"));
        // Two warning days of ten: from Friday 23 October.
        passTo("2026-10-22T18:00:00+08:00");
        as("linshui-clerk").get(path).then().body("supervision.level", equalTo("NORMAL"));
        passTo("2026-10-23T09:00:00+08:00");
        as("linshui-clerk").get(path).then().body("supervision.level", equalTo("WARNING"));

        List<Map<String, Object>> lights = as("linshui-clerk").get(path + "/timeline").then().extract().jsonPath()
                .getList("findAll { it.action == 'SUPERVISION' }");
        assertEquals(List.of("NORMAL → WARNING: time passed a limit", "WARNING → RED: time passed a limit",
                        "RED → NORMAL: after ACCEPT", "NORMAL → WARNING: time passed a limit"),
                lights.stream().map(e -> e.get("comment")).toList());
        assertTrue(lights.stream().allMatch(e -> "supervision-watch".equals(e.get("actor"))
                && "platform".equals(e.get("realm"))), lights.toString());
        as("linshui-clerk").get(path + "/timeline/verify").then().body("intact", equalTo(true));
    }

    @Test
    void aSupplementRequestStopsTheClockAndDropsTheLightSayingWhy() {
        String number = fileOn("2026-09-30T10:00:00+08:00");
        passTo("2026-10-10T09:00:00+08:00");
        BusinessTime.pinAt("2026-10-10T09:30:00+08:00");
        act("linshui-clerk", number, "REQUEST_SUPPLEMENT", Map.of("materials", List.of("食品安全管理制度")))
                .statusCode(200).body("supervision.level", equalTo("NORMAL"))
                .body("supervision.step", equalTo("SUPPLEMENT")).body("supervision.stepDue", nullValue())
                .body("supervision.reason", containsString("the clock stands still"));
        // The material arrives on Wednesday 14 October: the intake's last day (the 10th, used up before the pause)
        // is counted again after it, so acceptance is due at the end of Thursday 15 October.
        BusinessTime.pinAt("2026-10-14T10:00:00+08:00");
        String etag = as("linshui-clerk").get(CASES + "/" + number).then().extract().header("ETag");
        as("linshui-clerk").header("If-Match", etag).body(Map.of("materials", List.of("食品安全管理制度")))
                .post(CASES + "/" + number + "/supplements").then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("supervision.step", equalTo("INTAKE"));
        List<String> comments = as("linshui-clerk").get(CASES + "/" + number + "/timeline").then().extract().jsonPath()
                .getList("findAll { it.action == 'SUPERVISION' }.comment", String.class);
        assertEquals("NORMAL → WARNING: time passed a limit", comments.get(0));
        assertEquals("WARNING → NORMAL: after REQUEST_SUPPLEMENT", comments.get(1));
    }

    @Test
    void decidedCasesAreWatchedUntilDeliveredAndEndedOnesHaveNoLight() {
        String number = fileOn("2026-11-02T10:00:00+08:00");
        act("linshui-clerk", number, "ACCEPT", Map.of()).statusCode(200);
        act("linshui-clerk", number, "FORWARD", Map.of()).statusCode(200);
        act("yubei-clerk", number, "START_REVIEW", Map.of()).statusCode(200)
                .body("supervision.side", equalTo("HANDLING"));
        act("yubei-clerk", number, "APPROVE", Map.of("decisionReference", "渝北食许〔2026〕9号")).statusCode(200)
                .body("supervision.step", equalTo("DELIVERY")).body("supervision.side", equalTo("ACCEPTING"))
                // Ten working days for delivery (art. 44), from Tuesday 3 to Monday 16 November.
                .body("supervision.stepDue", equalTo(instant("2026-11-17T00:00+08:00")))
                .body("deliveryDue", equalTo(instant("2026-11-17T00:00+08:00")));
        // Not delivered in time: the overdue watch holds decided cases to their delivery deadline too.
        BusinessTime.pinAt("2026-11-17T09:00:00+08:00");
        overdue.scan();
        as("linshui-clerk").get(CASES + "/" + number).then().body("overdue", equalTo(true));
        as("linshui-clerk").get(CASES + "/" + number + "/timeline").then()
                .body("find { it.action == 'OVERDUE' }.comment", startsWith("delivery deadline"));
        act("linshui-clerk", number, "DELIVER", Map.of()).statusCode(200).body("supervision", nullValue())
                .body("overdue", equalTo(false));
    }

    @Test
    void theSupervisorsSummaryCountsAndNamesOnlyWhatTheCallerMayRead() {
        String number = fileOn("2026-09-30T10:00:00+08:00");
        passTo("2026-10-11T09:00:00+08:00");
        String range = "/api/common-handling/supervision?from=2026-09-30&to=2026-09-30";
        as("linshui-clerk").get(range).then().statusCode(200)
                .body("flagged.number", hasItem(number))
                .body("counts.findAll { it.side == 'ACCEPTING' && it.district == '511623' && it.itemCode == '"
                        + FOOD_LICENCE + "' && it.level == 'RED' }.cases[0]", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        as("yubei-clerk").get(range).then().statusCode(200).body("flagged.number", hasItem(number));
        as("longchang-clerk").get(range).then().statusCode(200).body("flagged.number", not(hasItem(number)))
                .body("counts.findAll { it.district == '511623' }", org.hamcrest.Matchers.empty());
        as("tianfu-tongban").get(range).then().statusCode(200).body("flagged.number", not(hasItem(number)));
        as("linshui-clerk").get("/api/common-handling/supervision?from=2026-10-01&to=2026-09-30").then().statusCode(400);
        as("linshui-clerk").get("/api/common-handling/supervision?from=yesterday").then().statusCode(400);
        as("linshui-clerk").get(CASES + "?level=PURPLE").then().statusCode(400).body("errors.field", hasItem("level"));
    }
}
