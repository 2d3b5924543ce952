package org.chuanyu.parks.designation;

import io.quarkus.test.junit.QuarkusTest;
import org.chuanyu.jurisdiction.testing.Pages;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.chuanyu.jurisdiction.testing.Accounts.as;
import static org.chuanyu.parks.designation.JointZoneDesignationTest.DEMO_PARK;
import static org.chuanyu.parks.designation.JointZoneDesignationTest.RUN;
import static org.chuanyu.parks.designation.JointZoneDesignationTest.park;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The designation changes of every park in one list ({@code GET /api/parks/designation-changes}), held to the parks
 * the caller reads, and a province turning a change down ({@code POST …/designation-changes/{id}/rejection}).
 */
@QuarkusTest
class DesignationChangesAcrossParksTest {

    private static final String CHANGES = "/api/parks/designation-changes";

    private static List<Map<String, Object>> every(String account, String status) {
        return Pages.every(() -> {
            var request = as(account).queryParam("limit", 100);
            return status == null ? request : request.queryParam("status", status);
        }, CHANGES, "items");
    }

    private static Map<String, Object> find(List<Map<String, Object>> changes, String parkCode) {
        return changes.stream().filter(c -> parkCode.equals(c.get("parkCode"))).findFirst().orElse(null);
    }

    private static int propose(String account, String parkCode) {
        return as(account).body(DEMO_PARK).post("/api/parks/" + parkCode + "/designations").then().statusCode(202)
                .extract().path("id");
    }

    private static String change(String parkCode, int id, String decision) {
        return "/api/parks/" + parkCode + "/designation-changes/" + id + "/" + decision;
    }

    @Test
    void everyParkTheCallerReadsAndNoOther() {
        int before = every("joint-office-cq", "PENDING").size();
        String gaozhu = park("yubei-clerk", "gz-inbox-" + RUN, "500112", "gaozhu");
        String rongchang = park("rongchang-clerk", "rl-inbox-" + RUN, "500153", "rongchang-longchang");
        int gaozhuChange = propose("yubei-clerk", gaozhu);
        propose("rongchang-clerk", rongchang);

        List<Map<String, Object>> pending = every("joint-office-cq", "PENDING");
        assertEquals(before + 2, pending.size(), "the two proposed during the test");
        Map<String, Object> seen = find(pending, gaozhu);
        assertEquals(gaozhuChange, seen.get("id"));
        assertEquals("园区 " + gaozhu, seen.get("parkName"));
        assertEquals("ADD", seen.get("action"));
        assertEquals("产业合作示范园区", seen.get("name"));
        assertEquals("yubei-clerk", seen.get("proposedBy"));
        assertEquals(List.of("chongqing", "sichuan"), seen.get("awaiting"));
        assertNull(seen.get("rejection"));

        for (String account : List.of("linshui-clerk", "yubei-clerk", "sc-admin", "cq-admin")) {
            List<Map<String, Object>> all = every(account, null);
            assertNotNull(find(all, gaozhu), account);
            assertEquals(account.endsWith("admin"), find(all, rongchang) != null, account);
        }
        for (String account : List.of("rongchang-clerk", "longchang-clerk")) {
            List<Map<String, Object>> all = every(account, null);
            assertNull(find(all, gaozhu), account);
            assertNotNull(find(all, rongchang), account);
        }
        assertNull(find(every("sc-viewer", null), gaozhu));

        as("sc-admin").post(change(gaozhu, gaozhuChange, "approvals")).then().statusCode(200);
        as("cq-admin").post(change(gaozhu, gaozhuChange, "approvals")).then().statusCode(200);
        assertNull(find(every("yubei-clerk", "PENDING"), gaozhu));
        Map<String, Object> applied = find(every("yubei-clerk", "APPLIED"), gaozhu);
        assertEquals("APPLIED", applied.get("status"));
        assertEquals(List.of(), applied.get("awaiting"));
    }

    @Test
    void newestFirstAndBadParametersAreProblems() {
        List<Integer> ids = Pages.every(() -> as("joint-office-sc").queryParam("limit", 3), CHANGES, "items.id");
        for (int i = 1; i < ids.size(); i++) {
            assertTrue(ids.get(i - 1) > ids.get(i), ids.toString());
        }
        for (String bad : List.of("?status=WAITING", "?limit=0", "?limit=501", "?cursor=nonsense")) {
            as("sc-admin").get(CHANGES + bad).then().statusCode(400).contentType("application/problem+json");
        }
    }

    @Test
    void eitherProvinceRejectsAPendingChangeOnceAndNothingIsDecidedAfter() {
        String code = park("rongchang-clerk", "rl-reject-" + RUN, "500153", "rongchang-longchang");
        int id = propose("rongchang-clerk", code);
        String rejection = change(code, id, "rejection");
        as("cq-admin").post(change(code, id, "approvals")).then().statusCode(200);

        as("linshui-clerk").body(Map.of("reason", "x")).post(rejection).then().statusCode(404);
        as("rongchang-clerk").body(Map.of("reason", "x")).post(rejection).then().statusCode(403);
        as("sc-admin").body(Map.of("reason", "x")).post(change(code, id + 100_000, "rejection")).then().statusCode(404);
        for (Object bad : List.of(Map.of(), Map.of("reason", "  "), Map.of("reason", "长".repeat(2001)))) {
            as("sc-admin").body(bad).post(rejection).then().statusCode(400).contentType("application/problem+json");
        }
        as("sc-admin").contentType("application/json").post(rejection).then().statusCode(400);

        as("sc-admin").body(Map.of("reason", " 该称号须经两地联合评审 ")).post(rejection).then().statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("awaiting", empty())
                .body("appliedAt", equalTo(null))
                .body("rejection.by", equalTo("sc-admin"))
                .body("rejection.province", equalTo("sichuan"))
                .body("rejection.at", notNullValue())
                .body("rejection.reason", equalTo("该称号须经两地联合评审"));
        as("joint-office-cq").body(Map.of("reason", "再次")).post(rejection).then().statusCode(409);
        as("sc-admin").post(change(code, id, "approvals")).then().statusCode(409);
        as("rongchang-clerk").get("/api/parks/" + code + "/designations").then().statusCode(200).body("", empty());
        as("rongchang-clerk").get("/api/parks/" + code + "/designation-changes").then().statusCode(200)
                .body("[0].status", equalTo("REJECTED")).body("[0].rejection.province", equalTo("sichuan"));
        Map<String, Object> listed = find(every("longchang-clerk", "REJECTED"), code);
        assertEquals("sc-admin", ((Map<?, ?>) listed.get("rejection")).get("by"));

        // Rejected is decided: the same designation may be proposed again.
        propose("rongchang-clerk", code);
    }
}
