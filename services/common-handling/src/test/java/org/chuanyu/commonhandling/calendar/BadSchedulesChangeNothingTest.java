package org.chuanyu.commonhandling.calendar;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.chuanyu.jurisdiction.testing.Accounts.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A schedule with wrong dates is refused with a 400 naming each field, and nothing changes: not
 * the loaded 2026, not the unloaded 2027, not the record, and no event fires.
 */
@QuarkusTest
class BadSchedulesChangeNothingTest {

    static final String CALENDAR = "/api/common-handling/calendar/";
    // 2026-12-31 lies outside 2027; Monday 4 January cannot be a make-up day; Saturday 2 January
    // cannot be both.
    static final String WRONG_2027 = """
            {"source": "a schedule with mistakes",
             "holidays": [{"name": "元旦", "days": ["2027-01-02", "2026-12-31"]}],
             "makeUpWorkdays": ["2027-01-04", "2027-01-02"]}""";

    @Inject
    CalendarFixtures fixtures;
    CalendarFixtures.EventWatch events;

    @BeforeEach
    void nobodyHasLoaded2027() {
        fixtures.forget(2027);
        events = fixtures.watch();
    }

    @Test
    void wrongDatesAreNamedFieldByFieldAndNothingIsLoaded() {
        as("joint-office-cq").contentType(ContentType.JSON).body(WRONG_2027).put(CALENDAR + "2027").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("holidays[0].days[1]", "makeUpWorkdays[0]", "makeUpWorkdays[1]"))
                .body("errors.find { it.field == 'holidays[0].days[1]' }.message", equalTo("must lie in 2027"))
                .body("errors.find { it.field == 'makeUpWorkdays[0]' }.message", containsString("Saturday or Sunday"))
                .body("errors.find { it.field == 'makeUpWorkdays[1]' }.message",
                        containsString("cannot be both a holiday and a make-up working day"));
        as("linshui-clerk").get(CALENDAR + "2027").then().body("loaded", equalTo(false));
        assertEquals(0, events.eventsFor(2027));
    }

    @Test
    void aBadCorrectionOfALoadedYearLeavesItAsItWas() {
        String etag = as("linshui-clerk").get(CALENDAR + "2026").then().extract().header("ETag");
        int recorded = as("linshui-clerk").queryParam("limit", 500).get(CALENDAR + "2026/changes").then()
                .extract().<List<?>>path("items").size();
        int proposed = as("linshui-clerk").queryParam("limit", 500).get(CALENDAR + "2026/proposals").then()
                .statusCode(200).extract().<List<?>>path("items").size();
        String wrong = """
                {"source": "", "holidays": [{"name": "春节", "days": []}, null],
                 "makeUpWorkdays": ["2026-13-01"]}""";
        as("sc-admin").contentType(ContentType.JSON).header("If-Match", etag).body(wrong).put(CALENDAR + "2026")
                .then().statusCode(400);
        String missingFields = """
                {"source": " ", "holidays": [{"name": "春节", "days": []}, null]}""";
        as("sc-admin").contentType(ContentType.JSON).header("If-Match", etag).body(missingFields)
                .put(CALENDAR + "2026").then().statusCode(400)
                .body("errors.field", hasItems("source", "holidays[0].days", "holidays[1]", "makeUpWorkdays"));
        as("sc-admin").contentType(ContentType.JSON).header("If-Match", etag).put(CALENDAR + "2026")
                .then().statusCode(400).body("errors.field", hasItem("request"));
        as("sc-admin").contentType(ContentType.JSON).header("If-Match", etag).body(WRONG_2027.replace("2027", "2026"))
                .put(CALENDAR + "2030").then().statusCode(400)
                .body("errors.field", hasItem("holidays[0].days[0]"));

        as("linshui-clerk").get(CALENDAR + "2026").then().header("ETag", equalTo(etag))
                .body("holidays.name", hasItem("春节 Spring Festival"));
        as("linshui-clerk").queryParam("limit", 500).get(CALENDAR + "2026/changes").then()
                .body("items.size()", equalTo(recorded));
        as("linshui-clerk").queryParam("limit", 500).get(CALENDAR + "2026/proposals").then()
                .body("items.size()", equalTo(proposed));
        assertEquals(0, events.eventsFor(2026));
    }
}
