package org.chuanyu.parks.zones;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.chuanyu.jurisdiction.time.BusinessTime;
import org.chuanyu.parks.ReferenceDataFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static org.chuanyu.jurisdiction.testing.Accounts.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A joint zone changes only with one approval from each province. Works on zones agreed for the
 * test profile only (zone-test-*), reset before each test; on Gaozhu it never completes an approval.
 */
@QuarkusTest
class TwoProvinceApprovalTest {

    static final String ZONES = "/api/zones";
    static final String ZONE = "zone-test-a";
    static final String GAOZHU_AS_IS = "{\"zone\":{\"name\":\"川渝高竹新区\",\"nameEn\":\"Gaozhu New Area (proposed)\","
            + "\"members\":[{\"division\":\"511623\",\"areaKm2\":138,\"towns\":[\"高滩镇\",\"坛同镇\"]},"
            + "{\"division\":\"500112\",\"areaKm2\":124,\"towns\":[\"茨竹镇\",\"大湾镇\"]}],"
            + "\"secondedStaff\":{\"sichuan\":10,\"chongqing\":21},"
            + "\"revenueSharing\":{\"existingRevenue\":\"ORIGINAL_JURISDICTION\","
            + "\"newRevenueSharePercent\":{\"sichuan\":50,\"chongqing\":50}}}}";

    @Inject
    ReferenceDataFixtures fixtures;

    /** The service's today for this test: pinned, so that no step of it straddles midnight. */
    LocalDate today;

    @BeforeEach
    void pinToday() {
        today = BusinessTime.pinTodayAtNoon();
    }

    @BeforeEach
    void freshTestZones() {
        for (String zone : List.of(ZONE, "zone-test-new", "zone-test-solo")) {
            fixtures.resetZone(zone);
        }
        fixtures.discardPendingChanges("gaozhu");
        fixtures.recordZone(ZONE, "2021-01-01", "511623:10", "500112:20");
    }

    @Test
    void oneApprovalIsNotEnough() {
        String before = etag(ZONE);
        long id = proposeOk("sc-admin", ZONE, proposal(definition("511623:10", "500112:20", "511083:5"), null));
        proposal(ZONE, id).then()
                .body("status", equalTo("PENDING"))
                .body("kind", equalTo("CHANGE"))
                .body("awaiting", equalTo(List.of("chongqing", "sichuan")))
                .body("previous.members.division", equalTo(List.of("500112", "511623")))
                .body("proposedBy", equalTo("sc-admin"));

        approve("sc-admin", ZONE, id).then().statusCode(200)
                .body("status", equalTo("PENDING"))
                .body("approvals.province", equalTo(List.of("sichuan")))
                .body("awaiting", equalTo(List.of("chongqing")));
        as("yubei-clerk").get(ZONES + "/" + ZONE).then().body("members.division", equalTo(List.of("500112", "511623")));

        approve("cq-admin", ZONE, id).then().statusCode(200)
                .body("status", equalTo("APPLIED"))
                .body("approvals.province", equalTo(List.of("sichuan", "chongqing")))
                .body("awaiting", equalTo(List.of()))
                .body("tookEffectOn", equalTo(today.toString()));
        as("yubei-clerk").get(ZONES + "/" + ZONE).then()
                .body("members.division", equalTo(List.of("500112", "511083", "511623")))
                .body("pendingChange", nullValue());
        assertNotEquals(before, etag(ZONE));
        as("yubei-clerk").queryParam("asOf", today.minusDays(1).toString()).get(ZONES + "/" + ZONE).then()
                .body("members.division", equalTo(List.of("500112", "511623")));
    }

    @Test
    void theSameProvinceTwiceIsNotEnough() {
        long id = proposeOk("sc-admin", "gaozhu", GAOZHU_AS_IS);
        approve("sc-admin", "gaozhu", id).then().statusCode(200);
        approve("sc-admin", "gaozhu", id).then().statusCode(409).contentType("application/problem+json");
        approve("joint-office-sc", "gaozhu", id).then().statusCode(409);

        proposal("gaozhu", id).then()
                .body("status", equalTo("PENDING"))
                .body("approvals", hasSize(1))
                .body("awaiting", equalTo(List.of("chongqing")));
        as("linshui-clerk").get(ZONES + "/gaozhu").then().body("nameEn", equalTo("Gaozhu New Area"));

        reject("joint-office-cq", "gaozhu", id, "测试结束").then().statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("rejection.province", equalTo("chongqing"));
        as("linshui-clerk").get(ZONES + "/gaozhu").then().body("nameEn", equalTo("Gaozhu New Area"));
    }

    @Test
    void bothProvincesSeeTheWaitingChange() {
        long id = proposeOk("sc-admin", ZONE, proposal(definition("511623:10", "500153:4"), null));
        for (String account : List.of("linshui-clerk", "yubei-clerk", "sc-viewer", "tianfu-tongban", "yukuaiban")) {
            assertEquals(List.of(id), ids(as(account).queryParam("status", "PENDING").get(ZONES + "/" + ZONE + "/changes")));
            assertTrue(ids(as(account).queryParam("status", "PENDING").get(ZONES + "/changes")).contains(id));
            as(account).get(ZONES + "/" + ZONE).then().body("pendingChange", equalTo((int) id));
            as(account).get(ZONES + "/" + ZONE + "/changes/" + id).then().statusCode(200)
                    .body("proposed.members.division", equalTo(List.of("511623", "500153")));
        }
    }

    @Test
    void clerksViewersAndExternalSystemsCannotSign() {
        String body = proposal(definition("511623:10", "500112:21"), null);
        List<String> nonSigners = List.of("linshui-clerk", "yubei-clerk", "sc-viewer", "tianfu-tongban", "yukuaiban");
        for (String account : nonSigners) {
            propose(account, ZONE, etag(ZONE), body).then().statusCode(403).contentType("application/problem+json");
        }
        long id = proposeOk("sc-admin", ZONE, body);
        for (String account : nonSigners) {
            approve(account, ZONE, id).then().statusCode(403);
            reject(account, ZONE, id, "不同意").then().statusCode(403);
        }
        proposal(ZONE, id).then().body("status", equalTo("PENDING")).body("approvals", hasSize(0));
    }

    @Test
    void aCrossProvinceAdminSignsOnlyForTheZonesItAdministers() {
        long id = proposeOk("sc-admin", ZONE, proposal(definition("511623:10", "500112:21"), null));
        approve("joint-office-cq", ZONE, id).then().statusCode(403);
        reject("joint-office-sc", ZONE, id, "不同意").then().statusCode(403);

        long gaozhu = proposeOk("joint-office-cq", "gaozhu", GAOZHU_AS_IS);
        approve("joint-office-cq", "gaozhu", gaozhu).then().statusCode(200).body("awaiting", equalTo(List.of("sichuan")));
        reject("joint-office-sc", "gaozhu", gaozhu, "测试结束").then().statusCode(200).body("status", equalTo("REJECTED"));
    }

    @Test
    void aProvinceOutsideTheZoneCannotSignNorContributeDivisions() {
        propose("cq-admin", "zone-test-solo", null, proposal(definition("511623:1"), null)).then().statusCode(403);
        propose("sc-admin", "zone-test-solo", null, proposal(definition("511623:1", "500112:1"), null)).then()
                .statusCode(400).body("errors.field", equalTo(List.of("zone.members[1].division")));
    }

    @Test
    void aNewZoneIsRecordedOnlyWithBothApprovals() {
        String body = proposal(definition("511602:30", "500109:40"), null);
        propose("sc-admin", "zone-test-new", "\"0\"", body).then().statusCode(412);
        long id = created(as("cq-admin").contentType("application/json")
                .body(body.replaceFirst("\\{", "{\"code\":\"zone-test-new\",")).post(ZONES)
                .then().body("kind", equalTo("CREATE")).body("previous", nullValue()));
        as("cq-admin").contentType("application/json").body(body.replaceFirst("\\{", "{\"code\":\"gaozhu\","))
                .post(ZONES).then().statusCode(409);
        as("sc-viewer").get(ZONES + "/zone-test-new").then().statusCode(404);
        assertEquals(List.of(id), ids(as("sc-viewer").get(ZONES + "/zone-test-new/changes")));

        approve("cq-admin", "zone-test-new", id).then().body("status", equalTo("PENDING"));
        as("sc-viewer").get(ZONES + "/zone-test-new").then().statusCode(404);
        approve("sc-admin", "zone-test-new", id).then().body("status", equalTo("APPLIED"));
        as("sc-viewer").get(ZONES + "/zone-test-new").then().statusCode(200)
                .body("members.division", equalTo(List.of("500109", "511602")))
                .body("members.areaSharePercent", equalTo(List.of(57.14f, 42.86f)))
                .body("provinces", equalTo(List.of("chongqing", "sichuan")));
    }

    @Test
    void aZoneCodeNotAgreedInConfigurationCannotBeProposed() {
        propose("sc-admin", "no-such-zone", null, proposal(definition("511623:1", "500112:1"), null)).then()
                .statusCode(400).body("errors.field", equalTo(List.of("code")));
        as("sc-admin").get(ZONES + "/no-such-zone/changes").then().statusCode(404);
    }

    @Test
    void aRejectedProposalChangesNothing() {
        String before = etag(ZONE);
        long id = proposeOk("sc-admin", ZONE, proposal(definition("511623:10"), null).replace(
                "\"members\":[", "\"members\":[{\"division\":\"500153\",\"areaKm2\":9},"));
        reject("cq-admin", ZONE, id, " ").then().statusCode(400).body("errors.field", equalTo(List.of("reason")));
        reject("cq-admin", ZONE, id, "面积数据待核实").then().statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("rejection.by", equalTo("cq-admin"))
                .body("rejection.reason", equalTo("面积数据待核实"))
                .body("awaiting", equalTo(List.of()));
        approve("sc-admin", ZONE, id).then().statusCode(409);
        reject("sc-admin", ZONE, id, "再次").then().statusCode(409);
        assertEquals(before, etag(ZONE));
        as("sc-viewer").get(ZONES + "/" + ZONE).then().body("members.division", equalTo(List.of("500112", "511623")));
        proposeOk("sc-admin", ZONE, proposal(definition("511623:10", "500112:25"), null));
    }

    @Test
    void oneProposalWaitsAtATime() {
        proposeOk("sc-admin", ZONE, proposal(definition("511623:10", "500112:25"), null));
        propose("cq-admin", ZONE, etag(ZONE), proposal(definition("511623:11", "500112:25"), null)).then().statusCode(409);
    }

    @Test
    void aProposalNeedsTheZonesCurrentETag() {
        String body = proposal(definition("511623:10", "500112:25"), null);
        propose("sc-admin", ZONE, null, body).then().statusCode(428).contentType("application/problem+json");
        propose("sc-admin", ZONE, "\"99\"", body).then().statusCode(412);
        assertEquals(List.of(), ids(as("sc-admin").get(ZONES + "/" + ZONE + "/changes")));
    }

    @Test
    void badDefinitionsNameEachFieldAndProposeNothing() {
        String body = "{\"effectiveOn\":\"" + today.minusDays(1) + "\",\"zone\":{\"name\":\" \","
                + "\"members\":[{\"division\":\"51162\"},{\"division\":\"519999\"},{\"division\":\"511083\",\"areaKm2\":-3},"
                + "{\"division\":\"510000\"},{\"division\":\"511083\"},{\"division\":\"511600\"},{\"division\":\"511623\"}],"
                + "\"secondedStaff\":{\"hubei\":3,\"sichuan\":-1},"
                + "\"revenueSharing\":{\"existingRevenue\":\"ORIGINAL_JURISDICTION\","
                + "\"newRevenueSharePercent\":{\"sichuan\":60,\"chongqing\":50}},"
                + "\"documents\":[{\"title\":\"\"}]}}";
        propose("sc-admin", ZONE, etag(ZONE), body).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://chuanyu.example/problems/validation"))
                .body("errors.field", hasItems("effectiveOn", "zone.name", "zone.members", "zone.members[0].division",
                        "zone.members[1].division", "zone.members[2].areaKm2", "zone.members[3].division",
                        "zone.members[4].division", "zone.members[6].division", "zone.secondedStaff[hubei]",
                        "zone.secondedStaff[sichuan]", "zone.revenueSharing.newRevenueSharePercent",
                        "zone.documents[0].title"));
        propose("sc-admin", ZONE, etag(ZONE), proposal(definition("511623:10", "500112:25"), null)
                .replace("\"name\":", "\"revenueSharing\":{\"existingRevenue\":\"half\"},\"name\":"))
                .then().statusCode(400)
                .body("type", equalTo("https://chuanyu.example/problems/malformed"))
                .body("errors.field", hasItem("zone.revenueSharing.existingRevenue"));
        propose("sc-admin", ZONE, etag(ZONE), "{\"reason\":\"no zone\"}").then().statusCode(400)
                .body("errors.field", equalTo(List.of("zone")));
        assertEquals(List.of(), ids(as("sc-admin").get(ZONES + "/" + ZONE + "/changes")));
    }

    @Test
    void aFutureMembershipChangeWaitsForItsDate() {
        LocalDate effective = today.plusDays(30);
        long id = proposeOk("sc-admin", ZONE, proposal(definition("511623:10", "500153:7"), effective));
        approve("cq-admin", ZONE, id).then().statusCode(200);
        approve("sc-admin", ZONE, id).then().body("status", equalTo("APPLIED"))
                .body("tookEffectOn", equalTo(effective.toString()));

        as("rongchang-clerk").get(ZONES + "/" + ZONE).then()
                .body("members.division", equalTo(List.of("500112", "511623")))
                .body("members[0].memberUntil", equalTo(effective.toString()));
        as("rongchang-clerk").queryParam("asOf", effective.toString()).get(ZONES + "/" + ZONE).then()
                .body("members.division", equalTo(List.of("500153", "511623")));

        String next = proposal(definition("511623:10", "500153:8"), null);
        propose("sc-admin", ZONE, etag(ZONE), next).then().statusCode(400)
                .body("errors.field", equalTo(List.of("effectiveOn")));
        proposeOk("sc-admin", ZONE, proposal(definition("511623:10", "500153:8"), effective));
    }

    @Test
    void aProposalThatNoLongerFitsTheRegistryCannotTakeEffect() {
        fixtures.resetDivisions("5196");
        fixtures.recordDivision("519600", "测试市", "510000", "2020-01-01");
        fixtures.recordDivision("519601", "甲县", "519600", "2020-01-01");
        fixtures.recordDivision("519602", "乙县", "519600", "2020-01-01");
        long id = proposeOk("sc-admin", ZONE, proposal(definition("519601:3", "500112:20"), null));

        String divisionTag = as("sc-admin").get("/api/divisions/519601").then().extract().header("ETag");
        as("sc-admin").contentType("application/json").header("If-Match", divisionTag)
                .body("{\"kind\":\"ABOLISHED\",\"effectiveOn\":\"" + today + "\",\"successors\":[\"519602\"]}")
                .post("/api/divisions/519601/changes").then().statusCode(201);

        approve("sc-admin", ZONE, id).then().statusCode(200);
        approve("cq-admin", ZONE, id).then().statusCode(409)
                .body("errors.field", equalTo(List.of("proposed.members[0].division")));
        proposal(ZONE, id).then().body("status", equalTo("PENDING")).body("approvals.province", equalTo(List.of("sichuan")));
        as("sc-admin").get(ZONES + "/" + ZONE).then().body("members.division", equalTo(List.of("500112", "511623")));
    }

    @Test
    void twoChangesOnOneDayLeaveOneMembershipPerDivision() {
        long first = proposeOk("sc-admin", ZONE, proposal(definition("511623:10", "500112:20", "511083:5"), null));
        approve("sc-admin", ZONE, first).then().statusCode(200);
        approve("cq-admin", ZONE, first).then().body("status", equalTo("APPLIED"));
        long second = proposeOk("cq-admin", ZONE, proposal(definition("511623:10", "500112:20", "511083:6"), null));
        approve("cq-admin", ZONE, second).then().statusCode(200);
        approve("sc-admin", ZONE, second).then().body("status", equalTo("APPLIED"));

        as("sc-viewer").get(ZONES + "/" + ZONE).then()
                .body("members.division", equalTo(List.of("500112", "511083", "511623")))
                .body("members[1].areaKm2", equalTo(6.0f))
                .body("members[1].memberFrom", equalTo(today.toString()));
        as("sc-viewer").queryParam("status", "APPLIED").get(ZONES + "/" + ZONE + "/changes").then()
                .body("items.id", equalTo(List.of((int) second, (int) first)));
    }

    // --- requests ------------------------------------------------------------------------------

    static String definition(String... members) {
        String list = Arrays.stream(members).map(m -> m.split(":"))
                .map(m -> "{\"division\":\"" + m[0] + "\",\"areaKm2\":" + m[1] + "}")
                .collect(Collectors.joining(","));
        return "{\"name\":\"测试合作区\",\"nameEn\":\"Test zone\",\"members\":[" + list + "]}";
    }

    static String proposal(String definition, LocalDate effectiveOn) {
        return "{\"reason\":\"测试\"," + (effectiveOn == null ? "" : "\"effectiveOn\":\"" + effectiveOn + "\",")
                + "\"zone\":" + definition + "}";
    }

    static Response propose(String account, String zone, String ifMatch, String body) {
        var request = as(account).contentType("application/json").body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.post(ZONES + "/" + zone + "/changes");
    }

    static long proposeOk(String account, String zone, String body) {
        return created(propose(account, zone, etag(zone), body).then());
    }

    static long created(io.restassured.response.ValidatableResponse response) {
        return response.statusCode(201).body("status", equalTo("PENDING")).extract().jsonPath().getLong("id");
    }

    static Response approve(String account, String zone, long id) {
        return as(account).post(ZONES + "/" + zone + "/changes/" + id + "/approvals");
    }

    static Response reject(String account, String zone, long id, String reason) {
        return as(account).contentType("application/json").body("{\"reason\":\"" + reason + "\"}")
                .post(ZONES + "/" + zone + "/changes/" + id + "/rejection");
    }

    static Response proposal(String zone, long id) {
        return as("sc-viewer").get(ZONES + "/" + zone + "/changes/" + id);
    }

    static String etag(String zone) {
        return as("sc-viewer").get(ZONES + "/" + zone).then().extract().header("ETag");
    }

    static List<Long> ids(Response page) {
        return page.then().statusCode(200).extract().jsonPath().getList("items.id", Long.class);
    }
}
