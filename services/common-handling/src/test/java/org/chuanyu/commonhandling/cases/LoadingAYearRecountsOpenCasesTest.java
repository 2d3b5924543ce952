package org.chuanyu.commonhandling.cases;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.chuanyu.commonhandling.calendar.CalendarFixtures;
import org.chuanyu.jurisdiction.testing.Eventually;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static org.chuanyu.commonhandling.cases.CaseScenarioTest.CASES;
import static org.chuanyu.jurisdiction.testing.Accounts.as;
import static org.hamcrest.Matchers.equalTo;

/**
 * A case counted into a year without a calendar has provisional deadlines; when an admin loads
 * that year, the open case is counted again. This class owns 2029 and forgets it around each test.
 */
@QuarkusTest
class LoadingAYearRecountsOpenCasesTest {

    static final String YEAR_2029 = "/api/common-handling/calendar/2029";
    /** 1 January 2029 is a Monday. */
    static final String NEW_YEAR_ONLY = """
            {"source": "国务院办公厅关于2029年部分节假日安排的通知 (test)",
             "holidays": [{"name": "元旦 New Year's Day", "days": ["2029-01-01"]}],
             "makeUpWorkdays": []}""";

    /** Far more than a recount of the test database's open cases takes. */
    static final Duration RECOUNT = Duration.ofSeconds(30);

    @Inject
    CalendarFixtures calendar;
    @Inject
    CaseTimeMachine time;

    @BeforeEach
    @AfterEach
    void nobodyHasLoaded2029() {
        calendar.forget(2029);
    }

    @Test
    void loading2029MovesAnOpenCasesDeadlinePastNewYearsDayAndMakesItFinal() {
        String number = DeadlinesOnTheHolidayCalendarTest.file("linshui-clerk", "511623", "511623");
        // Filed on Sunday 31 December 2028: counting starts on Monday 1 January 2029.
        time.backdate(number, LocalDate.parse("2028-12-31"), null, List.of());
        as("linshui-clerk").get(CASES + "/" + number).then().statusCode(200)
                .body("acceptanceDue", equalTo(OffsetDateTime.parse("2029-01-02T00:00+08:00").toInstant().toString()))
                .body("deadlineProvisional", equalTo(true));

        CalendarFixtures.loadWithBothProvinces("sc-admin", 2029, NEW_YEAR_ONLY, null);

        // The recount runs in the background once the second province has approved.
        Eventually.assertWithin(RECOUNT, () -> as("linshui-clerk").get(CASES + "/" + number).then().statusCode(200)
                .body("acceptanceDue", equalTo(OffsetDateTime.parse("2029-01-03T00:00+08:00").toInstant().toString()))
                .body("deadlineProvisional", equalTo(false)));
    }
}
