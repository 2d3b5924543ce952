package org.chuanyu.parks.rankings;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.chuanyu.jurisdiction.testing.RealmTokens;
import org.chuanyu.parks.indicators.TestParks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.chuanyu.jurisdiction.testing.Accounts.as;

/**
 * Rankings of gross industrial output for 2011, against 2010. Assertions look only at this class's
 * parks (codes rk-…), so figures other tests leave in the database cannot disturb them.
 */
@QuarkusTest
class ParkRankingsTest {

    static final int YEAR = 2011;
    static final String RANKINGS = "/api/parks/rankings";

    @Inject
    TestParks parks;

    @BeforeEach
    void parksWithTwoYearsOfFigures() {
        parks.replace("rk-",
                TestParks.Spec.of("rk-linshui-a", "sichuan", "511623"),
                TestParks.Spec.of("rk-linshui-b", "sichuan", "511623"),
                TestParks.Spec.of("rk-linshui-c", "sichuan", "511623"),
                new TestParks.Spec("rk-gaozhu", "chongqing", "500112", "gaozhu"),
                TestParks.Spec.of("rk-yubei", "chongqing", "500112"),
                TestParks.Spec.of("rk-chengdu", "sichuan", "510107"));
        output("rk-linshui-a", YEAR, "500", 30);
        output("rk-linshui-a", YEAR - 1, "400", 20);
        output("rk-linshui-b", YEAR, "500", 50);
        output("rk-linshui-b", YEAR - 1, "0", null);
        output("rk-gaozhu", YEAR, "700", null);
        output("rk-yubei", YEAR, "900", null);
        output("rk-yubei", YEAR - 1, "1000", null);
        output("rk-chengdu", YEAR, "300", null);
        output("rk-chengdu", YEAR - 1, "200", null);
        // Reported, but not this indicator: left out of the ranking.
        parks.seed("rk-linshui-c", YEAR, v -> v.taxRevenue = new BigDecimal("99.00"));
    }

    private void output(String park, int year, String output, Integer enterprises) {
        parks.seed(park, year, v -> {
            v.grossIndustrialOutput = new BigDecimal(output).setScale(2);
            v.enterprisesSettled = enterprises;
        });
    }

    @Test
    void linshuiClerkRanksItsParksAndGaozhuHighestFirstTiesByCode() {
        List<Map<String, Object>> entries = ours(as("linshui-clerk"), "grossIndustrialOutput");

        assertEquals(List.of("rk-gaozhu", "rk-linshui-a", "rk-linshui-b"), codes(entries));
        assertRanksIncrease(entries);
        assertEquals(rank(entries.get(1)) + 1, rank(entries.get(2)), "equal values take consecutive places by code");

        Map<String, Object> gaozhu = entries.get(0);
        assertDecimal("700.00", gaozhu.get("value"));
        assertNull(gaozhu.get("previousValue"));
        assertNull(gaozhu.get("change"));
        assertNull(gaozhu.get("yoyPercent"));
        assertEquals("gaozhu", gaozhu.get("zone"));
        assertEquals("chongqing", gaozhu.get("province"));

        Map<String, Object> a = entries.get(1);
        assertDecimal("400.00", a.get("previousValue"));
        assertDecimal("100.00", a.get("change"));
        assertDecimal("25.00", a.get("yoyPercent"));

        Map<String, Object> b = entries.get(2);
        assertDecimal("500.00", b.get("change"));
        assertNull(b.get("yoyPercent"), "no relative change against a previous value of 0");
    }

    @Test
    void yubeiClerkSeesItsParkAndGaozhuWithAFall() {
        List<Map<String, Object>> entries = ours(as("yubei-clerk"), "grossIndustrialOutput");

        assertEquals(List.of("rk-yubei", "rk-gaozhu"), codes(entries));
        assertDecimal("-100.00", entries.get(0).get("change"));
        assertDecimal("-10.00", entries.get(0).get("yoyPercent"));
    }

    @Test
    void crossProvinceAdminRanksParksOfBothProvinces() {
        List<Map<String, Object>> entries = ours(as("joint-office-cq"), "grossIndustrialOutput");

        assertEquals(List.of("rk-yubei", "rk-gaozhu", "rk-linshui-a", "rk-linshui-b", "rk-chengdu"), codes(entries));
        assertRanksIncrease(entries);
        assertDecimal("50.00", entries.get(4).get("yoyPercent"));
    }

    @Test
    void sichuanAdminRanksItsProvinceAndTheJointZones() {
        assertEquals(List.of("rk-gaozhu", "rk-linshui-a", "rk-linshui-b", "rk-chengdu"),
                codes(ours(as("sc-admin"), "grossIndustrialOutput")));
    }

    @Test
    void countsRankToo() {
        List<Map<String, Object>> entries = ours(as("linshui-clerk"), "enterprisesSettled");

        assertEquals(List.of("rk-linshui-b", "rk-linshui-a"), codes(entries));
        assertDecimal("50", entries.get(0).get("value"));
        assertDecimal("10", entries.get(1).get("change"));
        assertDecimal("50.00", entries.get(1).get("yoyPercent"));
    }

    @Test
    void pagesContinueTheRanking() {
        List<Map<String, Object>> all = ours(as("joint-office-cq"), "grossIndustrialOutput");
        List<Map<String, Object>> paged = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            RequestSpecification request = as("joint-office-cq").queryParam("year", YEAR)
                    .queryParam("indicator", "grossIndustrialOutput").queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get(RANKINGS).then().statusCode(200).extract().jsonPath();
            paged.addAll(page.getList("items"));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 100);

        List<Map<String, Object>> pagedOurs = paged.stream()
                .filter(e -> ((String) e.get("code")).startsWith("rk-")).toList();
        assertEquals(codes(all), codes(pagedOurs));
        assertEquals(all.stream().map(ParkRankingsTest::rank).toList(),
                pagedOurs.stream().map(ParkRankingsTest::rank).toList());
    }

    @Test
    void anExternalSystemRanksNoParks() {
        given().auth().oauth2(RealmTokens.serviceAccount("tianfu-tongban"))
                .queryParam("year", YEAR).queryParam("indicator", "grossIndustrialOutput")
                .get(RANKINGS).then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void badParametersAre400NamingTheParameter() {
        as("linshui-clerk").queryParam("indicator", "grossIndustrialOutput").get(RANKINGS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("year"));
        as("linshui-clerk").queryParam("year", "last").queryParam("indicator", "grossIndustrialOutput").get(RANKINGS)
                .then().statusCode(400).body("errors[0].field", equalTo("year"));
        as("linshui-clerk").queryParam("year", YEAR).queryParam("indicator", "happiness").get(RANKINGS)
                .then().statusCode(400).body("errors[0].field", equalTo("indicator"));
        as("linshui-clerk").queryParam("year", YEAR).get(RANKINGS)
                .then().statusCode(400).body("errors[0].field", equalTo("indicator"));
        as("linshui-clerk").queryParam("year", YEAR).queryParam("indicator", "source").get(RANKINGS)
                .then().statusCode(400).body("errors[0].field", equalTo("indicator"));
        as("linshui-clerk").queryParam("year", YEAR).queryParam("indicator", "taxRevenue").queryParam("limit", 501)
                .get(RANKINGS).then().statusCode(400).body("errors[0].field", equalTo("limit"));
    }

    /** The whole ranking (limit 500), restricted to this class's parks. */
    private static List<Map<String, Object>> ours(RequestSpecification request, String indicator) {
        List<Map<String, Object>> items = request.queryParam("year", YEAR).queryParam("indicator", indicator)
                .queryParam("limit", 500)
                .get(RANKINGS).then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream().filter(e -> ((String) e.get("code")).startsWith("rk-")).toList();
    }

    private static List<String> codes(List<Map<String, Object>> entries) {
        return entries.stream().map(e -> (String) e.get("code")).toList();
    }

    private static int rank(Map<String, Object> entry) {
        return (Integer) entry.get("rank");
    }

    private static void assertRanksIncrease(List<Map<String, Object>> entries) {
        for (int i = 1; i < entries.size(); i++) {
            assertTrue(rank(entries.get(i - 1)) < rank(entries.get(i)), "ranks follow the order");
        }
    }

    /** JSON numbers arrive as floats in the test client; compare by value. */
    private static void assertDecimal(String expected, Object jsonNumber) {
        assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(String.valueOf(jsonNumber))),
                () -> "expected " + expected + " but was " + jsonNumber);
    }
}
