package org.chuanyu.parks.zones;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.chuanyu.jurisdiction.time.BusinessTime;
import org.chuanyu.parks.ReferenceDataFixtures;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.chuanyu.jurisdiction.testing.Accounts.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Joint zones are reference data: every caller of either province reads them, on any date. */
@QuarkusTest
class JointZoneReadingTest {

    static final String ZONES = "/api/zones";

    @Inject
    ReferenceDataFixtures fixtures;
    @Inject
    ZoneMembership membership;

    @Test
    void gaozhuStraddlesLinshuiAndYubei() {
        as("yubei-clerk").get(ZONES + "/gaozhu").then().statusCode(200)
                .header("ETag", notNullValue())
                .body("name", equalTo("川渝高竹新区"))
                .body("nameEn", equalTo("Gaozhu New Area"))
                .body("provinces", equalTo(List.of("chongqing", "sichuan")))
                .body("members.division", equalTo(List.of("500112", "511623")))
                .body("members.name", equalTo(List.of("渝北区", "邻水县")))
                .body("members.province", equalTo(List.of("chongqing", "sichuan")))
                .body("members[1].towns", equalTo(List.of("高滩镇", "坛同镇")))
                .body("members.areaKm2", equalTo(List.of(124.0f, 138.0f)))
                .body("members.areaSharePercent", equalTo(List.of(47.33f, 52.67f)))
                .body("totalAreaKm2", equalTo(262.0f))
                .body("secondedStaff.sichuan", equalTo(10))
                .body("secondedStaff.chongqing", equalTo(21))
                .body("revenueSharing.existingRevenue", equalTo("ORIGINAL_JURISDICTION"))
                .body("revenueSharing.newRevenueSharePercent.sichuan", equalTo(50.0f))
                .body("revenueSharing.newRevenueSharePercent.chongqing", equalTo(50.0f))
                .body("documents.number", equalTo(List.of("渝府〔2020〕55号", "渝发改合作〔2020〕2051号")));
    }

    @Test
    void everyCallerOfEitherProvinceReadsEveryZone() {
        for (String account : List.of("sc-viewer", "tianfu-tongban", "rongchang-clerk", "cq-admin", "yukuaiban")) {
            as(account).get(ZONES).then().statusCode(200)
                    .body("items.code", hasItems("gaozhu", "rongchang-longchang", "suitong", "wandakai"));
            as(account).get(ZONES + "/wandakai").then().statusCode(200)
                    .body("members.division", equalTo(List.of("500101", "500154", "511700")));
        }
    }

    @Test
    void theZonesADistrictLiesIn() {
        as("linshui-clerk").queryParam("division", "511623").get(ZONES).then().statusCode(200)
                .body("items.code", hasItem("gaozhu"))
                .body("items.code", not(hasItem("rongchang-longchang")));
        as("linshui-clerk").queryParam("division", "500153").get(ZONES).then()
                .body("items.code", hasItem("rongchang-longchang"))
                .body("items.code", not(hasItem("gaozhu")));
        as("linshui-clerk").queryParam("q", "高竹").get(ZONES).then().body("items.code", equalTo(List.of("gaozhu")));
    }

    @Test
    void aCountyLiesInAZoneThroughItsPrefecture() {
        fixtures.resetZone("zone-test-b");
        fixtures.resetDivisions("5197");
        fixtures.recordDivision("519700", "测试市", "510000", "2020-01-01");
        fixtures.recordDivision("519701", "测试县", "519700", "2020-01-01");
        fixtures.recordZone("zone-test-b", "2021-01-01", "519700:10", "500112:5");
        LocalDate today = BusinessTime.pinTodayAtNoon();

        assertTrue(membership.isMember("zone-test-b", "519701", today));
        assertTrue(membership.isMember("zone-test-b", "519700", today));
        assertFalse(membership.isMember("zone-test-b", "519701", LocalDate.parse("2020-12-31")), "not yet a member");
        assertFalse(membership.isMember("gaozhu", "519701", today));
        assertFalse(membership.isMember("zone-test-b", "511623", today));
        assertTrue(membership.zonesCovering("519701", today).contains("zone-test-b"));
        assertEquals(List.of(), membership.zonesCovering("519799", today), "unknown code");

        as("yubei-clerk").queryParam("division", "519701").get(ZONES).then()
                .body("items.code", equalTo(List.of("zone-test-b")));
    }

    @Test
    void membershipIsReadAsOfADate() {
        fixtures.resetZone("zone-test-b");
        fixtures.recordZone("zone-test-b", "2021-01-01", "511623:10", "500112:5");
        as("sc-viewer").queryParam("asOf", "2020-12-31").get(ZONES + "/zone-test-b").then().statusCode(200)
                .body("members", equalTo(List.of()));
        as("sc-viewer").queryParam("asOf", "2021-01-01").get(ZONES + "/zone-test-b").then()
                .body("members.division", equalTo(List.of("500112", "511623")))
                .body("members[0].memberFrom", equalTo("2021-01-01"))
                .body("asOf", equalTo("2021-01-01"));
    }

    @Test
    void unknownZonesBadParametersAndStrangers() {
        as("sc-viewer").get(ZONES + "/no-such-zone").then().statusCode(404).contentType("application/problem+json");
        as("sc-viewer").queryParam("asOf", "yesterday").get(ZONES + "/gaozhu").then().statusCode(400)
                .body("errors.field", equalTo(List.of("asOf")));
        as("sc-viewer").queryParam("division", "abc").get(ZONES).then().statusCode(400)
                .body("errors.field", equalTo(List.of("division")));
        as("sc-viewer").queryParam("limit", 0).get(ZONES).then().statusCode(400)
                .body("errors.field", equalTo(List.of("limit")));
        given().get(ZONES + "/gaozhu").then().statusCode(401).contentType("application/problem+json");
        given().get(ZONES).then().statusCode(401);
    }
}
