package org.chuanyu.projects.stats;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.chuanyu.projects.ParksAndCalendarStandIn;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.chuanyu.jurisdiction.testing.Accounts.as;
import static org.chuanyu.projects.Api.code;
import static org.chuanyu.projects.Api.create;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Statistics count only what the caller may read; a joint-zone project counts for both provinces. Other
 * tests' projects share the database, so each assertion is on what this test's projects add (a delta).
 */
@QuarkusTest
class StatisticsJurisdictionTest {

    private static final int YEAR = 2019;

    private static void report(String account, String code, long amount) {
        as(account).body(Map.of("cadence", "MONTHLY", "periodStart", YEAR + "-06-01", "periodEnd", YEAR + "-06-30",
                "completedInPeriod", amount)).post("/api/projects/" + code + "/progress-reports").then().statusCode(201);
    }

    private static JsonPath stats(String account, String groupBy) {
        return as(account).get("/api/projects/stats?groupBy=" + groupBy + "&year=" + YEAR).then().statusCode(200)
                .extract().jsonPath();
    }

    private static long projects(JsonPath stats, String key) {
        Object n = stats.get("groups.find { it.key == '" + key + "' }.projects");
        return n == null ? 0 : ((Number) n).longValue();
    }

    private static double completed(JsonPath stats, String key) {
        Object n = stats.get("groups.find { it.key == '" + key + "' }.completedInvestment");
        return n == null ? 0 : ((Number) n).doubleValue();
    }

    @Test
    void aSichuanClerkNeverCountsChongqingOnlyProjectsAndJointZoneProjectsCountForBothProvinces() {
        JsonPath linshuiBefore = stats("linshui-clerk", "province");
        JsonPath yubeiBefore = stats("yubei-clerk", "province");
        JsonPath cqDesignationBefore = stats("cq-admin", "designation");
        JsonPath scDesignationBefore = stats("sc-admin", "designation");

        String linshui = code("t-linshui-park", "stats-linshui");
        String gaozhu = code("t-gaozhu-yubei-park", "stats-gaozhu");
        String yubei = code("t-yubei-park", "stats-yubei");
        String rongchang = code("t-rongchang-park", "stats-rongchang");
        create("linshui-clerk", linshui, "t-linshui-park").statusCode(201);
        create("yubei-clerk", gaozhu, "t-gaozhu-yubei-park").statusCode(201);
        create("yubei-clerk", yubei, "t-yubei-park").statusCode(201);
        create("cq-admin", rongchang, "t-rongchang-park").statusCode(201);
        report("linshui-clerk", linshui, 10_000_000);
        report("yubei-clerk", gaozhu, 20_000_000);
        report("yubei-clerk", yubei, 30_000_000);
        report("cq-admin", rongchang, 40_000_000);

        JsonPath linshuiAfter = stats("linshui-clerk", "province");
        assertEquals(2, projects(linshuiAfter, "sichuan") - projects(linshuiBefore, "sichuan"), "Linshui + Gaozhu");
        assertEquals(1, projects(linshuiAfter, "chongqing") - projects(linshuiBefore, "chongqing"), "Gaozhu only, never Yubei's own");
        assertEquals(20_000_000, completed(linshuiAfter, "chongqing") - completed(linshuiBefore, "chongqing"), 0.001);
        assertEquals(30_000_000, completed(linshuiAfter, "sichuan") - completed(linshuiBefore, "sichuan"), 0.001);
        assertEquals(2, linshuiAfter.getLong("total.projects") - linshuiBefore.getLong("total.projects"),
                "the total counts the joint-zone project once");

        JsonPath yubeiAfter = stats("yubei-clerk", "province");
        assertEquals(2, projects(yubeiAfter, "chongqing") - projects(yubeiBefore, "chongqing"));
        assertEquals(1, projects(yubeiAfter, "sichuan") - projects(yubeiBefore, "sichuan"));

        JsonPath cqAfter = stats("cq-admin", "designation");
        assertEquals(1, projects(cqAfter, ParksAndCalendarStandIn.RIVERSIDE) - projects(cqDesignationBefore, ParksAndCalendarStandIn.RIVERSIDE));
        assertEquals(40_000_000, completed(cqAfter, ParksAndCalendarStandIn.RIVERSIDE)
                - completed(cqDesignationBefore, ParksAndCalendarStandIn.RIVERSIDE), 0.001);
        JsonPath scAfter = stats("sc-admin", "designation");
        assertEquals(0, projects(scAfter, ParksAndCalendarStandIn.RIVERSIDE) - projects(scDesignationBefore, ParksAndCalendarStandIn.RIVERSIDE));
    }

    @Test
    void withoutAYearEveryProjectCountsWithItsCompletedInvestment() {
        String code = code("t-longchang-park", "stats-stage");
        JsonPath before = as("longchang-clerk").get("/api/projects/stats?groupBy=zone").then().statusCode(200).extract().jsonPath();
        create("longchang-clerk", code, "t-longchang-park").statusCode(201);
        report("longchang-clerk", code, 5_000_000);
        JsonPath after = as("longchang-clerk").get("/api/projects/stats?groupBy=zone").then().statusCode(200).extract().jsonPath();
        assertEquals(1, projects(after, "rongchang-longchang") - projects(before, "rongchang-longchang"));
        assertEquals(5_000_000, completed(after, "rongchang-longchang") - completed(before, "rongchang-longchang"), 0.001);
        for (String groupBy : new String[]{"district", "park", "industry", "sourceRegion", "stage"}) {
            as("longchang-clerk").get("/api/projects/stats?groupBy=" + groupBy).then().statusCode(200);
        }
    }

    @Test
    void badParametersAreFieldErrors() {
        as("linshui-clerk").get("/api/projects/stats").then().statusCode(400).body("errors.field", containsInAnyOrder("groupBy"));
        as("linshui-clerk").get("/api/projects/stats?groupBy=colour&year=abc").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("groupBy", "year"));
        as("linshui-clerk").get("/api/projects/stats?groupBy=stage&year=1066").then().statusCode(400);
    }
}
