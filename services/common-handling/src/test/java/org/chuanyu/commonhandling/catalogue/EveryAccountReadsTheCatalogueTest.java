package org.chuanyu.commonhandling.catalogue;

import io.quarkus.test.junit.QuarkusTest;
import org.chuanyu.jurisdiction.testing.Pages;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.chuanyu.commonhandling.catalogue.Catalogue.ACCOUNTS;
import static org.chuanyu.commonhandling.catalogue.Catalogue.ITEMS;
import static org.chuanyu.jurisdiction.testing.Accounts.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The catalogue is reference data: every account of either province, and both external systems, reads it. */
@QuarkusTest
class EveryAccountReadsTheCatalogueTest {

    static final List<String> SEEDED = List.of("budongchan-ziliao-chaxun", "chusheng-yixue-zhengming",
            "geti-gongshanghu-sheli", "gongjijin-zhuanyi-jiexu", "hukou-qianyi", "jiashizheng-buhuan",
            "qiye-zhusuo-biangeng", "shebao-guanxi-zhuanyi", "shipin-jingying-xuke", "yanglao-zige-renzheng",
            "yidi-jiuyi-beian", "zhiye-zige-hecha");

    @Test
    void everyAccountListsTheSeededItems() {
        for (String account : ACCOUNTS) {
            List<Map<String, Object>> items = Pages.every(() -> as(account).queryParam("limit", 500), ITEMS, "items");
            assertTrue(items.stream().map(i -> i.get("code")).toList().containsAll(SEEDED), account);
            assertTrue(items.stream().allMatch(i -> "APPROVED".equals(i.get("status"))), account);
            as(account).get(ITEMS + "/yidi-jiuyi-beian").then().statusCode(200)
                    .header("ETag", notNullValue())
                    .body("inForce.name", equalTo("异地就医备案"))
                    .body("inForce.mode", equalTo("FULLY_ONLINE"))
                    .body("versions.approvals[0].approver", equalTo(List.of("seed", "seed")))
                    .body("versions.approvals[0].province", equalTo(List.of("sichuan", "chongqing")));
        }
    }

    @Test
    void aClerkOpensTheFoodLicenceAndSeesBothVersions() {
        as("yubei-clerk").get(ITEMS + "/shipin-jingying-xuke").then().statusCode(200)
                .body("inForce.number", equalTo(2))
                .body("inForce.decisionWorkingDays", equalTo(10))
                .body("pendingVersion", nullValue())
                .body("versions.number", equalTo(List.of(1, 2)))
                .body("versions.status", equalTo(List.of("APPROVED", "APPROVED")))
                .body("versions[0].decisionWorkingDays", equalTo(20))
                .body("versions[0].effectiveFrom", equalTo("2021-06-01"))
                .body("inForce.departments.chongqing", equalTo("重庆市市场监督管理局"));
        as("linshui-clerk").get(ITEMS + "/shipin-jingying-xuke/versions/1").then().statusCode(200)
                .body("materials.mandatory", equalTo(List.of(true, true, true, false, false)));
    }

    @Test
    void theSeedCoversEveryModeAndSupplementableMaterials() {
        for (String mode : List.of("FULLY_ONLINE", "PROXY_ACCEPTANCE", "JOINT_HANDLING")) {
            as("sc-viewer").queryParam("mode", mode).get(ITEMS).then().statusCode(200)
                    .body("items.mode", everyItem(equalTo(mode)))
                    .body("items.size()", org.hamcrest.Matchers.greaterThanOrEqualTo(3));
        }
        as("sc-viewer").get(ITEMS + "/qiye-zhusuo-biangeng").then()
                .body("inForce.mode", equalTo("PROXY_ACCEPTANCE"))
                .body("inForce.materials.mandatory", hasItems(true, false));
    }

    @Test
    void filtersByBatchAndText() {
        as("cq-admin").queryParam("batch", 3).get(ITEMS).then().statusCode(200)
                .body("items.code", hasItems("chusheng-yixue-zhengming", "budongchan-ziliao-chaxun"))
                .body("items.batch", everyItem(equalTo(3)));
        as("cq-admin").queryParam("q", "就医").get(ITEMS).then().statusCode(200)
                .body("items.code", equalTo(List.of("yidi-jiuyi-beian")));
        as("cq-admin").queryParam("q", "DRIVING").get(ITEMS).then().statusCode(200)
                .body("items.code", equalTo(List.of("jiashizheng-buhuan")));
        as("cq-admin").queryParam("q", "shipin").queryParam("asOf", "2022-01-01").get(ITEMS).then().statusCode(200)
                .body("items[0].number", equalTo(1));
        as("cq-admin").queryParam("asOf", "2019-01-01").get(ITEMS).then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void pagesFollowTheCodeWithoutGapsOrRepeats() {
        List<String> codes = Pages.every(() -> as("rongchang-clerk").queryParam("limit", 5), ITEMS, "items.code");
        assertEquals(codes.stream().sorted().distinct().toList(), codes);
        assertTrue(codes.containsAll(SEEDED));
    }

    @Test
    void badFiltersAreNamed() {
        as("sc-viewer").queryParam("mode", "BY_POST").get(ITEMS).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", equalTo(List.of("mode")));
        as("sc-viewer").queryParam("batch", "first").get(ITEMS).then().statusCode(400).body("errors.field", equalTo(List.of("batch")));
        as("sc-viewer").queryParam("limit", 0).get(ITEMS).then().statusCode(400).body("errors.field", equalTo(List.of("limit")));
        as("sc-viewer").queryParam("cursor", "@@").get(ITEMS).then().statusCode(400).body("errors.field", equalTo(List.of("cursor")));
        as("sc-viewer").get(ITEMS + "/no-such-item").then().statusCode(404).contentType("application/problem+json");
    }
}
