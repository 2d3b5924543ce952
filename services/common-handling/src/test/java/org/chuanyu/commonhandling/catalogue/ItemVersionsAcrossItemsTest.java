package org.chuanyu.commonhandling.catalogue;

import io.quarkus.test.junit.QuarkusTest;
import org.chuanyu.jurisdiction.testing.Pages;
import org.chuanyu.jurisdiction.time.BusinessTime;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.chuanyu.commonhandling.catalogue.Catalogue.ACCOUNTS;
import static org.chuanyu.commonhandling.catalogue.Catalogue.ITEMS;
import static org.chuanyu.commonhandling.catalogue.Catalogue.approve;
import static org.chuanyu.commonhandling.catalogue.Catalogue.draft;
import static org.chuanyu.commonhandling.catalogue.Catalogue.proposeItem;
import static org.chuanyu.commonhandling.catalogue.Catalogue.reject;
import static org.chuanyu.commonhandling.catalogue.Catalogue.uniqueCode;
import static org.chuanyu.jurisdiction.testing.Accounts.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code GET /api/common-handling/items/versions}: the versions of every item in one list, so that what waits for a
 * province's approval is found without reading each item. Two test-only items: one waits for Chongqing after
 * Sichuan approved, the other was rejected.
 */
@QuarkusTest
class ItemVersionsAcrossItemsTest {

    private static final String VERSIONS = ITEMS + "/versions";

    private static List<Map<String, Object>> every(String account, String status) {
        return Pages.every(() -> as(account).queryParam("limit", 200).queryParam("status", status), VERSIONS, "items");
    }

    private static Map<String, Object> of(List<Map<String, Object>> versions, String code) {
        return versions.stream().filter(v -> code.equals(v.get("code"))).findFirst().orElse(null);
    }

    @Test
    void pendingVersionsOfEveryItemWithWhomTheyAwaitAndRejectedOnesApart() {
        LocalDate today = BusinessTime.pinTodayAtNoon();
        int pendingBefore = every("cq-admin", "PENDING").size();
        String waiting = uniqueCode("inbox-waiting");
        String turnedDown = uniqueCode("inbox-rejected");
        proposeItem("sc-admin", draft(waiting, today)).then().statusCode(201);
        proposeItem("sc-admin", draft(turnedDown, today)).then().statusCode(201);
        approve("sc-admin", waiting, 1).then().statusCode(200);
        reject("cq-admin", turnedDown, 1, "目录口径待统一").then().statusCode(200);

        List<Map<String, Object>> pending = every("cq-admin", "PENDING");
        assertEquals(pendingBefore + 1, pending.size(), "the one left waiting during the test");
        Map<String, Object> w = of(pending, waiting);
        assertEquals(1, w.get("number"));
        assertEquals(List.of("chongqing"), w.get("awaiting"));
        assertEquals("sc-admin", w.get("proposedBy"));
        assertEquals(null, of(pending, turnedDown));

        Map<String, Object> r = of(every("sc-admin", "REJECTED"), turnedDown);
        assertEquals("REJECTED", r.get("status"));
        assertEquals(Map.of("by", "cq-admin", "province", "chongqing", "reason", "目录口径待统一"), r.get("rejection"));

        // Reference data: every account reads the same list, external systems too.
        for (String account : ACCOUNTS) {
            assertTrue(of(every(account, "PENDING"), waiting) != null, account);
        }
        reject("cq-admin", waiting, 1, "测试结束").then().statusCode(200);
        assertEquals(pendingBefore, every("cq-admin", "PENDING").size());
    }

    @Test
    void newestProposalFirstWithoutAStatus() {
        LocalDate today = BusinessTime.pinTodayAtNoon();
        String older = uniqueCode("inbox-older");
        String newer = uniqueCode("inbox-newer");
        proposeItem("cq-admin", draft(older, today)).then().statusCode(201);
        proposeItem("cq-admin", draft(newer, today)).then().statusCode(201);
        List<String> codes = Pages.every(() -> as("sc-viewer").queryParam("limit", 500), VERSIONS, "items.code");
        assertTrue(codes.indexOf(newer) >= 0 && codes.indexOf(newer) < codes.indexOf(older), "newer first");
        reject("sc-admin", older, 1, "测试结束").then().statusCode(200);
        reject("sc-admin", newer, 1, "测试结束").then().statusCode(200);
    }

    @Test
    void anUnknownStatusOrLimitIsAProblemAndNoItemIsCalledVersions() {
        for (String bad : List.of("?status=WAITING", "?limit=0", "?limit=501")) {
            as("sc-admin").get(VERSIONS + bad).then().statusCode(400).contentType("application/problem+json");
        }
        proposeItem("sc-admin", draft("versions", BusinessTime.pinTodayAtNoon())).then().statusCode(400);
    }
}
