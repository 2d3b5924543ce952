package org.chuanyu.commonhandling.catalogue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.chuanyu.jurisdiction.caller.Province;
import org.chuanyu.jurisdiction.web.BusinessDates;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the cases read: the version in force when a case starts, and that version again later. */
@QuarkusTest
class ItemCatalogueJavaApiTest {

    @Inject
    ItemCatalogue catalogue;

    @Test
    void aCaseStartedIn2022KeepsTheFoodLicenceVersionItStartedWith() {
        ItemVersionView started = catalogue.inForce("shipin-jingying-xuke", LocalDate.of(2022, 3, 15)).orElseThrow();
        assertEquals(1, started.number());
        assertEquals(20, started.decisionWorkingDays());

        ItemVersionView now = catalogue.inForce("shipin-jingying-xuke", LocalDate.now(BusinessDates.ZONE)).orElseThrow();
        assertEquals(2, now.number());
        assertEquals(10, now.decisionWorkingDays());

        ItemVersionView kept = catalogue.version("shipin-jingying-xuke", started.number()).orElseThrow();
        assertEquals(started, kept);
    }

    @Test
    void theViewCarriesWhatACaseNeeds() {
        ItemVersionView v = catalogue.inForce("qiye-zhusuo-biangeng", LocalDate.now(BusinessDates.ZONE)).orElseThrow();
        assertEquals(HandlingMode.PROXY_ACCEPTANCE, v.mode());
        assertEquals(VersionStatus.APPROVED, v.status());
        assertEquals(1, v.acceptanceWorkingDays());
        assertEquals(3, v.decisionWorkingDays());
        assertEquals("重庆市市场监督管理局", v.departmentIn(Province.CHONGQING));
        assertEquals("四川省市场监督管理局", v.departments().sichuan());
        assertEquals(List.of("biangeng-shenqingshu", "zhusuo-zhengming", "gudonghui-jueyi", "yingye-zhizhao"),
                v.materials().stream().map(RequiredMaterial::code).toList());
        assertFalse(v.materials().get(3).mandatory());
        assertEquals(List.of("sichuan", "chongqing"), v.approvals().stream().map(ItemVersionView.ApprovalView::province).toList());
    }

    @Test
    void nothingIsInForceBeforeGoLiveOrForAnUnknownItem() {
        assertTrue(catalogue.inForce("yidi-jiuyi-beian", LocalDate.of(2020, 9, 30)).isEmpty());
        assertEquals(1, catalogue.inForce("yidi-jiuyi-beian", LocalDate.of(2020, 10, 1)).orElseThrow().number());
        assertTrue(catalogue.inForce("test-no-such-item", LocalDate.now(BusinessDates.ZONE)).isEmpty());
        assertTrue(catalogue.version("yidi-jiuyi-beian", 99).isEmpty());
    }
}
