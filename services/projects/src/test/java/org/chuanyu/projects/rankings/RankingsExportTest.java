package org.chuanyu.projects.rankings;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import org.chuanyu.jurisdiction.testing.SpreadsheetExports;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.chuanyu.jurisdiction.testing.Accounts.as;
import static org.chuanyu.jurisdiction.testing.SpreadsheetExports.csv;
import static org.chuanyu.projects.Api.RUN;
import static org.chuanyu.projects.Api.draft;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The red/black list's export holds the JSON's red list and then its black list, each line naming its list, for the
 * same caller and filters only. The projects are this run's (narrowed by q), in a month long past (any date).
 */
@QuarkusTest
class RankingsExportTest {

    private static final String TAG = "rkx" + RUN;
    private static final String MONTH = "2019-03";
    private static final String RANKINGS = "/api/projects/rankings";

    private static String project(String account, String park, String suffix, Long annualPlan) {
        String code = park + "." + TAG + "-" + suffix;
        Map<String, Object> d = draft(code, park);
        d.put("milestones", Map.of("SIGNED", Map.of("planned", "2019-02-01")));
        d.put("annualPlans", annualPlan == null ? Map.of() : Map.of("2019", annualPlan));
        as(account).body(d).post("/api/projects").then().statusCode(201);
        return code;
    }

    private static void reported(String account, String code, long amount) {
        as(account).body(Map.of("cadence", "MONTHLY", "periodStart", "2019-03-01", "periodEnd", "2019-03-31",
                "completedInPeriod", amount)).post("/api/projects/" + code + "/progress-reports").then().statusCode(201);
    }

    /** The JSON's red entries and then its black ones, each with the list it is on. */
    private static List<Map<String, Object>> redThenBlack(String account, String filters) {
        JsonPath view = JsonPath.from(as(account).get(RANKINGS + filters).then().statusCode(200).extract().asString())
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String list : List.of("red", "black")) {
            for (Map<String, Object> entry : view.<Map<String, Object>>getList(list)) {
                Map<String, Object> row = new LinkedHashMap<>(entry);
                row.put("list", list);
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void theExportHoldsTheRedThenTheBlackListOfTheJson() {
        String met = project("linshui-clerk", "t-linshui-park", "met", 100_000_000L);
        reported("linshui-clerk", met, 100_000_000);
        String half = project("linshui-clerk", "t-linshui-park", "half", 100_000_000L);
        reported("linshui-clerk", half, 50_000_000);
        project("linshui-clerk", "t-linshui-park", "none", 100_000_000L);
        project("linshui-clerk", "t-linshui-park", "unplanned", null);
        String filters = "?month=" + MONTH + "&q=" + TAG;
        for (String account : List.of("linshui-clerk", "sc-admin", "joint-office-cq")) {
            List<Map<String, Object>> rows = redThenBlack(account, filters);
            assertFalse(rows.isEmpty(), account);
            List<Map<String, String>> exported = csv(as(account), RANKINGS + "/export" + filters);
            SpreadsheetExports.sameRows(exported, rows);
            assertTrue(exported.stream().noneMatch(r -> r.get("code").endsWith("-unplanned")), "unranked stay out");
            List<Row> sheet = SpreadsheetExports.xlsx(as(account), RANKINGS + "/export" + filters);
            assertEquals(rows.size() + 1, sheet.size());
        }
        assertEquals("red", csv(as("linshui-clerk"), RANKINGS + "/export" + filters).get(0).get("list"));
    }

    @Test
    void anotherProvincesProjectsAreAbsent() {
        // Two, so that each list names one (with fewer than twice the list's size, each list takes half).
        String rongchang = project("cq-admin", "t-rongchang-park", "cq", 80_000_000L);
        reported("cq-admin", rongchang, 40_000_000);
        project("cq-admin", "t-rongchang-park", "cq-late", 80_000_000L);
        String filters = "?month=" + MONTH + "&q=" + TAG;
        List<String> linshui = csv(as("linshui-clerk"), RANKINGS + "/export" + filters).stream()
                .map(r -> r.get("code")).toList();
        assertFalse(linshui.contains(rongchang), linshui.toString());
        assertTrue(csv(as("cq-admin"), RANKINGS + "/export" + filters).stream()
                .anyMatch(r -> r.get("code").equals(rongchang)));
    }

    @Test
    void anUnknownFormatOrABadMonthIsAProblem() {
        SpreadsheetExports.refusesAnUnknownFormat(as("linshui-clerk"), RANKINGS + "/export?month=" + MONTH);
        for (String bad : List.of("", "?month=March", "?month=" + MONTH + "&stage=NOWHERE")) {
            as("linshui-clerk").get(RANKINGS + "/export" + bad).then().statusCode(400)
                    .contentType("application/problem+json");
        }
    }
}
