package org.chuanyu.parks.rankings;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.chuanyu.jurisdiction.testing.Pages;
import org.chuanyu.jurisdiction.testing.SpreadsheetExports;
import org.chuanyu.parks.indicators.TestParks;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.chuanyu.jurisdiction.testing.Accounts.as;
import static org.chuanyu.jurisdiction.testing.SpreadsheetExports.csv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ranking export holds the whole ranking (every page of the JSON), for the caller's parks only. Its year, 2013,
 * is one no other test reports, and its parks (rx-…) are replaced before every test.
 */
@QuarkusTest
class ParkRankingsExportTest {

    static final int YEAR = 2013;
    static final String RANKINGS = "/api/parks/rankings";
    static final String FILTERS = "?year=" + YEAR + "&indicator=grossIndustrialOutput";

    @Inject
    TestParks parks;

    @BeforeEach
    void parksWithTwoYearsOfFigures() {
        parks.replace("rx-",
                TestParks.Spec.of("rx-linshui-a", "sichuan", "511623"),
                TestParks.Spec.of("rx-linshui-b", "sichuan", "511623"),
                TestParks.Spec.of("rx-linshui-c", "sichuan", "511623"),
                new TestParks.Spec("rx-gaozhu", "chongqing", "500112", "gaozhu"),
                TestParks.Spec.of("rx-yubei", "chongqing", "500112"),
                TestParks.Spec.of("rx-rongchang", "chongqing", "500153"));
        output("rx-linshui-a", YEAR, "500");
        output("rx-linshui-a", YEAR - 1, "400");
        output("rx-linshui-b", YEAR, "20.5");
        output("rx-linshui-c", YEAR, "650.25");
        output("rx-linshui-c", YEAR - 1, "0");
        output("rx-gaozhu", YEAR, "700");
        output("rx-gaozhu", YEAR - 1, "800");
        output("rx-yubei", YEAR, "900");
        output("rx-rongchang", YEAR, "300");
    }

    private void output(String park, int year, String output) {
        parks.seed(park, year, v -> v.grossIndustrialOutput = new BigDecimal(output).setScale(2));
    }

    /** Every page of the JSON ranking, two entries a page. */
    static List<Map<String, Object>> everyPage(String account) {
        return Pages.every(() -> as(account).queryParam("limit", 2), RANKINGS + FILTERS, "items");
    }

    @Test
    void theExportHoldsEveryPageOfTheRankingForTheSameCaller() {
        for (String account : List.of("linshui-clerk", "joint-office-cq", "cq-admin")) {
            List<Map<String, Object>> entries = everyPage(account);
            assertTrue(entries.size() > 2, "more than one page");
            SpreadsheetExports.sameRows(csv(as(account), RANKINGS + "/export" + FILTERS), entries);
            List<Row> sheet = SpreadsheetExports.xlsx(as(account), RANKINGS + "/export" + FILTERS);
            assertEquals(entries.size() + 1, sheet.size());
            assertEquals(0, new BigDecimal(entries.get(0).get("value").toString())
                    .compareTo(sheet.get(1).getCellAsNumber(7).orElseThrow()), "numbers stay numbers");
        }
    }

    @Test
    void aLinshuiClerksRankingHoldsNoneOfChongqingsOwnParks() {
        List<Map<String, String>> linshui = csv(as("linshui-clerk"), RANKINGS + "/export" + FILTERS);
        assertEquals(List.of("rx-gaozhu", "rx-linshui-c", "rx-linshui-a", "rx-linshui-b"),
                linshui.stream().map(r -> r.get("code")).filter(c -> c.startsWith("rx-")).toList());
        Map<String, String> a = linshui.stream().filter(r -> r.get("code").equals("rx-linshui-a")).findFirst().orElseThrow();
        assertEquals("500.00", a.get("value"));
        assertEquals("400.00", a.get("previousValue"));
        assertEquals("100.00", a.get("change"));
        assertEquals("25.00", a.get("yoyPercent"));
        assertEquals("20.50", linshui.stream().filter(r -> r.get("code").equals("rx-linshui-b")).findFirst().orElseThrow()
                .get("value"), "a decimal as the JSON writes it");
        List<String> chongqing = csv(as("cq-admin"), RANKINGS + "/export" + FILTERS).stream().map(r -> r.get("code"))
                .filter(c -> c.startsWith("rx-")).toList();
        assertEquals(List.of("rx-yubei", "rx-gaozhu", "rx-rongchang"), chongqing);
    }

    @Test
    void anUnknownFormatMissingYearOrUnknownIndicatorIsAProblem() {
        SpreadsheetExports.refusesAnUnknownFormat(as("linshui-clerk"), RANKINGS + "/export" + FILTERS);
        as("linshui-clerk").get(RANKINGS + "/export?indicator=grossIndustrialOutput").then().statusCode(400)
                .contentType("application/problem+json");
        as("linshui-clerk").get(RANKINGS + "/export?year=" + YEAR + "&indicator=happiness").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
