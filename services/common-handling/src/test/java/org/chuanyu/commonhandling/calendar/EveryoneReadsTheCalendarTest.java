package org.chuanyu.commonhandling.calendar;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.chuanyu.jurisdiction.testing.Accounts.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The calendar is reference data: clerks of both provinces and external systems read it. */
@QuarkusTest
class EveryoneReadsTheCalendarTest {

    static final String CALENDAR = "/api/common-handling/calendar/";

    @Inject
    CalendarLoader loader;
    @Inject
    WorkingCalendar workingCalendar;

    @ParameterizedTest
    @ValueSource(strings = {"linshui-clerk", "yubei-clerk", "tianfu-tongban", "yukuaiban", "sc-viewer"})
    void theLoaded2026ScheduleIsReadableByEveryCaller(String account) {
        as(account).get(CALENDAR + "2026").then().statusCode(200)
                .header("ETag", notNullValue())
                .body("year", equalTo(2026))
                .body("loaded", equalTo(true))
                .body("provisional", equalTo(false))
                .body("source", containsString("2026年部分节假日安排"))
                .body("holidays.name", hasItem("春节 Spring Festival"))
                .body("holidays.find { it.name == '春节 Spring Festival' }.days",
                        hasItems("2026-02-15", "2026-02-23"))
                .body("makeUpWorkdays", hasItems("2026-02-14", "2026-02-28"));
    }

    @Test
    void aYearNobodyLoadedIsProvisionalWeekendsOnly() {
        as("yubei-clerk").get(CALENDAR + "2031").then().statusCode(200)
                .header("ETag", nullValue())
                .body("loaded", equalTo(false))
                .body("provisional", equalTo(true))
                .body("holidays.size()", equalTo(0))
                .body("version", nullValue());
    }

    @Test
    void aYearOutsideTheAcceptedRangeOrNotANumberIsABadRequest() {
        as("linshui-clerk").get(CALENDAR + "1800").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        as("linshui-clerk").get(CALENDAR + "twenty").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        as("linshui-clerk").get(CALENDAR + "2300/changes").then().statusCode(400);
    }

    @Test
    void withoutATokenNothingIsRead() {
        given().get(CALENDAR + "2026").then().statusCode(401);
    }

    @Test
    void theFilesYearsAreOnRecordAsLoadedByTheSystem() {
        as("linshui-clerk").get(CALENDAR + "2025/changes").then().statusCode(200)
                .body("items[-1].recordedBy", containsString("holidays-cn.json"))
                .body("items[-1].before", nullValue())
                .body("items[-1].after.makeUpWorkdays", hasItem("2025-01-26"));
    }

    @Test
    void loadingAgainNeverOverwritesAStoredYear() {
        String before = as("linshui-clerk").get(CALENDAR + "2025").then().extract().header("ETag");
        // The first load brings back whatever year of the file another test forgot; the second finds every one stored.
        loader.loadMissingYears();
        assertEquals(List.of(), loader.loadMissingYears(), "every year of the file is already stored");
        as("linshui-clerk").get(CALENDAR + "2025").then().header("ETag", equalTo(before));
    }

    @Test
    void theInjectableClockKnowsTheLoadedYears() {
        WorkingDayClock clock = workingCalendar.clock();
        assertTrue(clock.isLoaded(2025) && clock.isLoaded(2026));
        assertFalse(clock.isWorkingDay(LocalDate.parse("2026-02-16")));
        assertEquals(LocalDate.parse("2026-03-16"),
                clock.deadline(LocalDate.parse("2026-02-10"), 20).lastWorkingDay());
    }
}
