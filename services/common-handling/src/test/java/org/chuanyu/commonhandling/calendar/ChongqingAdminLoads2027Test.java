package org.chuanyu.commonhandling.calendar;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;

import static org.chuanyu.jurisdiction.testing.Accounts.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The 2027 schedule is not published in the project's file; an admin proposes it, the other province approves,
 * it is corrected the same way, and every step is on record. This class owns 2027 and forgets it before each test.
 */
@QuarkusTest
class ChongqingAdminLoads2027Test {

    static final String YEAR_2027 = "/api/common-handling/calendar/2027";
    static final String FIRST = """
            {"source": "国务院办公厅关于2027年部分节假日安排的通知 (draft)",
             "holidays": [{"name": "元旦 New Year's Day", "days": ["2027-01-01", "2027-01-02", "2027-01-03"]}],
             "makeUpWorkdays": []}""";
    static final String CORRECTED = """
            {"source": "国务院办公厅关于2027年部分节假日安排的通知",
             "holidays": [{"name": "元旦 New Year's Day", "days": ["2027-01-01", "2027-01-02", "2027-01-03"]},
                          {"name": "春节 Spring Festival", "days": ["2027-02-06", "2027-02-07", "2027-02-08",
                           "2027-02-09", "2027-02-10", "2027-02-11", "2027-02-12"]}],
             "makeUpWorkdays": ["2027-01-30", "2027-02-20"]}""";

    @Inject
    CalendarFixtures fixtures;
    CalendarFixtures.EventWatch events;
    @Inject
    WorkingCalendar workingCalendar;

    @BeforeEach
    @AfterEach
    void nobodyHasLoaded2027() {
        fixtures.forget(2027);
        events = fixtures.watch();
    }

    @ParameterizedTest
    @ValueSource(strings = {"linshui-clerk", "yubei-clerk", "sc-viewer", "tianfu-tongban"})
    void onlyAdminsChangeTheCalendar(String account) {
        as(account).contentType(ContentType.JSON).body(FIRST).put(YEAR_2027).then().statusCode(403)
                .contentType("application/problem+json");
        as(account).get(YEAR_2027).then().body("loaded", equalTo(false));
        assertEquals(0, events.eventsFor(2027));
    }

    @Test
    void cqAdminLoadsThenCorrects2027WithSichuansApprovalAndBothChangesAreOnRecord() {
        long newestBefore = newestChangeId();
        WorkingDayClock before = workingCalendar.clock();
        assertFalse(before.isLoaded(2027));
        assertTrue(before.deadline(LocalDate.parse("2026-12-31"), 1).provisional());

        String created = CalendarFixtures.loadWithBothProvinces("cq-admin", 2027, FIRST, null);
        assertEquals("\"1\"", created);
        assertEquals(1, events.eventsFor(2027));
        // The cached clock was refreshed by the committed change: 1-3 January are off, Monday 4th counts.
        Deadline firstWorkingDay = workingCalendar.clock().deadline(LocalDate.parse("2026-12-31"), 1);
        assertEquals(LocalDate.parse("2027-01-04"), firstWorkingDay.lastWorkingDay());
        assertFalse(firstWorkingDay.provisional());

        as("cq-admin").contentType(ContentType.JSON).body(CORRECTED).put(YEAR_2027).then().statusCode(428);
        as("cq-admin").contentType(ContentType.JSON).header("If-Match", "\"7\"").body(CORRECTED).put(YEAR_2027)
                .then().statusCode(412);
        assertEquals(1, events.eventsFor(2027), "refused changes fire nothing");

        assertEquals("\"2\"", CalendarFixtures.loadWithBothProvinces("cq-admin", 2027, CORRECTED, created));
        as("cq-admin").contentType(ContentType.JSON).header("If-Match", created).body(FIRST).put(YEAR_2027)
                .then().statusCode(412);
        assertEquals(2, events.eventsFor(2027));
        assertTrue(workingCalendar.clock().isWorkingDay(LocalDate.parse("2027-01-30")), "a make-up Saturday");

        as("linshui-clerk").get(YEAR_2027).then().statusCode(200).header("ETag", equalTo("\"2\""))
                .body("source", equalTo("国务院办公厅关于2027年部分节假日安排的通知"))
                .body("holidays.name", equalTo(List.of("元旦 New Year's Day", "春节 Spring Festival")))
                .body("makeUpWorkdays", equalTo(List.of("2027-01-30", "2027-02-20")));
        // Exactly two changes recorded: the third newest is the one that was newest before the test.
        List<Integer> newestThree = as("sc-viewer").queryParam("limit", 3).get(YEAR_2027 + "/changes").then()
                .statusCode(200).extract().path("items.id");
        assertEquals(newestBefore, newestThree.size() < 3 ? 0 : newestThree.get(2).longValue());
        assertTrue(newestThree.get(1) > newestBefore);
        as("linshui-clerk").get(YEAR_2027 + "/changes").then().statusCode(200)
                .body("items[0].recordedBy", equalTo("cq-admin"))
                .body("items[0].recordedByRealm", equalTo("chongqing"))
                .body("items[0].proposal", notNullValue())
                .body("items[0].before.source", equalTo("国务院办公厅关于2027年部分节假日安排的通知 (draft)"))
                .body("items[0].after.makeUpWorkdays", equalTo(List.of("2027-01-30", "2027-02-20")))
                .body("items[1].recordedBy", equalTo("cq-admin"))
                .body("items[1].before", nullValue())
                .body("items[1].after.holidays[0].days", hasItems("2027-01-01", "2027-01-03"));
    }

    /**
     * Finding 7 of docs/security.md: before, cq-admin's PUT alone rewrote both provinces' calendar (201, applied at
     * once).
     */
    @Test
    void oneProvinceAloneChangesNothing() {
        int id = as("cq-admin").contentType(ContentType.JSON).body(FIRST).put(YEAR_2027).then().statusCode(202)
                .header("Location", containsString("/api/common-handling/calendar/2027/proposals/"))
                .body("status", equalTo("PENDING")).body("proposedBy", equalTo("cq-admin"))
                .body("approvals", empty()).body("awaiting", equalTo(List.of("chongqing", "sichuan")))
                .extract().path("id");
        String proposal = YEAR_2027 + "/proposals/" + id;
        as("linshui-clerk").get(YEAR_2027).then().body("loaded", equalTo(false));

        as("cq-admin").post(proposal + "/approvals").then().statusCode(200).body("status", equalTo("PENDING"))
                .body("awaiting", equalTo(List.of("sichuan")));
        as("joint-office-cq").post(proposal + "/approvals").then().statusCode(409);
        as("yubei-clerk").post(proposal + "/approvals").then().statusCode(403);
        as("tianfu-tongban").post(proposal + "/approvals").then().statusCode(403);
        as("linshui-clerk").get(YEAR_2027).then().body("loaded", equalTo(false));
        assertEquals(0, events.eventsFor(2027), "nothing applied, nothing recounted");

        as("sc-admin").contentType(ContentType.JSON).body(CORRECTED).put(YEAR_2027).then().statusCode(409)
                .body("detail", containsString("waits for approval"));
        as("linshui-clerk").get(proposal).then().statusCode(200).body("approvals.province", equalTo(List.of("chongqing")));
        as("linshui-clerk").get(YEAR_2027 + "/proposals").then().statusCode(200).body("items[0].id", equalTo(id));
    }

    @Test
    void eitherProvinceRejectsAWaitingProposalAndTheYearStaysAsItWas() {
        int id = as("sc-admin").contentType(ContentType.JSON).body(FIRST).put(YEAR_2027).then().statusCode(202)
                .extract().path("id");
        String proposal = YEAR_2027 + "/proposals/" + id;
        as("yubei-clerk").contentType(ContentType.JSON).body("{\"reason\": \"不是\"}").post(proposal + "/rejection")
                .then().statusCode(403);
        as("cq-admin").contentType(ContentType.JSON).body("{\"reason\": \"与国务院办公厅通知不符\"}")
                .post(proposal + "/rejection").then().statusCode(200)
                .body("status", equalTo("REJECTED")).body("rejectionReason", equalTo("与国务院办公厅通知不符"));
        as("sc-admin").post(proposal + "/approvals").then().statusCode(409);
        as("linshui-clerk").get(YEAR_2027).then().body("loaded", equalTo(false));
        as("linshui-clerk").get(YEAR_2027 + "/proposals/999999999").then().statusCode(404);
        as("linshui-clerk").get(YEAR_2027 + "/proposals/x").then().statusCode(400);
        assertEquals(0, events.eventsFor(2027));
    }

    @Test
    void theRecordOfChangesIsPagedNewestFirst() {
        String etag = CalendarFixtures.loadWithBothProvinces("sc-admin", 2027, FIRST, null);
        CalendarFixtures.loadWithBothProvinces("sc-admin", 2027, CORRECTED, etag);
        String next = as("yubei-clerk").queryParam("limit", 1).get(YEAR_2027 + "/changes").then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].recordedByRealm", equalTo("sichuan"))
                .body("items[0].after.source", equalTo("国务院办公厅关于2027年部分节假日安排的通知"))
                .extract().path("nextCursor");
        as("yubei-clerk").queryParam("limit", 1).queryParam("cursor", next).get(YEAR_2027 + "/changes").then()
                .statusCode(200)
                .body("items[0].before", nullValue());
        as("yubei-clerk").queryParam("cursor", "not-a-cursor").get(YEAR_2027 + "/changes").then().statusCode(400);
        as("yubei-clerk").queryParam("limit", 0).get(YEAR_2027 + "/changes").then().statusCode(400);
    }

    /** The id of the newest recorded change of 2027, 0 when none: the record is append-only and grows every run. */
    private long newestChangeId() {
        List<Integer> ids = as("sc-viewer").queryParam("limit", 1).get(YEAR_2027 + "/changes").then().statusCode(200)
                .extract().path("items.id");
        return ids.isEmpty() ? 0 : ids.get(0).longValue();
    }
}
