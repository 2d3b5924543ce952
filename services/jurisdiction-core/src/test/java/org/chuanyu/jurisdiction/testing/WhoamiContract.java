package org.chuanyu.jurisdiction.testing;

import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

/**
 * Every service answers {@code whoami} for real tokens from both realms. A service's test extends
 * this with {@code @QuarkusTest} and names its path; the assertions live here once.
 */
public abstract class WhoamiContract {

    /** e.g. {@code /api/parks/whoami} */
    protected abstract String whoamiPath();

    @Test
    void linshuiClerkIsASichuanClerkOfLinshuiAndGaozhu() {
        given().auth().oauth2(RealmTokens.user("linshui-clerk"))
                .when().get(whoamiPath())
                .then().statusCode(200)
                .body("province", equalTo("sichuan"))
                .body("username", equalTo("linshui-clerk"))
                .body("roles", contains("district-clerk"))
                .body("districts", contains("511623"))
                .body("zones", contains("gaozhu"));
    }

    @Test
    void yubeiClerkIsAChongqingClerkOfYubeiAndGaozhu() {
        given().auth().oauth2(RealmTokens.user("yubei-clerk"))
                .when().get(whoamiPath())
                .then().statusCode(200)
                .body("province", equalTo("chongqing"))
                .body("roles", contains("district-clerk"))
                .body("districts", contains("500112"))
                .body("zones", contains("gaozhu"));
    }

    @Test
    void allowListedJointOfficeKeepsCrossProvinceAdmin() {
        given().auth().oauth2(RealmTokens.user("joint-office-cq"))
                .when().get(whoamiPath())
                .then().statusCode(200)
                .body("province", equalTo("chongqing"))
                .body("roles", contains("cross-province-admin"))
                .body("zones", containsInAnyOrder("gaozhu", "rongchang-longchang"));
    }

    @Test
    void externalSystemServiceAccountCarriesItsDistricts() {
        given().auth().oauth2(RealmTokens.serviceAccount("tianfu-tongban"))
                .when().get(whoamiPath())
                .then().statusCode(200)
                .body("province", equalTo("sichuan"))
                .body("clientId", equalTo("tianfu-tongban"))
                .body("roles", contains("external-system"))
                .body("districts", containsInAnyOrder("511083", "511623"))
                .body("zones", empty());
    }

    @Test
    void noTokenIsUnauthorized() {
        given().when().get(whoamiPath())
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("https://chuanyu.example/problems/unauthenticated"));
    }

    @Test
    void invalidTokenIsAnUnauthorizedProblem() {
        given().header("Authorization", "Bearer not-a-jwt").when().get(whoamiPath())
                .then().statusCode(401)
                .contentType("application/problem+json");
    }
}
