package org.chuanyu.commonhandling.catalogue;

import io.quarkus.test.junit.QuarkusTest;
import org.chuanyu.jurisdiction.time.BusinessTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.chuanyu.jurisdiction.testing.Accounts.as;
import static org.chuanyu.commonhandling.catalogue.Catalogue.ITEMS;
import static org.chuanyu.commonhandling.catalogue.Catalogue.draft;
import static org.chuanyu.commonhandling.catalogue.Catalogue.etag;
import static org.chuanyu.commonhandling.catalogue.Catalogue.item;
import static org.chuanyu.commonhandling.catalogue.Catalogue.material;
import static org.chuanyu.commonhandling.catalogue.Catalogue.proposeItem;
import static org.chuanyu.commonhandling.catalogue.Catalogue.proposeVersion;
import static org.chuanyu.commonhandling.catalogue.Catalogue.recordApproved;
import static org.chuanyu.commonhandling.catalogue.Catalogue.uniqueCode;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Bad input is a 400 naming each bad field, and changes nothing. */
@QuarkusTest
class BadCatalogueInputTest {

    /** The service's today for this test: pinned, so that no step of it straddles midnight. */
    LocalDate today;

    @BeforeEach
    void pinToday() {
        today = BusinessTime.pinTodayAtNoon();
    }

    @Test
    void timeLimitsMustBePositiveAndSane() {
        refused(d -> d.put("acceptanceWorkingDays", 0), "acceptanceWorkingDays");
        refused(d -> d.put("decisionWorkingDays", -3), "decisionWorkingDays");
        refused(d -> d.put("decisionWorkingDays", 61), "decisionWorkingDays");
        refused(d -> d.remove("acceptanceWorkingDays"), "acceptanceWorkingDays");
    }

    @Test
    void theModeMustBeOneOfTheThree() {
        refused(d -> d.put("mode", "BY_POST"), "mode");
        refused(d -> d.put("mode", ""), "mode");
    }

    @Test
    void materialCodesAreUniqueAndEveryMaterialSaysWhetherItIsMandatory() {
        refused(d -> d.put("materials", List.of(material("shenqingshu", "申请书", true),
                material("shenqingshu", "申请书副本", false))), "materials[1].code");
        refused(d -> d.put("materials", List.of(Map.of("code", "shenqingshu", "name", "申请书"))), "materials[0].mandatory");
        refused(d -> d.put("materials", List.of(material("Bad Code", "申请书", true))), "materials[0].code");
    }

    @Test
    void bothProvincesNeedACompetentDepartment() {
        refused(d -> d.put("departments", Map.of("sichuan", "四川省医疗保障局")), "departments.chongqing");
        refused(d -> d.remove("departments"), "departments");
    }

    @Test
    void theCodeMustBeALowerCaseSlug() {
        for (String code : List.of("Yidi-Jiuyi", "yidi_jiuyi", "-yidi", "异地就医", "a".repeat(65))) {
            proposeItem("sc-admin", with(code, d -> { })).then().statusCode(400)
                    .body("errors.field", equalTo(List.of("code")));
            item(code).then().statusCode(404);
        }
        proposeItem("sc-admin", with(null, d -> { })).then().statusCode(400).body("errors.field", equalTo(List.of("code")));
    }

    @Test
    void theCatalogueIsNotChangedRetroactively() {
        refused(d -> d.put("effectiveFrom", today.minusDays(1).toString()), "effectiveFrom");
    }

    @Test
    void severalMistakesAreNamedTogether() {
        String code = uniqueCode("many");
        proposeItem("sc-admin", with(code, d -> {
            d.put("acceptanceWorkingDays", 0);
            d.put("mode", "BY_POST");
            d.put("name", " ");
            d.put("batch", 0);
        })).then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://chuanyu.example/problems/validation"))
                .body("errors.field", equalTo(List.of("acceptanceWorkingDays", "batch", "mode", "name")));
        item(code).then().statusCode(404);
    }

    @Test
    void aWronglyTypedFieldIsMalformedNotAServerError() {
        String code = uniqueCode("typed");
        proposeItem("sc-admin", with(code, d -> d.put("decisionWorkingDays", "ten"))).then().statusCode(400)
                .body("errors.field", equalTo(List.of("decisionWorkingDays")));
        as("sc-admin").contentType("application/json").body("{\"code\":").post(ITEMS).then().statusCode(400);
        as("sc-admin").contentType("application/json").post(ITEMS).then().statusCode(400)
                .body("errors.field", equalTo(List.of("request")));
        item(code).then().statusCode(404);
    }

    @Test
    void aBadNewVersionChangesNothing() {
        String code = uniqueCode("badversion");
        recordApproved(code, today);
        String etag = etag(code);
        Map<String, Object> change = draft(code, today);
        change.put("decisionWorkingDays", 0);
        change.put("departments", Map.of("chongqing", "重庆市市场监督管理局"));
        proposeVersion("cq-admin", code, etag, change).then().statusCode(400)
                .body("errors.field", equalTo(List.of("decisionWorkingDays", "departments.sichuan")));
        Map<String, Object> otherCode = draft("yidi-jiuyi-beian", today);
        proposeVersion("cq-admin", code, etag, otherCode).then().statusCode(400)
                .body("errors.field", equalTo(List.of("code")));
        item(code).then().body("versions", hasSize(1)).body("pendingVersion", org.hamcrest.Matchers.nullValue());
        assertEquals(etag, etag(code));
    }

    /** Proposes a new item with one change to a valid draft: 400 naming the field, and no item recorded. */
    private void refused(Consumer<Map<String, Object>> change, String field) {
        String code = uniqueCode("bad");
        proposeItem("sc-admin", with(code, change)).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of(field)));
        item(code).then().statusCode(404);
    }

    private Map<String, Object> with(String code, Consumer<Map<String, Object>> change) {
        Map<String, Object> draft = draft(code, today);
        change.accept(draft);
        return draft;
    }
}
