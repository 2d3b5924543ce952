package org.chuanyu.commonhandling.catalogue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.chuanyu.jurisdiction.time.BusinessTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.chuanyu.commonhandling.catalogue.Catalogue.ITEMS;
import static org.chuanyu.commonhandling.catalogue.Catalogue.NON_ADMINS;
import static org.chuanyu.commonhandling.catalogue.Catalogue.approve;
import static org.chuanyu.jurisdiction.testing.Accounts.as;
import static org.chuanyu.commonhandling.catalogue.Catalogue.draft;
import static org.chuanyu.commonhandling.catalogue.Catalogue.etag;
import static org.chuanyu.commonhandling.catalogue.Catalogue.item;
import static org.chuanyu.commonhandling.catalogue.Catalogue.proposeItem;
import static org.chuanyu.commonhandling.catalogue.Catalogue.proposeVersion;
import static org.chuanyu.commonhandling.catalogue.Catalogue.recordApproved;
import static org.chuanyu.commonhandling.catalogue.Catalogue.reject;
import static org.chuanyu.commonhandling.catalogue.Catalogue.uniqueCode;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The catalogue is common to both provinces: a new item or version takes effect only with one
 * approval from each. Every test works on its own test-only item code.
 */
@QuarkusTest
class TwoProvincesApproveTheCatalogueTest {

    @Inject
    ItemCatalogue catalogue;

    /** The service's today for this test: pinned, so that no step of it straddles midnight. */
    LocalDate today;

    @BeforeEach
    void pinToday() {
        today = BusinessTime.pinTodayAtNoon();
    }

    @Test
    void oneProvinceIsNotEnoughBothPutTheItemInForce() {
        String code = uniqueCode("both");
        proposeItem("sc-admin", draft(code, today)).then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith(ITEMS + "/" + code + "/versions/1"))
                .body("status", equalTo("PENDING"))
                .body("number", equalTo(1))
                .body("approvals", hasSize(0))
                .body("awaiting", equalTo(List.of("chongqing", "sichuan")))
                .body("proposedBy", equalTo("sc-admin"))
                .body("proposedByProvince", equalTo("sichuan"));
        item(code).then().statusCode(200).body("inForce", nullValue()).body("pendingVersion", equalTo(1));
        as("yubei-clerk").queryParam("q", code).get(ITEMS).then().body("items", hasSize(0));

        approve("sc-admin", code, 1).then().statusCode(200)
                .body("status", equalTo("PENDING"))
                .body("approvals.province", equalTo(List.of("sichuan")))
                .body("awaiting", equalTo(List.of("chongqing")));
        assertTrue(catalogue.inForce(code, today).isEmpty());

        approve("cq-admin", code, 1).then().statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("approvals.province", equalTo(List.of("sichuan", "chongqing")))
                .body("approvals.approver", equalTo(List.of("sc-admin", "cq-admin")))
                .body("awaiting", equalTo(List.of()))
                .body("effectiveFrom", equalTo(today.toString()));
        item(code).then().body("inForce.number", equalTo(1)).body("pendingVersion", nullValue());
        as("yukuaiban").queryParam("q", code).get(ITEMS).then().body("items.code", equalTo(List.of(code)));
        assertEquals(1, catalogue.inForce(code, today).orElseThrow().number());
        approve("joint-office-sc", code, 1).then().statusCode(409);
    }

    @Test
    void theSameProvinceTwiceDoesNotCount() {
        String code = uniqueCode("twice");
        proposeItem("cq-admin", draft(code, today)).then().statusCode(201);
        approve("cq-admin", code, 1).then().statusCode(200);
        approve("cq-admin", code, 1).then().statusCode(409).contentType("application/problem+json");
        approve("joint-office-cq", code, 1).then().statusCode(409);
        item(code).then().body("versions[0].status", equalTo("PENDING"))
                .body("versions[0].approvals", hasSize(1))
                .body("versions[0].awaiting", equalTo(List.of("sichuan")))
                .body("inForce", nullValue());
        approve("joint-office-sc", code, 1).then().statusCode(200).body("status", equalTo("APPROVED"));
    }

    @Test
    void clerksViewersAndExternalSystemsCannotProposeApproveOrReject() {
        String code = uniqueCode("clerk");
        for (String account : NON_ADMINS) {
            proposeItem(account, draft(code, today)).then().statusCode(403).contentType("application/problem+json");
        }
        item(code).then().statusCode(404);
        proposeItem("sc-admin", draft(code, today)).then().statusCode(201);
        String etag = etag(code);
        for (String account : NON_ADMINS) {
            approve(account, code, 1).then().statusCode(403);
            reject(account, code, 1, "不同意").then().statusCode(403);
            proposeVersion(account, code, etag, draft(code, today)).then().statusCode(403);
        }
        item(code).then().body("versions[0].status", equalTo("PENDING")).body("versions[0].approvals", hasSize(0));
        assertEquals(etag, etag(code));
    }

    @Test
    void anUnknownItemOrVersionIsNotFoundBeforeAnythingElse() {
        proposeVersion("linshui-clerk", "test-no-such-item", null, Map.of()).then().statusCode(404);
        approve("linshui-clerk", "test-no-such-item", 1).then().statusCode(404);
        reject("sc-admin", "test-no-such-item", 1, "").then().statusCode(404);
        approve("sc-admin", "yidi-jiuyi-beian", 99).then().statusCode(404);
        as("sc-admin").get(ITEMS + "/yidi-jiuyi-beian/versions/99").then().statusCode(404);
    }

    @Test
    void aNewVersionEffectiveInTheFutureLeavesTheCurrentOneInForce() {
        String code = uniqueCode("future");
        recordApproved(code, today);
        LocalDate later = today.plusDays(30);
        Map<String, Object> change = draft(code, today);
        change.remove("code");
        change.put("decisionWorkingDays", 3);
        change.put("effectiveFrom", later.toString());

        proposeVersion("cq-admin", code, null, change).then().statusCode(428);
        proposeVersion("cq-admin", code, "\"0\"", change).then().statusCode(412);
        String etag = etag(code);
        proposeVersion("cq-admin", code, etag, change).then().statusCode(201)
                .body("number", equalTo(2)).body("status", equalTo("PENDING"));
        assertNotEquals(etag, etag(code));
        proposeVersion("sc-admin", code, etag(code), change).then().statusCode(409);

        approve("joint-office-cq", code, 2).then().statusCode(200).body("status", equalTo("PENDING"));
        approve("joint-office-sc", code, 2).then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("effectiveFrom", equalTo(later.toString()));

        item(code).then().body("inForce.number", equalTo(1)).body("inForce.decisionWorkingDays", equalTo(5))
                .body("versions.status", equalTo(List.of("APPROVED", "APPROVED")));
        as("sc-viewer").queryParam("q", code).queryParam("asOf", later.toString()).get(ITEMS).then()
                .body("items.number", equalTo(List.of(2)));
        assertEquals(1, catalogue.inForce(code, today).orElseThrow().number());
        assertEquals(1, catalogue.inForce(code, later.minusDays(1)).orElseThrow().number());
        assertEquals(3, catalogue.inForce(code, later).orElseThrow().decisionWorkingDays());
        assertEquals(5, catalogue.version(code, 1).orElseThrow().decisionWorkingDays());

        Map<String, Object> earlier = draft(code, today);
        earlier.put("effectiveFrom", later.minusDays(1).toString());
        proposeVersion("sc-admin", code, etag(code), earlier).then().statusCode(400)
                .body("errors.field", equalTo(List.of("effectiveFrom")));
    }

    @Test
    void aNewItemEffectiveInTheFutureIsNotInForceToday() {
        String code = uniqueCode("later");
        LocalDate later = today.plusDays(10);
        recordApproved(code, later);
        item(code).then().body("inForce", nullValue()).body("versions[0].status", equalTo("APPROVED"));
        as("sc-viewer").queryParam("q", code).get(ITEMS).then().body("items", hasSize(0));
        assertTrue(catalogue.inForce(code, today).isEmpty());
        assertEquals(later, catalogue.inForce(code, later).orElseThrow().effectiveFrom());
    }

    @Test
    void eitherProvinceMayRejectAndTheCatalogueStaysAsItIs() {
        String code = uniqueCode("reject");
        recordApproved(code, today);
        Map<String, Object> change = draft(code, today);
        change.put("name", "改名后的事项");
        proposeVersion("sc-admin", code, etag(code), change).then().statusCode(201);
        approve("sc-admin", code, 2).then().statusCode(200);

        reject("cq-admin", code, 2, " ").then().statusCode(400).body("errors.field", equalTo(List.of("reason")));
        reject("cq-admin", code, 2, "名称需两地共同核定").then().statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("rejection.by", equalTo("cq-admin"))
                .body("rejection.province", equalTo("chongqing"))
                .body("rejection.reason", equalTo("名称需两地共同核定"))
                .body("awaiting", equalTo(List.of()));
        approve("cq-admin", code, 2).then().statusCode(409);
        reject("sc-admin", code, 2, "再次").then().statusCode(409);
        item(code).then().body("inForce.number", equalTo(1))
                .body("inForce.name", not(equalTo("改名后的事项")))
                .body("versions.status", equalTo(List.of("APPROVED", "REJECTED")))
                .body("pendingVersion", nullValue());
        assertEquals("测试事项 " + code, catalogue.inForce(code, today).orElseThrow().name());

        proposeVersion("sc-admin", code, etag(code), change).then().statusCode(201).body("number", equalTo(3));
    }

    @Test
    void aProposedCodeThatExistsIsAConflict() {
        proposeItem("sc-admin", draft("yidi-jiuyi-beian", today)).then().statusCode(409);
        item("yidi-jiuyi-beian").then().body("versions.status", not(hasItem("PENDING")));
    }
}
