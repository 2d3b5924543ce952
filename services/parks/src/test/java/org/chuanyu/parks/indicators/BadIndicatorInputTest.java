package org.chuanyu.parks.indicators;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.chuanyu.jurisdiction.testing.RealmTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Bad figures, years and bodies answer 400 with the fields named, and change nothing. */
@QuarkusTest
class BadIndicatorInputTest {

    static final String PARK = "ind-bad-linshui";
    static final String URL = "/api/parks/" + PARK + "/indicators/";
    static final String VALID = "{\"enterprisesSettled\": 10, \"taxRevenue\": 1000, \"source\": \"年报\"}";

    @Inject
    TestParks parks;

    @BeforeEach
    void aLinshuiParkWithA2022Report() {
        parks.replace("ind-bad-", TestParks.Spec.of(PARK, "sichuan", "511623"));
        clerk().body(VALID).put(URL + 2022).then().statusCode(201);
    }

    static RequestSpecification clerk() {
        return given().auth().oauth2(RealmTokens.user("linshui-clerk")).contentType("application/json");
    }

    @Test
    void negativeCountsAndMoneyAreRefused() {
        clerk().body("{\"enterprisesSettled\": -1, \"highTechEnterprises\": -3, \"taxRevenue\": -5, \"source\": \"x\"}")
                .put(URL + 2023)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://chuanyu.example/problems/validation"))
                .body("errors.field", contains("enterprisesSettled", "highTechEnterprises", "taxRevenue"));
        assertNull(parks.version(PARK, 2023));
    }

    @Test
    void percentagesOutOfRangeAreRefused() {
        clerk().body("{\"rdShare\": 120, \"growthRate\": -150, \"source\": \"x\"}").put(URL + 2023)
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("rdShare", "growthRate"));
        clerk().body("{\"growthRate\": 1000.5, \"source\": \"x\"}").put(URL + 2023)
                .then().statusCode(400).body("errors.field", contains("growthRate"));
        assertNull(parks.version(PARK, 2023));
    }

    @Test
    void yearsOutsideTheReportingRangeAreRefused() {
        clerk().body(VALID).put(URL + 1800)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        clerk().body(VALID).put(URL + 2999).then().statusCode(400).body("errors[0].field", equalTo("year"));
        clerk().body(VALID).put(URL + "twenty").then().statusCode(400).body("errors[0].field", equalTo("year"));
        clerk().get(URL + 1800).then().statusCode(400);
        assertNull(parks.version(PARK, 1800));
    }

    @Test
    void nonNumericMoneyIsAMalformedBodyNamingTheField() {
        clerk().header("If-Match", "\"0\"").body("{\"taxRevenue\": \"lots\", \"source\": \"x\"}").put(URL + 2022)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://chuanyu.example/problems/malformed"))
                .body("errors[0].field", equalTo("taxRevenue"));
        assertUnchanged();
    }

    @Test
    void aFractionalCountIsRefusedNotTruncated() {
        clerk().header("If-Match", "\"0\"").body("{\"enterprisesSettled\": 12.7, \"source\": \"x\"}").put(URL + 2022)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("enterprisesSettled"));
        assertUnchanged();
    }

    @Test
    void moneyBeyondTheFenIsRefused() {
        clerk().body("{\"taxRevenue\": 10.005, \"source\": \"x\"}").put(URL + 2023)
                .then().statusCode(400).body("errors.field", contains("taxRevenue"));
    }

    @Test
    void aSourceIsRequiredAndAnEmptyBodyIsMalformed() {
        clerk().header("If-Match", "\"0\"").body("{\"enterprisesSettled\": 11, \"source\": \"  \"}").put(URL + 2022)
                .then().statusCode(400).body("errors.field", contains("source"));
        clerk().header("If-Match", "\"0\"").body("{\"enterprisesSettled\": 11}").put(URL + 2022)
                .then().statusCode(400).body("errors.field", contains("source"));
        clerk().header("If-Match", "\"0\"").body("").put(URL + 2022)
                .then().statusCode(400).body("type", equalTo("https://chuanyu.example/problems/malformed"));
        clerk().header("If-Match", "\"0\"").body("[1, 2]").put(URL + 2022)
                .then().statusCode(400).body("type", equalTo("https://chuanyu.example/problems/malformed"));
        assertUnchanged();
    }

    @Test
    void badAmendmentsAreRefusedBeforeTheETagIsLookedAt() {
        // Validation (400) comes before the precondition (428): the client learns what to fix first.
        clerk().body("{\"rdShare\": 120, \"source\": \"x\"}").put(URL + 2022)
                .then().statusCode(400).body("errors", hasSize(1));
        assertUnchanged();
    }

    @Test
    void badListParametersAre400NamingTheParameter() {
        clerk().queryParam("limit", "many").get("/api/parks/" + PARK + "/indicators")
                .then().statusCode(400).body("errors[0].field", equalTo("limit"));
        clerk().queryParam("limit", 0).get("/api/parks/" + PARK + "/indicators")
                .then().statusCode(400).body("errors[0].field", equalTo("limit"));
        clerk().queryParam("cursor", "not-a-cursor!").get("/api/parks/" + PARK + "/indicators")
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
    }

    private void assertUnchanged() {
        assertEquals(0L, parks.version(PARK, 2022));
        assertEquals(0L, parks.revisions(PARK, 2022));
        clerk().get(URL + 2022).then().statusCode(200)
                .body("enterprisesSettled", equalTo(10))
                .body("source", equalTo("年报"));
    }
}
