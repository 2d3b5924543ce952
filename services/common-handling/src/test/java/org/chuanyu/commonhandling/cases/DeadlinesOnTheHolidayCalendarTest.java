package org.chuanyu.commonhandling.cases;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.chuanyu.commonhandling.calendar.WorkingCalendar;
import org.chuanyu.commonhandling.calendar.WorkingDayClock;
import org.chuanyu.jurisdiction.time.BusinessTime;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.chuanyu.commonhandling.cases.CaseScenarioTest.CASES;
import static org.chuanyu.commonhandling.cases.CaseScenarioTest.act;
import static org.chuanyu.jurisdiction.testing.Accounts.as;
import static org.chuanyu.commonhandling.cases.CaseScenarioTest.submission;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Deadlines on the platform's holiday calendar (2026: Spring Festival 15-23 February, Saturdays 14
 * and 28 February worked), supplement pauses at intake and in review, and the overdue watch.
 * Cases are filed today through the API and then moved back in time by the test, as if filed in
 * February 2026, because only the clock's inputs (dates) differ from a case filed then.
 */
@QuarkusTest
class DeadlinesOnTheHolidayCalendarTest {

    /** Pension insurance transfer: 1 working day to accept, 15 to decide (seeded in V2). */
    static final String PENSION_TRANSFER = "shebao-guanxi-zhuanyi";

    @Inject
    CaseTimeMachine time;
    @Inject
    OverdueWatch watch;
    @Inject
    DeemedAcceptance law;
    @Inject
    WorkingCalendar calendar;

    static String file(String account, String accepting, String handling) {
        Map<String, Object> s = submission(accepting, handling);
        s.put("itemCode", PENSION_TRANSFER);
        return as(account).body(s).post(CASES).then().statusCode(201).extract().path("number");
    }

    @Test
    void aCaseAcceptedBeforeTheSpringFestivalIsDueAfterItLessItsSupplementPauses() {
        String number = file("linshui-clerk", "511623", "500112");
        act("linshui-clerk", number, "ACCEPT", Map.of()).statusCode(200);
        // Filed Tue 10 Feb; a supplement asked at intake on 11 Feb arrived the same day; accepted
        // Fri 13 Feb; a supplement asked in review ran Mon 2 to Wed 4 March.
        time.backdate(number, LocalDate.parse("2026-02-10"), LocalDate.parse("2026-02-13"), List.of(
                new CaseClock.Pause(LocalDate.parse("2026-02-11"), LocalDate.parse("2026-02-11")),
                new CaseClock.Pause(LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-04"))));

        // Acceptance: 11 Feb paused, so 12 Feb is the 1st working day: due at its 24:00.
        // Decision: Sat 14 (worked) 1; 15-23 off; 24-27 5, Sat 28 6; 2-4 March paused; 5, 6 → 8;
        // 9-13 → 13; 16, 17 → 15: due at 24:00 on 17 March.
        as("yubei-clerk").get(CASES + "/" + number).then().statusCode(200)
                .body("acceptanceDue", equalTo(OffsetDateTime.parse("2026-02-13T00:00+08:00").toInstant().toString()))
                .body("decisionDue", equalTo(OffsetDateTime.parse("2026-03-18T00:00+08:00").toInstant().toString()))
                .body("deadlineProvisional", equalTo(false))
                .body("workingDaysRemaining", lessThan(0));
    }

    @Test
    void aCaseFiledTodayShowsTheWorkingDaysItHasLeft() {
        // Today counts while it is a working day: filed on a working day with a one-day limit, the
        // clerk has today and the next working day.
        WorkingDayClock clock = calendar.clock();
        LocalDate today = BusinessTime.pinTodayAtNoon();
        int acceptance = clock.workingDaysRemaining(clock.deadline(today, 1), today);
        int decision = clock.workingDaysRemaining(clock.deadline(today, 15), today);
        assertEquals(clock.isWorkingDay(today) ? 2 : 1, acceptance);
        String number = file("linshui-clerk", "511623", "500112");
        as("linshui-clerk").get(CASES + "/" + number).then().statusCode(200)
                .body("workingDaysRemaining", equalTo(acceptance)).body("overdue", equalTo(false));
        act("linshui-clerk", number, "ACCEPT", Map.of()).statusCode(200)
                .body("workingDaysRemaining", equalTo(decision));
    }

    @Test
    void theOverdueWatchRecordsALateCaseOnceHoweverManyReplicasScanAtOnce() throws Exception {
        String number = file("rongchang-clerk", "500153", "511028");
        time.backdate(number, LocalDate.parse("2026-02-10"), null, List.of());

        ExecutorService replicas = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> scans = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                scans.add(replicas.submit((Callable<Integer>) watch::scan));
            }
            for (Future<Integer> scan : scans) {
                scan.get();
            }
        } finally {
            replicas.shutdown();
        }
        watch.scan();

        // The warning lights are recorded beside (SUPERVISION, docs/common-handling.md): not counted here.
        List<String> actions = as("rongchang-clerk").get(CASES + "/" + number + "/timeline").then().statusCode(200)
                .extract().path("findAll { it.action != 'SUPERVISION' }.action");
        assertEquals(List.of("SUBMIT", "OVERDUE"), actions, "one OVERDUE event, however many scans");
        as("rongchang-clerk").get(CASES + "/" + number + "/timeline").then()
                .body("find { it.action == 'OVERDUE' }.actor", equalTo("overdue-watch"))
                .body("find { it.action == 'OVERDUE' }.realm", equalTo("platform"));
        as("rongchang-clerk").get(CASES + "/" + number + "/timeline/verify").then().statusCode(200)
                .body("intact", equalTo(true));
        as("rongchang-clerk").get(CASES + "/" + number).then().body("overdue", equalTo(true));
        as("rongchang-clerk").get(CASES + "?overdue=true&q=" + number).then().statusCode(200)
                .body("items.number", hasItem(number));
        as("longchang-clerk").get(CASES + "?overdue=true&q=" + number).then().statusCode(200)
                .body("items.size()", equalTo(0));

        // Nobody refused it or asked for materials in five working days: the law accepted it as of its receipt
        // (行政许可法 art. 32), so no clerk accepts it now, and its decision's deadline passed long ago: still overdue.
        act("rongchang-clerk", number, "ACCEPT", Map.of()).statusCode(409);
        law.scan();
        as("rongchang-clerk").get(CASES + "/" + number).then().body("status", equalTo("ACCEPTED"))
                .body("overdue", equalTo(true)).body("decisionDue", notNullValue());
    }

    @Test
    void aCaseWaitingForASupplementIsNotWatched() {
        String number = file("rongchang-clerk", "500153", "500153");
        act("rongchang-clerk", number, "REQUEST_SUPPLEMENT", Map.of("materials", List.of("户口簿"))).statusCode(200);
        time.backdate(number, LocalDate.parse("2026-02-10"), null, List.of());
        watch.scan();
        as("rongchang-clerk").get(CASES + "/" + number).then().body("overdue", equalTo(false))
                .body("status", equalTo("SUPPLEMENT_REQUESTED"));
    }

    @Test
    void aDecidedCaseHasNoDeadlineLeft() {
        String number = file("yubei-clerk", "500112", "500112");
        act("yubei-clerk", number, "ACCEPT", Map.of()).statusCode(200);
        act("yubei-clerk", number, "START_REVIEW", Map.of()).statusCode(200);
        act("yubei-clerk", number, "DENY", Map.of("reason", "不符合转移条件", "decisionReference", "渝北社保〔2026〕9号"))
                .statusCode(200).body("workingDaysRemaining", nullValue()).body("overdue", equalTo(false));
    }
}
