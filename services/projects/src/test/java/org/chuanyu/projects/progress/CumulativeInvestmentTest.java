package org.chuanyu.projects.progress;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.chuanyu.jurisdiction.testing.Accounts.as;
import static org.chuanyu.projects.Api.code;
import static org.chuanyu.projects.Api.create;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** Completed investment is what the reports that count add up to; corrections replace, never edit. */
@QuarkusTest
class CumulativeInvestmentTest {

    private static Map<String, Object> report(String start, String end, long amount) {
        Map<String, Object> r = new HashMap<>(Map.of("cadence", "MONTHLY", "periodStart", start, "periodEnd", end,
                "completedInPeriod", amount, "narrative", "月度调度"));
        return r;
    }

    private static io.restassured.response.ValidatableResponse file(String code, Map<String, Object> body) {
        return as("linshui-clerk").body(body).post("/api/projects/" + code + "/progress-reports").then();
    }

    @Test
    void reportsAddUpAndACorrectionReplacesTheReportItCorrects() {
        String code = code("t-linshui-park", "ledger");
        create("linshui-clerk", code, "t-linshui-park").statusCode(201);
        int march = file(code, report("2026-03-01", "2026-03-31", 100_000_000)).statusCode(201)
                .body("cumulative", equalTo(100000000.00f)).body("counts", equalTo(true)).extract().path("id");
        file(code, report("2026-04-01", "2026-04-30", 50_000_000)).statusCode(201).body("cumulative", equalTo(150000000.00f));
        as("linshui-clerk").get("/api/projects/" + code).then().body("completedInvestment", equalTo(150000000.00f))
                .body("version", equalTo(2));

        Map<String, Object> correction = report("2026-03-01", "2026-03-31", 80_000_000);
        correction.put("corrects", march);
        file(code, correction).statusCode(201).body("corrects", equalTo(march)).body("cumulative", equalTo(130000000.00f));
        as("linshui-clerk").get("/api/projects/" + code).then().body("completedInvestment", equalTo(130000000.00f));
        as("linshui-clerk").get("/api/projects/" + code + "/progress-reports").then().statusCode(200)
                .body("counts", contains(false, true, true));
        // A report already corrected is corrected through its latest correction only.
        file(code, correction).statusCode(409);
    }

    @Test
    void aDeclaredCumulativeNeverExceedsWhatWasReported() {
        String code = code("t-linshui-park", "cumulative");
        create("linshui-clerk", code, "t-linshui-park").statusCode(201);
        Map<String, Object> tooMuch = report("2026-03-01", "2026-03-31", 10_000_000);
        tooMuch.put("cumulative", 10_000_001);
        file(code, tooMuch).statusCode(422).body("errors.field", contains("cumulative"));
        as("linshui-clerk").get("/api/projects/" + code + "/progress-reports").then().body("size()", equalTo(0));

        Map<String, Object> exact = report("2026-03-01", "2026-03-31", 10_000_000);
        exact.put("cumulative", 10_000_000);
        int id = file(code, exact).statusCode(201).extract().path("id");
        // A correction down to 4,000,000 cannot declare the old total.
        Map<String, Object> down = report("2026-03-01", "2026-03-31", 4_000_000);
        down.put("corrects", id);
        down.put("cumulative", 10_000_000);
        file(code, down).statusCode(422).body("errors.field", contains("cumulative"));
        as("linshui-clerk").get("/api/projects/" + code).then().body("completedInvestment", equalTo(10000000.00f));
    }

    @Test
    void badReportsChangeNothing() {
        String code = code("t-linshui-park", "bad-report");
        create("linshui-clerk", code, "t-linshui-park").statusCode(201);
        file(code, report("2026-03-31", "2026-03-01", -1)).statusCode(400);
        file(code, report("2026-03-31", "2026-03-01", 5)).statusCode(400).body("errors.field", contains("periodEnd"));
        Map<String, Object> foreign = report("2026-03-01", "2026-03-31", 5);
        foreign.put("corrects", 999_999_999);
        file(code, foreign).statusCode(400).body("errors.field", contains("corrects"));
        as("linshui-clerk").body("{\"cadence\":\"DAILY\"}").post("/api/projects/" + code + "/progress-reports").then().statusCode(400);
        as("sc-viewer").body(report("2026-03-01", "2026-03-31", 5)).post("/api/projects/" + code + "/progress-reports")
                .then().statusCode(403);
        as("yubei-clerk").body(report("2026-03-01", "2026-03-31", 5)).post("/api/projects/" + code + "/progress-reports")
                .then().statusCode(404);
        as("yubei-clerk").get("/api/projects/" + code + "/progress-reports").then().statusCode(404);
        as("linshui-clerk").get("/api/projects/" + code).then().body("completedInvestment", equalTo(0.0f)).body("version", equalTo(0));
    }
}
