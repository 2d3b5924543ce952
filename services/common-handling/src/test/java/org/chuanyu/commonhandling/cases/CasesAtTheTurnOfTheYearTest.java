package org.chuanyu.commonhandling.cases;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.chuanyu.commonhandling.calendar.CalendarFixtures;
import org.chuanyu.jurisdiction.time.BusinessTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.chuanyu.commonhandling.cases.CaseScenarioTest.CASES;
import static org.chuanyu.commonhandling.cases.CaseScenarioTest.act;
import static org.chuanyu.jurisdiction.testing.Accounts.as;
import static org.chuanyu.commonhandling.cases.CaseScenarioTest.submission;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The statutory clock at the instants where dates go wrong: the last minute of a year, the first minute
 * of the next (when the UTC date is still the old one), and a year whose holiday calendar nobody has
 * loaded, where the provisional rule (weekends only) applies and says so. The service runs at those
 * instants through its business clock; nothing waits for the calendar.
 * <p>
 * 2027 stands for "the next year, not loaded": the test forgets it before and after, whatever another
 * test class or an earlier run left. 2040 stands for a year no schedules file will ship for a long time.
 */
@QuarkusTest
class CasesAtTheTurnOfTheYearTest {

    /** Pension insurance transfer: 1 working day to accept, 15 to decide (seeded in V2). */
    static final String PENSION_TRANSFER = DeadlinesOnTheHolidayCalendarTest.PENSION_TRANSFER;
    static final String STATS = "/api/common-handling/stats";

    @Inject
    CalendarFixtures calendar;

    @BeforeEach
    @AfterEach
    void nobodyHasLoaded2027() {
        calendar.forget(2027);
    }

    static String file(String account, String accepting, String handling) {
        Map<String, Object> s = submission(accepting, handling);
        s.put("itemCode", PENSION_TRANSFER);
        return as(account).body(s).post(CASES).then().statusCode(201).extract().path("number");
    }

    static String instant(String isoWithOffset) {
        return OffsetDateTime.parse(isoWithOffset).toInstant().toString();
    }

    /** Cases of the pension item received in the default range (1 January to today) that the account sees. */
    static long receivedThisYear(String account) {
        JsonPath report = as(account).get(STATS + "?item=" + PENSION_TRANSFER).then().statusCode(200)
                .extract().jsonPath();
        List<Integer> received = report.getList("rows.findAll { it.side == 'ACCEPTING' }.received");
        return received.stream().mapToLong(Integer::longValue).sum();
    }

    /**
     * Files a case at {@code at} (Asia/Shanghai) and checks what the instant decides: the number's year, the
     * recorded time, the acceptance deadline (one working day, provisional since the next year is not loaded),
     * the working days left (today counts while it is a working day) and the year whose default statistics
     * count it.
     */
    static void filedAt(String at, String account, String accepting, String handling, String numberPrefix,
                        String utcPrefix, String acceptanceDue) {
        BusinessTime.pinAt(at);
        long before = receivedThisYear(account);

        String number = file(account, accepting, handling);

        assertEquals(numberPrefix, number.substring(0, numberPrefix.length()));
        as(account).get(CASES + "/" + number + "/timeline").then().statusCode(200)
                .body("[0].at", startsWith(utcPrefix));
        as(account).get(CASES + "/" + number).then().statusCode(200)
                .body("acceptanceDue", equalTo(instant(acceptanceDue)))
                .body("deadlineProvisional", equalTo(true))
                .body("workingDaysRemaining", equalTo(2))
                .body("overdue", equalTo(false));
        assertEquals(before + 1, receivedThisYear(account), "counted in the default range of " + at.substring(0, 4));
    }

    @Test
    void aCaseFiledAtOneMinuteToMidnightOnNewYearsEveBelongsToTheOldYear() {
        // Thursday 31 December counts as the filing day; the one acceptance day is Friday 1 January
        // 2027, a working day under the provisional rule, since 2027 is not loaded.
        filedAt("2026-12-31T23:59:00+08:00", "linshui-clerk", "511623", "500112", "CY-51-2026-",
                "2026-12-31T15:59", "2027-01-02T00:00+08:00");
    }

    @Test
    void aCaseFiledJustAfterMidnightBelongsToTheNewYearThoughUtcIsStillInTheOld() {
        // 00:00:30 in Asia/Shanghai is 16:00:30 UTC on 31 December. Filed on Friday 1 January; Saturday and
        // Sunday are off, so Monday 4 January is the acceptance day: due at its 24:00, provisionally.
        filedAt("2027-01-01T00:00:30+08:00", "yubei-clerk", "500112", "511623", "CY-50-2027-",
                "2026-12-31T16:00", "2027-01-05T00:00+08:00");
    }

    @Test
    void inAYearWithoutACalendarTheClockCountsWeekendsOnlyAndSaysItIsProvisional() {
        BusinessTime.pinAt("2040-06-04T10:00:00+08:00");   // a Monday

        String number = file("rongchang-clerk", "500153", "500153");

        assertEquals("CY-50-2040-", number.substring(0, 11));
        as("rongchang-clerk").get(CASES + "/" + number).then().statusCode(200)
                .body("acceptanceDue", equalTo(instant("2040-06-06T00:00+08:00")))
                .body("deadlineProvisional", equalTo(true));
        // Accepted on Monday 4 June: fifteen working days from Tuesday 5, weekends only, end on Monday 25 June.
        act("rongchang-clerk", number, "ACCEPT", Map.of()).statusCode(200)
                .body("decisionDue", equalTo(instant("2040-06-26T00:00+08:00")))
                .body("deadlineProvisional", equalTo(true))
                .body("workingDaysRemaining", equalTo(16));   // today counts while it is a working day
    }
}
