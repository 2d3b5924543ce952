package org.chuanyu.parks.indicators;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.chuanyu.jurisdiction.testing.Accounts.as;

/** A Linshui clerk reports a Linshui park's year, amends it, and reads the history. */
@QuarkusTest
class LinshuiClerkReportsAndAmendsIndicatorsTest {

    static final String PARK = "ind-amend-linshui";
    static final String URL = "/api/parks/" + PARK + "/indicators/";
    static final String FIRST = """
            {"enterprisesSettled": 120, "grossIndustrialOutput": 7073000000, "taxRevenue": 250000000,
             "source": "邻水县2022年统计公报"}""";
    static final String AMENDED = """
            {"enterprisesSettled": 120, "grossIndustrialOutput": 7073000000, "taxRevenue": 263000000,
             "source": "邻水县2022年统计公报（修订）"}""";

    @Inject
    TestParks parks;

    @BeforeEach
    void aLinshuiPark() {
        parks.replace("ind-amend-", TestParks.Spec.of(PARK, "sichuan", "511623"));
    }

    @Test
    void clerkReportsAYearThenAmendsItAndTheHistoryKeepsTheFormerFigures() {
        as("linshui-clerk").body(FIRST).put(URL + 2022)
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", endsWith(URL + 2022))
                .body("parkCode", equalTo(PARK))
                .body("year", equalTo(2022))
                .body("enterprisesSettled", equalTo(120))
                .body("taxRevenue", equalTo(250000000.00f))
                .body("reportedBy", equalTo("linshui-clerk"))
                .body("reportedAt", endsWith("+08:00"))
                .body("locked", equalTo(false));

        String etag = as("linshui-clerk").get(URL + 2022).then().statusCode(200).extract().header("ETag");
        assertEquals("\"0\"", etag);

        as("linshui-clerk").header("If-Match", etag).body(AMENDED).put(URL + 2022)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("taxRevenue", equalTo(263000000.00f))
                .body("version", equalTo(1));

        as("linshui-clerk").get(URL + 2022 + "/history")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].replacedVersion", equalTo(0))
                .body("items[0].amendedBy", equalTo("linshui-clerk"))
                .body("items[0].amendedAt", notNullValue())
                .body("items[0].changes.field", contains("taxRevenue", "source"))
                .body("items[0].changes[0].before", equalTo(250000000.00f))
                .body("items[0].changes[0].after", equalTo(263000000.00f))
                .body("items[0].changes[1].before", equalTo("邻水县2022年统计公报"))
                .body("nextCursor", nullValue());
    }

    @Test
    void historyListsAmendmentsNewestFirstEachAgainstWhatReplacedIt() {
        as("linshui-clerk").body(report(100)).put(URL + 2021).then().statusCode(201);
        as("linshui-clerk").header("If-Match", "\"0\"").body(report(110)).put(URL + 2021).then().statusCode(200);
        as("linshui-clerk").header("If-Match", "\"1\"").body(report(125)).put(URL + 2021).then().statusCode(200);

        ValidatableResponse firstPage = as("linshui-clerk").queryParam("limit", 1).get(URL + 2021 + "/history")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].replacedVersion", equalTo(1))
                .body("items[0].changes[0].before", equalTo(110))
                .body("items[0].changes[0].after", equalTo(125))
                .body("nextCursor", notNullValue());
        String cursor = firstPage.extract().path("nextCursor");

        as("linshui-clerk").queryParam("limit", 1).queryParam("cursor", cursor).get(URL + 2021 + "/history")
                .then().statusCode(200)
                .body("items[0].replacedVersion", equalTo(0))
                .body("items[0].changes[0].field", equalTo("enterprisesSettled"))
                .body("items[0].changes[0].before", equalTo(100))
                .body("items[0].changes[0].after", equalTo(110))
                .body("nextCursor", nullValue());
    }

    @Test
    void amendmentWithoutIfMatchIsRefusedWith428() {
        as("linshui-clerk").body(FIRST).put(URL + 2022).then().statusCode(201);

        as("linshui-clerk").body(AMENDED).put(URL + 2022)
                .then().statusCode(428)
                .contentType("application/problem+json");
        assertEquals(0L, parks.version(PARK, 2022));
        assertEquals(0L, parks.revisions(PARK, 2022));
    }

    @Test
    void amendmentWithAStaleETagIsRefusedWith412() {
        as("linshui-clerk").body(FIRST).put(URL + 2022).then().statusCode(201);
        as("linshui-clerk").header("If-Match", "\"0\"").body(AMENDED).put(URL + 2022).then().statusCode(200);

        as("linshui-clerk").header("If-Match", "\"0\"").body(FIRST).put(URL + 2022)
                .then().statusCode(412)
                .contentType("application/problem+json");
        as("linshui-clerk").get(URL + 2022).then().body("taxRevenue", equalTo(263000000.00f));
    }

    @Test
    void ifMatchOnAYearNotYetReportedIsRefusedWith412() {
        as("linshui-clerk").header("If-Match", "\"0\"").body(FIRST).put(URL + 2020)
                .then().statusCode(412);
        as("linshui-clerk").get(URL + 2020).then().statusCode(404);
    }

    @Test
    void theSameReportAgainChangesNothing() {
        as("linshui-clerk").body(FIRST).put(URL + 2022).then().statusCode(201);

        as("linshui-clerk").header("If-Match", "\"0\"").body(FIRST).put(URL + 2022)
                .then().statusCode(200).header("ETag", "\"0\"");
        as("linshui-clerk").get(URL + 2022 + "/history").then().statusCode(200).body("items", empty());
    }

    @Test
    void reporterAndTimeComeFromTheTokenNotTheBody() {
        String body = """
                {"enterprisesSettled": 1, "source": "x", "reportedBy": "someone-else",
                 "reportedAt": "2001-01-01T00:00:00+08:00", "locked": true, "version": 9}""";
        as("linshui-clerk").body(body).put(URL + 2022)
                .then().statusCode(201)
                .body("reportedBy", equalTo("linshui-clerk"))
                .body("locked", equalTo(false))
                .body("version", equalTo(0));
    }

    @Test
    void yearsAreListedAscendingAndPaged() {
        for (int year : new int[] {2023, 2021, 2022}) {
            as("linshui-clerk").body(report(year)).put(URL + year).then().statusCode(201);
        }

        as("linshui-clerk").get("/api/parks/" + PARK + "/indicators")
                .then().statusCode(200)
                .body("items.year", contains(2021, 2022, 2023))
                .body("nextCursor", nullValue());

        String cursor = as("linshui-clerk").queryParam("limit", 2).get("/api/parks/" + PARK + "/indicators")
                .then().statusCode(200)
                .body("items.year", contains(2021, 2022))
                .extract().path("nextCursor");
        as("linshui-clerk").queryParam("limit", 2).queryParam("cursor", cursor).get("/api/parks/" + PARK + "/indicators")
                .then().statusCode(200)
                .body("items.year", contains(2023))
                .body("nextCursor", nullValue());
    }

    @Test
    void moneyIsKeptToTheFenWhateverNotationItArrivesIn() {
        String body = as("linshui-clerk").body("{\"grossIndustrialOutput\": 1.004E11, \"rdShare\": 4.4, \"source\": \"x\"}")
                .put(URL + 2022).then().statusCode(201).extract().asString();
        assertTrue(body.contains("\"grossIndustrialOutput\":100400000000.00"), body);
        assertTrue(body.contains("\"rdShare\":4.40"), body);
    }

    @Test
    void aYearWithoutFiguresIsNotFound() {
        as("linshui-clerk").get(URL + 2019)
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    static String report(int enterprisesSettled) {
        return "{\"enterprisesSettled\": " + enterprisesSettled + ", \"source\": \"月报\"}";
    }
}
