package org.chuanyu.projects.rankings;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.chuanyu.projects.Api.RUN;
import static org.chuanyu.jurisdiction.testing.Accounts.as;
import static org.chuanyu.projects.Api.draft;
import static org.chuanyu.projects.Api.etag;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The red/black list on a known data set (narrowed to this test's projects by the list's free-text filter). */
@QuarkusTest
class RedBlackListTest {

    private static final String TAG = "t-linshui-park.rk" + RUN;

    private static void project(String suffix, String signedPlanned, Long annualPlan) {
        Map<String, Object> d = draft(TAG + "-" + suffix, "t-linshui-park");
        d.put("milestones", Map.of("SIGNED", Map.of("planned", signedPlanned)));
        d.put("annualPlans", annualPlan == null ? Map.of() : Map.of("2026", annualPlan));
        as("linshui-clerk").body(d).post("/api/projects").then().statusCode(201);
    }

    private static void signed(String suffix, String on) {
        String code = TAG + "-" + suffix;
        as("linshui-clerk").header("If-Match", etag("linshui-clerk", code)).body(Map.of("to", "SIGNED", "on", on))
                .post("/api/projects/" + code + "/stage-transitions").then().statusCode(200);
    }

    private static void reported(String suffix, long amount) {
        as("linshui-clerk").body(Map.of("cadence", "MONTHLY", "periodStart", "2026-03-01", "periodEnd", "2026-03-31",
                "completedInPeriod", amount)).post("/api/projects/" + TAG + "-" + suffix + "/progress-reports").then().statusCode(201);
    }

    @Test
    void theMonthsRedAndBlackListsFollowTheDocumentedRule() {
        project("a", "2026-02-01", 100_000_000L);   // signed early, plan met: S=1, C=1 → 1.0
        signed("a", "2026-01-20");
        reported("a", 100_000_000);
        project("b", "2026-02-01", 100_000_000L);   // signed 9 days late, half the plan: S=0, C=0.5 → 0.25
        signed("b", "2026-02-10");
        reported("b", 50_000_000);
        project("c", "2026-02-01", 100_000_000L);   // not signed by the month's end, nothing invested → 0
        project("d", "2026-06-01", 100_000_000L);   // nothing due yet, a fifth of the plan: S=1, C=0.2 → 0.6
        reported("d", 20_000_000);
        project("e", "2026-02-01", null);           // no plan for 2026: not ranked

        as("linshui-clerk").get("/api/projects/rankings?month=2026-03&q=" + TAG).then().statusCode(200)
                .body("month", equalTo("2026-03")).body("rule", containsString("0.5 × S"))
                .body("red.code", contains(TAG + "-a", TAG + "-d"))
                .body("red.score", contains(1.0f, 0.6f))
                .body("black.code", contains(TAG + "-c", TAG + "-b"))
                .body("black[0].daysLate", equalTo(58)).body("black[0].milestonesDue", equalTo(1))
                .body("black[1].daysLate", equalTo(9)).body("black[1].investmentScore", equalTo(0.5f))
                .body("black[1].completedYearToDate", equalTo(50000000.00f))
                .body("unranked.code", contains(TAG + "-e"));
        // Yubei's clerk cannot see Linshui's projects: nothing to rank.
        as("yubei-clerk").get("/api/projects/rankings?month=2026-03&q=" + TAG).then().statusCode(200)
                .body("red.size()", equalTo(0)).body("unranked.size()", equalTo(0));
        as("linshui-clerk").get("/api/projects/rankings").then().statusCode(400);
        as("linshui-clerk").get("/api/projects/rankings?month=March").then().statusCode(400)
                .body("errors.field", contains("month"));
        List.of();
    }
}
