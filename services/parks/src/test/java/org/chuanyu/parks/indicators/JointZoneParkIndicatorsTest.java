package org.chuanyu.parks.indicators;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.chuanyu.jurisdiction.testing.RealmTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.chuanyu.jurisdiction.testing.Accounts.as;

/**
 * A Gaozhu park is co-owned: clerks of Linshui (Sichuan) and Yubei (Chongqing) both report for it.
 * A Rongchang clerk, outside the zone, learns nothing about it: every call answers 404, whatever it sends.
 */
@QuarkusTest
class JointZoneParkIndicatorsTest {

    static final String GAOZHU = "ind-joint-gaozhu";
    static final String YUBEI_ONLY = "ind-joint-yubei";
    static final String URL = "/api/parks/" + GAOZHU + "/indicators/";
    static final String REPORT = """
            {"grossIndustrialOutput": 7073000000, "fixedAssetInvestment": 3900000000,
             "aboveScaleEnterprisesAdded": 6, "taxRevenue": 263000000, "investmentAttracted": 7200000000,
             "source": "川渝高竹新区2022年工作总结"}""";

    @Inject
    TestParks parks;

    @BeforeEach
    void aGaozhuParkAndAYubeiPark() {
        parks.replace("ind-joint-",
                new TestParks.Spec(GAOZHU, "sichuan", "511623", "gaozhu"),
                TestParks.Spec.of(YUBEI_ONLY, "chongqing", "500112"));
    }

    @Test
    void linshuiAndYubeiClerksBothReportForAGaozhuPark() {
        as("yubei-clerk").body(REPORT).put(URL + 2022)
                .then().statusCode(201)
                .body("reportedBy", equalTo("yubei-clerk"));

        as("linshui-clerk").header("If-Match", "\"0\"")
                .body(REPORT.replace("263000000", "265000000")).put(URL + 2022)
                .then().statusCode(200)
                .body("reportedBy", equalTo("linshui-clerk"));

        as("yubei-clerk").get(URL + 2022 + "/history")
                .then().statusCode(200)
                .body("items[0].amendedBy", equalTo("linshui-clerk"))
                .body("items[0].previouslyReportedBy", equalTo("yubei-clerk"));
    }

    @Test
    void aRongchangClerkGets404ForTheGaozhuParkWhateverItSends() {
        as("yubei-clerk").body(REPORT).put(URL + 2022).then().statusCode(201);

        as("rongchang-clerk").get("/api/parks/" + GAOZHU + "/indicators").then().statusCode(404);
        as("rongchang-clerk").get(URL + 2022).then().statusCode(404);
        as("rongchang-clerk").get(URL + 2022 + "/history").then().statusCode(404);
        as("rongchang-clerk").body(REPORT).put(URL + 2023).then().statusCode(404);
        as("rongchang-clerk").header("If-Match", "\"0\"").body(REPORT).put(URL + 2022).then().statusCode(404);
        // Neither a malformed body, an invalid one nor an impossible year reveals that the park exists.
        as("rongchang-clerk").body("{\"taxRevenue\": ").put(URL + 2022)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://chuanyu.example/problems/not-found"))
                .body(not(containsString("taxRevenue")));
        as("rongchang-clerk").body("{\"rdShare\": 120}").put(URL + 1800).then().statusCode(404);
        as("rongchang-clerk").post(URL + 2022 + "/lock").then().statusCode(404);

        assertEquals(0L, parks.version(GAOZHU, 2022));
        assertNull(parks.version(GAOZHU, 2023));
    }

    @Test
    void theNotFoundAnswerIsTheSameAsForAParkThatDoesNotExist() {
        String hidden = as("rongchang-clerk").get(URL + 2022).then().statusCode(404).extract().path("detail");
        String missing = as("rongchang-clerk").get("/api/parks/ind-joint-no-such-park/indicators/2022")
                .then().statusCode(404).extract().path("detail");
        assertEquals(missing, hidden);
    }

    @Test
    void aLinshuiClerkDoesNotSeeAYubeiParkOutsideTheZone() {
        as("yubei-clerk").body(REPORT).put("/api/parks/" + YUBEI_ONLY + "/indicators/2022").then().statusCode(201);

        as("linshui-clerk").get("/api/parks/" + YUBEI_ONLY + "/indicators/2022").then().statusCode(404);
        as("linshui-clerk").header("If-Match", "\"0\"").body(REPORT)
                .put("/api/parks/" + YUBEI_ONLY + "/indicators/2022").then().statusCode(404);
    }

    @Test
    void anExternalSystemReadsNoParkFigures() {
        as("yubei-clerk").body(REPORT).put(URL + 2022).then().statusCode(201);

        given().auth().oauth2(RealmTokens.serviceAccount("tianfu-tongban"))
                .get(URL + 2022).then().statusCode(404);
        given().auth().oauth2(RealmTokens.serviceAccount("tianfu-tongban")).contentType("application/json")
                .body(REPORT).put(URL + 2023).then().statusCode(404);
    }
}
