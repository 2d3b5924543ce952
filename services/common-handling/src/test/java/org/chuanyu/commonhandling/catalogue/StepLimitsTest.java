package org.chuanyu.commonhandling.catalogue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.chuanyu.commonhandling.cases.SupervisionWatch;
import org.chuanyu.jurisdiction.time.BusinessTime;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import static org.chuanyu.commonhandling.catalogue.Catalogue.approve;
import static org.chuanyu.commonhandling.catalogue.Catalogue.draft;
import static org.chuanyu.commonhandling.catalogue.Catalogue.item;
import static org.chuanyu.commonhandling.catalogue.Catalogue.proposeItem;
import static org.chuanyu.commonhandling.catalogue.Catalogue.uniqueCode;
import static org.chuanyu.jurisdiction.testing.Accounts.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/**
 * Promised step limits (承诺时限) in the catalogue, approved by both provinces, and the yellow card they make possible:
 * an item promising intake in 2 working days of the 5 the law allows, filed on Monday 2 November 2026.
 */
@QuarkusTest
class StepLimitsTest {

    @Inject
    SupervisionWatch watch;

    static String instant(String isoWithOffset) {
        return OffsetDateTime.parse(isoWithOffset).toInstant().toString();
    }

    static Map<String, Object> promising(String code, LocalDate from, Map<String, Object> steps) {
        Map<String, Object> d = draft(code, from);
        d.put("acceptanceWorkingDays", 5);
        d.put("decisionWorkingDays", 10);
        d.put("stepLimits", steps);
        return d;
    }

    @Test
    void aPromiseLongerThanTheLawOrNotPositiveIsRefused() {
        LocalDate today = BusinessTime.pinTodayAtNoon();
        String code = uniqueCode("steps-bad");
        proposeItem("sc-admin", promising(code, today, Map.of("intake", 6, "decision", 0, "delivery", 11))).then()
                .statusCode(400).body("errors.field", hasItem("stepLimits.intake"))
                .body("errors.field", hasItem("stepLimits.decision")).body("errors.field", hasItem("stepLimits.delivery"));
        item(code).then().statusCode(404);
        // Found by the schema fuzzer: a promise beside a missing statutory limit was a 500.
        Map<String, Object> missing = promising(code, today, Map.of("intake", 1, "decision", 1));
        missing.remove("acceptanceWorkingDays");
        missing.remove("decisionWorkingDays");
        proposeItem("sc-admin", missing).then().statusCode(400)
                .body("errors.field", hasItem("acceptanceWorkingDays")).body("errors.field", hasItem("decisionWorkingDays"));
        item(code).then().statusCode(404);
    }

    @Test
    void passingThePromisedIntakeShowsAYellowCardBeforeTheStatutoryRedOne() {
        BusinessTime.pinAt("2026-11-02T09:00:00+08:00");
        String code = uniqueCode("steps");
        proposeItem("sc-admin", promising(code, LocalDate.of(2026, 11, 2), Map.of("intake", 2, "delivery", 3)))
                .then().statusCode(201);
        approve("sc-admin", code, 1).then().statusCode(200);
        approve("cq-admin", code, 1).then().statusCode(200)
                .body("stepLimits.intake", equalTo(2)).body("stepLimits.decision", nullValue())
                .body("stepLimits.delivery", equalTo(3));

        String number = as("linshui-clerk").body(Map.of("itemCode", code,
                        "applicant", Map.of("kind", "PERSON", "name", "张三", "idNumber", "511623199001011238"),
                        "acceptingDistrict", "511623", "handlingDistrict", "500112"))
                .post("/api/common-handling/cases").then().statusCode(201)
                // Promised by the end of Wednesday 4 November; by law by the end of Monday 9 November.
                .body("supervision.stepDue", equalTo(instant("2026-11-05T00:00+08:00")))
                .body("acceptanceDue", equalTo(instant("2026-11-10T00:00+08:00")))
                .body("supervision.level", equalTo("NORMAL")).extract().path("number");
        String path = "/api/common-handling/cases/" + number;

        BusinessTime.pinAt("2026-11-04T10:00:00+08:00");
        watch.scan();
        as("linshui-clerk").get(path).then().body("supervision.level", equalTo("WARNING"));
        BusinessTime.pinAt("2026-11-05T10:00:00+08:00");
        watch.scan();
        as("linshui-clerk").get(path).then().body("supervision.level", equalTo("YELLOW"))
                .body("supervision.reason", equalTo("the intake step's own limit has passed"));
        as("yubei-clerk").get("/api/common-handling/supervision?from=2026-11-02&to=2026-11-02").then().statusCode(200)
                .body("flagged.find { it.number == '" + number + "' }.level", equalTo("YELLOW"));
        BusinessTime.pinAt("2026-11-10T00:30:00+08:00");
        watch.scan();
        as("linshui-clerk").get(path).then().body("supervision.level", equalTo("RED"));
        as("linshui-clerk").get(path + "/timeline").then()
                .body("findAll { it.action == 'SUPERVISION' }.comment", contains(
                        "NORMAL → WARNING: time passed a limit", "WARNING → YELLOW: time passed a limit",
                        "YELLOW → RED: time passed a limit"));
    }
}
