package org.chuanyu.projects.blockers;

import io.quarkus.test.junit.QuarkusTest;
import org.chuanyu.jurisdiction.testing.Pages;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.chuanyu.jurisdiction.testing.Accounts.as;
import static org.chuanyu.projects.Api.code;
import static org.chuanyu.projects.Api.create;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 小问题不过夜、大问题不过周, on the platform's calendar (the stand-in serves the published 2025 and 2026
 * schedules; 2024 is "unreachable").
 */
@QuarkusTest
class BlockerDeadlineTest {

    private static Map<String, Object> blocker(String severity, String raisedAt) {
        return new HashMap<>(Map.of("description", "用电接入方案未批复", "category", "POWER", "severity", severity,
                "ownerDepartment", "区发展改革委", "raisedAt", raisedAt));
    }

    private static io.restassured.response.ValidatableResponse raise(String code, Map<String, Object> body) {
        return as("linshui-clerk").body(body).post("/api/projects/" + code + "/blockers").then();
    }

    @Test
    void aSmallProblemRaisedOnFridayIsDueOnMonday() {
        String code = code("t-linshui-park", "friday");
        create("linshui-clerk", code, "t-linshui-park").statusCode(201);
        raise(code, blocker("SMALL", "2026-01-09T16:30:00+08:00")).statusCode(201)
                .body("dueOn", equalTo("2026-01-12")).body("dueBy", equalTo("2026-01-12T23:59:59+08:00"))
                .body("dueProvisional", equalTo(false));
    }

    @Test
    void aSmallProblemRaisedBeforeNationalDayIsDueAfterTheHoliday() {
        String code = code("t-linshui-park", "holiday");
        create("linshui-clerk", code, "t-linshui-park").statusCode(201);
        // 2026-10-01 … 10-07 are holidays; weekends alone would have said 10-01.
        raise(code, blocker("SMALL", "2026-09-30T11:00:00+08:00")).statusCode(201).body("dueOn", equalTo("2026-10-08"));
        // The make-up Saturday 2026-10-10 is a working day.
        raise(code, blocker("SMALL", "2026-10-09T11:00:00+08:00")).statusCode(201).body("dueOn", equalTo("2026-10-10"));
        // Across the year end: 2026-01-01 … 01-03 off, Sunday 01-04 a make-up working day.
        raise(code, blocker("SMALL", "2025-12-31T09:00:00+08:00")).statusCode(201).body("dueOn", equalTo("2026-01-04"));
        // A day is a Shanghai business day: 23:30 UTC on the 29th is already the 30th in Chongqing and Sichuan.
        raise(code, blocker("SMALL", "2026-09-29T23:30:00Z")).statusCode(201).body("dueOn", equalTo("2026-10-08"));
    }

    @Test
    void aBigProblemIsDueWithinSevenCalendarDays() {
        String code = code("t-linshui-park", "big");
        create("linshui-clerk", code, "t-linshui-park").statusCode(201);
        raise(code, blocker("BIG", "2026-09-30T11:00:00+08:00")).statusCode(201)
                .body("dueOn", equalTo("2026-10-07")).body("dueProvisional", equalTo(false));
    }

    @Test
    void withoutTheCalendarTheDeadlineCountsWeekendsOnlyAndSaysSo() {
        String code = code("t-linshui-park", "no-calendar");
        create("linshui-clerk", code, "t-linshui-park").statusCode(201);
        raise(code, blocker("SMALL", "2024-09-30T11:00:00+08:00")).statusCode(201)
                .body("dueOn", equalTo("2024-10-01")).body("dueProvisional", equalTo(true));
        raise(code, blocker("SMALL", "2024-10-04T11:00:00+08:00")).statusCode(201)
                .body("dueOn", equalTo("2024-10-07")).body("dueProvisional", equalTo(true));
    }

    @Test
    void overdueBlockersAreListedForTheDispatchUntilResolved() {
        String code = code("t-gaozhu-park", "overdue");
        create("linshui-clerk", code, "t-gaozhu-park").statusCode(201);
        int old = raise(code, blocker("SMALL", "2026-01-09T16:30:00+08:00")).statusCode(201)
                .body("overdue", equalTo(true)).extract().path("id");
        int fresh = raise(code, blocker("BIG", java.time.OffsetDateTime.now().minusMinutes(1).toString()))
                .statusCode(201).body("overdue", equalTo(false)).extract().path("id");

        assertTrue(dispatch("linshui-clerk", true).contains(old));
        assertFalse(dispatch("linshui-clerk", true).contains(fresh));
        as("linshui-clerk").get("/api/projects/" + code + "/blockers").then().statusCode(200)
                .body("find { it.id == " + old + " }.projectCode", equalTo(code));
        // Gaozhu is shared: Yubei's clerk attends the same dispatch; Rongchang's clerk does not see it.
        assertTrue(dispatch("yubei-clerk", true).contains(old));
        assertFalse(dispatch("rongchang-clerk", true).contains(old));
        assertTrue(dispatch("linshui-clerk", false).contains(fresh));

        as("sc-viewer").body(Map.of("resolution", "x")).post("/api/projects/" + code + "/blockers/" + old + "/resolve")
                .then().statusCode(403);
        as("rongchang-clerk").body(Map.of("resolution", "x")).post("/api/projects/" + code + "/blockers/" + old + "/resolve")
                .then().statusCode(404);
        as("yubei-clerk").body(Map.of()).post("/api/projects/" + code + "/blockers/" + old + "/resolve").then().statusCode(400);
        as("yubei-clerk").body(Map.of("resolution", "供电公司已批复")).post("/api/projects/" + code + "/blockers/" + old + "/resolve")
                .then().statusCode(200).body("resolvedBy", equalTo("yubei-clerk")).body("overdue", equalTo(false));
        as("linshui-clerk").body(Map.of("resolution", "again")).post("/api/projects/" + code + "/blockers/" + old + "/resolve")
                .then().statusCode(409);
        assertFalse(dispatch("linshui-clerk", true).contains(old));
        as("linshui-clerk").get("/api/projects/blockers?overdue=maybe").then().statusCode(400);
    }

    @Test
    void badBlockersChangeNothing() {
        String code = code("t-linshui-park", "bad-blocker");
        create("linshui-clerk", code, "t-linshui-park").statusCode(201);
        raise(code, Map.of("category", "WEATHER", "severity", "HUGE")).statusCode(400);
        raise(code, Map.of("description", "", "category", "LAND", "severity", "BIG")).statusCode(400);
        raise(code, blocker("BIG", java.time.OffsetDateTime.now().plusDays(2).toString())).statusCode(400);
        as("sc-viewer").body(blocker("BIG", "2026-01-09T16:30:00+08:00")).post("/api/projects/" + code + "/blockers")
                .then().statusCode(403);
        as("linshui-clerk").get("/api/projects/" + code + "/blockers").then().statusCode(200).body("size()", equalTo(0));
    }

    /** Every blocker id on the account's dispatch list, all pages (earlier runs' blockers stay in the test database). */
    static Set<Integer> dispatch(String account, boolean overdueOnly) {
        return new HashSet<>(Pages.<Integer>every(() -> overdueOnly
                ? as(account).queryParam("limit", 500).queryParam("overdue", true)
                : as(account).queryParam("limit", 500), "/api/projects/blockers", "items.id"));
    }
}
