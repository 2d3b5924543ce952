package org.chuanyu.projects.park;

import io.quarkus.test.junit.QuarkusTest;
import org.chuanyu.jurisdiction.testing.Eventually;
import org.chuanyu.projects.ParksAndCalendarStandIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.chuanyu.jurisdiction.testing.Accounts.as;
import static org.chuanyu.projects.Api.code;
import static org.chuanyu.projects.Api.create;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * A project's scope is its park's, and follows the park when it moves (docs/security.md, finding 1). Verified
 * before the fix: the park left the Gaozhu zone, and linshui-clerk (a Sichuan clerk of that zone) still read the
 * Chongqing project (200) and raised a blocker on it (201). The stand-in parks service moves its park and, as
 * parks does, tells the relay's feed; the service follows it on its schedule.
 */
@QuarkusTest
class ParkMovesTest {

    static final String PARK = "t-moving-park";
    /** The follower's schedule is half a second; this is room for a slow machine, not the target (see the bench). */
    static final Duration FOLLOWS_WITHIN = Duration.ofSeconds(20);

    String project;

    @BeforeEach
    void aProjectInGaozhuOnTheYubeiSide() {
        ParksAndCalendarStandIn.move(PARK, "chongqing", "500112", "gaozhu", true);
        project = code(PARK, "moving-" + Long.toString(System.nanoTime(), 36));
        create("yubei-clerk", project, PARK).statusCode(201).body("zone", equalTo("gaozhu"));
        as("yubei-clerk").body(blocker()).post("/api/projects/" + project + "/blockers").then().statusCode(201);
        as("linshui-clerk").get("/api/projects/" + project).then().statusCode(200);
    }

    @AfterEach
    void parkBackInGaozhu() {
        ParksAndCalendarStandIn.move(PARK, "chongqing", "500112", "gaozhu", true);
    }

    @Test
    void theProjectAndItsRecordsFollowTheParkOutOfTheZone() {
        ParksAndCalendarStandIn.move(PARK, "chongqing", "500112", null, true);
        Eventually.assertWithin(FOLLOWS_WITHIN, () ->
                as("linshui-clerk").get("/api/projects/" + project).then().statusCode(404));
        as("linshui-clerk").get("/api/projects/" + project + "/blockers").then().statusCode(404);
        as("linshui-clerk").get("/api/projects?park=" + PARK).then().statusCode(200).body("items.size()", equalTo(0));
        as("linshui-clerk").get("/api/projects/blockers").then().statusCode(200)
                .body("items.findAll { it.projectCode == '" + project + "' }.size()", equalTo(0));
        as("yubei-clerk").get("/api/projects/" + project).then().statusCode(200).body("zone", nullValue());
        as("yubei-clerk").get("/api/projects/" + project + "/blockers").then().statusCode(200)
                .body("size()", equalTo(1));

        ParksAndCalendarStandIn.move(PARK, "chongqing", "500112", "gaozhu", true);
        Eventually.assertWithin(FOLLOWS_WITHIN, () ->
                as("linshui-clerk").get("/api/projects/" + project).then().statusCode(200).body("zone", equalTo("gaozhu")));
    }

    @Test
    void aWriteIsCheckedAgainstTheParkBeforeTheCopyFollows() {
        // The park moves and the feed has not told yet: the copy is stale, writes ask the park.
        ParksAndCalendarStandIn.move(PARK, "chongqing", "500112", null, false);
        as("linshui-clerk").body(blocker()).post("/api/projects/" + project + "/blockers").then().statusCode(404)
                .contentType("application/problem+json");
        as("yubei-clerk").get("/api/projects/" + project + "/blockers").then().statusCode(200).body("size()", equalTo(1));
        String etag = as("linshui-clerk").get("/api/projects/" + project).then().statusCode(200).extract().header("ETag");
        as("linshui-clerk").header("If-Match", etag).body(Map.of("to", "SIGNED", "on", "2026-03-01"))
                .post("/api/projects/" + project + "/stage-transitions").then().statusCode(404);
        // The writer the park's current scope still admits goes on writing.
        as("yubei-clerk").body(blocker()).post("/api/projects/" + project + "/blockers").then().statusCode(201);
    }

    private static Map<String, Object> blocker() {
        return Map.of("description", "用电接入方案未批复", "category", "POWER", "severity", "SMALL",
                "ownerDepartment", "区发展改革委", "raisedAt", "2026-01-09T16:30:00+08:00");
    }
}
