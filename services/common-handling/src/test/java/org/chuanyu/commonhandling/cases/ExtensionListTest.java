package org.chuanyu.commonhandling.cases;

import io.quarkus.test.junit.QuarkusTest;
import org.chuanyu.jurisdiction.testing.Pages;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.chuanyu.commonhandling.cases.CaseScenarioTest.CASES;
import static org.chuanyu.commonhandling.cases.ClockStopsTest.inReview;
import static org.chuanyu.commonhandling.cases.ClockStopsTest.post;
import static org.chuanyu.jurisdiction.testing.Accounts.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code GET /api/common-handling/extensions}: a Linshui–Yubei food licence case whose handling side asks for ten more
 * working days is in the list of Chongqing's admin (the handling province, who decides it) while it is requested, and
 * moves to APPROVED when decided; clerks of other districts of either province never see it.
 */
@QuarkusTest
class ExtensionListTest {

    private static final String EXTENSIONS = "/api/common-handling/extensions";

    private static List<Map<String, Object>> every(String account, String status) {
        return Pages.every(() -> {
            var request = as(account).queryParam("limit", 100);
            return status == null ? request : request.queryParam("status", status);
        }, EXTENSIONS, "items");
    }

    private static Map<String, Object> find(List<Map<String, Object>> items, long id) {
        return items.stream().filter(e -> ((Number) e.get("id")).longValue() == id).findFirst().orElse(null);
    }

    @Test
    void theHandlingProvincesAdminSeesTheRequestUntilItIsDecidedAndOtherDistrictsNeverDo() {
        String number = inReview();
        int requestedBefore = every("cq-admin", "REQUESTED").size();
        int rongchangBefore = every("rongchang-clerk", null).size();
        long id = ((Number) post("yubei-clerk", CASES + "/" + number + "/extensions",
                Map.of("workingDays", 10, "reason", "需现场核查")).statusCode(201).extract().path("id")).longValue();

        List<Map<String, Object>> pending = every("cq-admin", "REQUESTED");
        assertEquals(requestedBefore + 1, pending.size(), "exactly the one asked during the test");
        Map<String, Object> seen = find(pending, id);
        assertEquals(number, seen.get("caseNumber"));
        assertEquals("shipin-jingying-xuke", seen.get("itemCode"));
        assertEquals("chongqing", seen.get("handlingProvince"));
        assertEquals("500112", seen.get("handlingDistrict"));
        assertEquals(10, seen.get("workingDays"));
        assertEquals("需现场核查", seen.get("reason"));
        assertEquals("REQUESTED", seen.get("status"));
        assertEquals("yubei-clerk", seen.get("requestedBy"));
        assertTrue(seen.get("requestedAt") != null);
        assertNull(seen.get("decidedBy"));
        // Both sides and the joint offices read the case; the accepting clerk sees its extension too.
        for (String account : List.of("linshui-clerk", "yubei-clerk", "sc-admin", "joint-office-sc", "sc-viewer")) {
            assertTrue(find(every(account, "REQUESTED"), id) != null, account);
        }
        // Clerks of another district, of either province, read neither the case nor its extension.
        for (String account : List.of("rongchang-clerk", "longchang-clerk")) {
            List<Map<String, Object>> all = every(account, null);
            assertNull(find(all, id), account);
            assertFalse(all.stream().anyMatch(e -> number.equals(e.get("caseNumber"))), account);
        }
        assertEquals(rongchangBefore, every("rongchang-clerk", null).size());

        post("cq-admin", CASES + "/" + number + "/extensions/" + id + "/approval", Map.of("approve", true))
                .statusCode(200);
        assertEquals(requestedBefore, every("cq-admin", "REQUESTED").size());
        Map<String, Object> approved = find(every("cq-admin", "APPROVED"), id);
        assertEquals("APPROVED", approved.get("status"));
        assertEquals("cq-admin", approved.get("decidedBy"));
        assertTrue(approved.get("decidedAt") != null);
    }

    @Test
    void newestFirst() {
        List<Long> ids = Pages.<Number>every(() -> as("joint-office-cq").queryParam("limit", 3), EXTENSIONS, "items.id")
                .stream().map(Number::longValue).toList();
        for (int i = 1; i < ids.size(); i++) {
            assertTrue(ids.get(i - 1) > ids.get(i), ids.toString());
        }
    }

    @Test
    void anUnknownStatusLimitOrCursorIsAProblem() {
        for (String bad : List.of("?status=PENDING", "?limit=0", "?limit=501", "?cursor=nonsense")) {
            as("cq-admin").get(EXTENSIONS + bad).then().statusCode(400)
                    .contentType("application/problem+json");
        }
        as("cq-admin").get(EXTENSIONS + "?status=rejected").then().statusCode(200);
    }
}
