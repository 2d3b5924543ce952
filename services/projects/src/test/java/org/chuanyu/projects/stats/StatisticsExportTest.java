package org.chuanyu.projects.stats;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import org.chuanyu.jurisdiction.testing.SpreadsheetExports;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.chuanyu.jurisdiction.testing.Accounts.as;
import static org.chuanyu.jurisdiction.testing.SpreadsheetExports.csv;
import static org.chuanyu.projects.Api.code;
import static org.chuanyu.projects.Api.create;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The statistics export holds the JSON's groups and then its total, for the same caller and filters only. */
@QuarkusTest
class StatisticsExportTest {

    private static final int YEAR = 2018;
    private static final String STATS = "/api/projects/stats";

    private static void report(String account, String code, long amount) {
        as(account).body(Map.of("cadence", "MONTHLY", "periodStart", YEAR + "-06-01", "periodEnd", YEAR + "-06-30",
                "completedInPeriod", amount)).post("/api/projects/" + code + "/progress-reports").then().statusCode(201);
    }

    /** The JSON's groups and then its total, as the export lists them. */
    private static List<Map<String, Object>> groupsAndTotal(String account, String filters) {
        JsonPath stats = JsonPath.from(as(account).get(STATS + filters).then().statusCode(200).extract().asString())
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        List<Map<String, Object>> rows = new ArrayList<>(stats.getList("groups"));
        rows.add(stats.getMap("total"));
        return rows;
    }

    @Test
    void theExportHoldsTheGroupsAndTheTotalOfTheJson() {
        String linshui = code("t-linshui-park", "stx-linshui");
        String rongchang = code("t-rongchang-park", "stx-rongchang");
        create("linshui-clerk", linshui, "t-linshui-park").statusCode(201);
        create("cq-admin", rongchang, "t-rongchang-park").statusCode(201);
        report("linshui-clerk", linshui, 12_345_678);
        report("cq-admin", rongchang, 40_000_000);
        for (String account : List.of("linshui-clerk", "cq-admin", "joint-office-cq")) {
            for (String filters : List.of("?groupBy=park&year=" + YEAR, "?groupBy=province", "?groupBy=stage&year=" + YEAR)) {
                List<Map<String, Object>> rows = groupsAndTotal(account, filters);
                List<Map<String, String>> exported = csv(as(account), STATS + "/export" + filters);
                SpreadsheetExports.sameRows(exported, rows);
                assertEquals("total", exported.get(exported.size() - 1).get("key"), "the total comes last");
                List<Row> sheet = SpreadsheetExports.xlsx(as(account), STATS + "/export" + filters);
                assertEquals(rows.size() + 1, sheet.size());
            }
        }
    }

    @Test
    void aLinshuiClerksExportHoldsNoChongqingOnlyPark() {
        String rongchang = code("t-rongchang-park", "stx-rongchang-only");
        create("cq-admin", rongchang, "t-rongchang-park").statusCode(201);
        report("cq-admin", rongchang, 1_000_000);
        List<String> keys = csv(as("linshui-clerk"), STATS + "/export?groupBy=park&year=" + YEAR).stream()
                .map(r -> r.get("key")).toList();
        assertFalse(keys.contains("t-rongchang-park"), keys.toString());
        assertFalse(keys.contains("t-yubei-park"), keys.toString());
        assertTrue(csv(as("cq-admin"), STATS + "/export?groupBy=park&year=" + YEAR).stream()
                .anyMatch(r -> r.get("key").equals("t-rongchang-park")));
    }

    @Test
    void anUnknownFormatGroupingOrYearIsAProblem() {
        SpreadsheetExports.refusesAnUnknownFormat(as("linshui-clerk"), STATS + "/export?groupBy=park");
        for (String bad : List.of("", "?groupBy=colour", "?groupBy=park&year=twenty")) {
            as("linshui-clerk").get(STATS + "/export" + bad).then().statusCode(400).contentType("application/problem+json");
        }
    }
}
