package org.chuanyu.commonhandling.cases;

import io.quarkus.test.junit.QuarkusTest;
import org.chuanyu.jurisdiction.time.BusinessTime;
import org.chuanyu.jurisdiction.testing.SpreadsheetExports;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.chuanyu.commonhandling.cases.CaseScenarioTest.CASES;
import static org.chuanyu.commonhandling.cases.CaseScenarioTest.submission;
import static org.chuanyu.commonhandling.cases.CaseStatisticsTest.deliveredLinshuiToYubei;
import static org.chuanyu.jurisdiction.testing.Accounts.as;
import static org.chuanyu.jurisdiction.testing.SpreadsheetExports.csv;
import static org.chuanyu.jurisdiction.testing.SpreadsheetExports.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The statistics' monthly view and the four exports (stats, stats by month, supervision, working days): each export
 * holds the rows of its JSON endpoint for the same caller and filters, as CSV and XLSX, and a clerk's holds none of
 * the other province's cases. Other tests file cases too, so counts are compared before and after this test's own.
 */
@QuarkusTest
class CaseStatisticsExportTest {

    static final String STATS = "/api/common-handling/stats";
    static final String MONTHLY = STATS + "/monthly";
    static final String WORKING_DAYS = STATS + "/working-days";
    static final String SUPERVISION = "/api/common-handling/supervision";
    /** Real-estate records enquiry (seeded in V2), as CaseStatisticsTest files. */
    static final String ITEM = CaseStatisticsTest.ITEM;

    LocalDate today;
    /** Today and the days of the month before: a whole month and a part of one. */
    String range;

    @BeforeEach
    void pinToday() {
        today = BusinessTime.pinTodayAtNoon();
        range = "?from=" + today.withDayOfMonth(1).minusMonths(1) + "&to=" + today;
    }

    /** A Rongchang case handled in Rongchang: Chongqing only, outside the Gaozhu zone. Left open. */
    static void openRongchangCase() {
        Map<String, Object> s = submission("500153", "500153");
        s.put("itemCode", ITEM);
        as("rongchang-clerk").body(s).post(CASES).then().statusCode(201);
    }

    @Test
    void everyExportHoldsItsJsonRowsForTheSameCallerAndFilters() {
        deliveredLinshuiToYubei();
        openRongchangCase();
        for (String account : List.of("linshui-clerk", "joint-office-cq", "rongchang-clerk")) {
            for (String[] e : new String[][]{{STATS, "rows"}, {MONTHLY, "rows"}, {WORKING_DAYS, "pairs"},
                    {SUPERVISION, "counts"}}) {
                String filters = range + (e[0].startsWith(STATS) && !e[0].equals(WORKING_DAYS) ? "&item=" + ITEM : "");
                List<Map<String, Object>> rows = json(as(account), e[0] + filters, e[1]);
                SpreadsheetExports.sameRows(csv(as(account), e[0] + "/export" + filters), rows);
                List<Row> sheet = SpreadsheetExports.xlsx(as(account), e[0] + "/export" + filters);
                assertEquals(rows.size() + 1, sheet.size(), account + " " + e[0] + ": header and a line per row");
            }
        }
    }

    @Test
    void theMonthsAddUpToTheRangeAndTodaysCaseCountsInThisMonth() {
        String month = today.toString().substring(0, 7);
        Map<String, Long> before = received(json(as("linshui-clerk"), MONTHLY + range + "&item=" + ITEM, "rows"), month);
        deliveredLinshuiToYubei();
        for (String account : List.of("joint-office-cq", "linshui-clerk", "rongchang-clerk")) {
            List<Map<String, Object>> months = json(as(account), MONTHLY + range, "rows");
            List<Map<String, Object>> whole = json(as(account), STATS + range, "rows");
            for (Map<String, Object> row : whole) {
                long summed = months.stream().filter(m -> m.get("itemCode").equals(row.get("itemCode"))
                                && m.get("side").equals(row.get("side")) && m.get("province").equals(row.get("province")))
                        .mapToLong(m -> ((Number) m.get("received")).longValue()).sum();
                assertEquals(((Number) row.get("received")).longValue(), summed, account + " " + row);
                long cross = months.stream().filter(m -> m.get("itemCode").equals(row.get("itemCode"))
                                && m.get("side").equals(row.get("side")) && m.get("province").equals(row.get("province")))
                        .mapToLong(m -> ((Number) m.get("crossProvince")).longValue()).sum();
                assertEquals(((Number) row.get("crossProvince")).longValue(), cross, account + " " + row);
            }
        }
        Map<String, Long> after = received(json(as("linshui-clerk"), MONTHLY + range + "&item=" + ITEM, "rows"), month);
        assertEquals(before.getOrDefault("ACCEPTING sichuan", 0L) + 1, after.get("ACCEPTING sichuan"));
        assertEquals(before.getOrDefault("HANDLING chongqing", 0L) + 1, after.get("HANDLING chongqing"));
    }

    /** Received in the month, by "side province". */
    static Map<String, Long> received(List<Map<String, Object>> rows, String month) {
        return rows.stream().filter(r -> r.get("month").equals(month)).collect(java.util.stream.Collectors.toMap(
                r -> r.get("side") + " " + r.get("province"), r -> ((Number) r.get("received")).longValue()));
    }

    @Test
    void aSichuanClerksExportsHoldNoneOfRongchangsOwnCases() {
        String today = "?from=" + this.today + "&to=" + this.today;
        Map<String, List<Map<String, String>>> linshuiBefore = linshuiExports(today);
        List<Map<String, String>> rongchangBefore = csv(as("rongchang-clerk"), SUPERVISION + "/export" + today);
        openRongchangCase();
        // Rongchang sees its case: one more open case at intake in 500153.
        assertEquals(intake(rongchangBefore) + 1, intake(csv(as("rongchang-clerk"), SUPERVISION + "/export" + today)));
        // Linshui sees nothing change, in any export.
        assertEquals(linshuiBefore, linshuiExports(today));
        // And never a pair of two Chongqing districts outside its zone.
        assertFalse(csv(as("linshui-clerk"), WORKING_DAYS + "/export" + range).stream()
                .anyMatch(p -> p.get("acceptingDistrict").equals("500153") && p.get("handlingDistrict").equals("500153")));
    }

    Map<String, List<Map<String, String>>> linshuiExports(String filters) {
        return Map.of("stats", csv(as("linshui-clerk"), STATS + "/export" + filters + "&item=" + ITEM),
                "monthly", csv(as("linshui-clerk"), MONTHLY + "/export" + filters + "&item=" + ITEM),
                "supervision", csv(as("linshui-clerk"), SUPERVISION + "/export" + filters),
                "working-days", csv(as("linshui-clerk"), WORKING_DAYS + "/export" + filters));
    }

    /** Open cases of the item at intake in Rongchang, from a supervision export. */
    static long intake(List<Map<String, String>> counts) {
        return counts.stream().filter(c -> c.get("side").equals("ACCEPTING") && c.get("district").equals("500153")
                && c.get("itemCode").equals(ITEM)).mapToLong(c -> Long.parseLong(c.get("cases"))).sum();
    }

    @Test
    void anUnknownFormatOrABadRangeIsAProblem() {
        for (String path : List.of(STATS, MONTHLY, WORKING_DAYS, SUPERVISION)) {
            SpreadsheetExports.refusesAnUnknownFormat(as("linshui-clerk"), path + "/export");
            as("linshui-clerk").get(path + "/export?from=2026-03-01&to=2026-02-01").then().statusCode(400)
                    .contentType("application/problem+json");
        }
        as("linshui-clerk").get(MONTHLY + "?from=2026-13-01").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
