package org.chuanyu.parks.indicators;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.chuanyu.jurisdiction.testing.Accounts.as;

/** Viewers read and never write; an admin who may write the park locks a reviewed year for good. */
@QuarkusTest
class ViewersAndLockingTest {

    static final String LINSHUI = "ind-lock-linshui";
    static final String YUBEI = "ind-lock-yubei";
    static final String GAOZHU = "ind-lock-gaozhu";
    static final String CHENGDU = "ind-lock-chengdu";
    static final String REPORT = "{\"enterprisesSettled\": 40, \"highTechEnterprises\": 7, \"source\": \"季度报表\"}";

    @Inject
    TestParks parks;

    @BeforeEach
    void parksInBothProvincesAndGaozhu() {
        parks.replace("ind-lock-",
                TestParks.Spec.of(LINSHUI, "sichuan", "511623"),
                TestParks.Spec.of(YUBEI, "chongqing", "500112"),
                new TestParks.Spec(GAOZHU, "chongqing", "500112", "gaozhu"),
                TestParks.Spec.of(CHENGDU, "sichuan", "510107"));
    }

    static String url(String park, int year) {
        return "/api/parks/" + park + "/indicators/" + year;
    }

    @Test
    void sichuanViewerReadsALinshuiParkButCannotReport() {
        as("linshui-clerk").body(REPORT).put(url(LINSHUI, 2022)).then().statusCode(201);

        as("sc-viewer").get(url(LINSHUI, 2022)).then().statusCode(200).body("enterprisesSettled", equalTo(40));
        as("sc-viewer").header("If-Match", "\"0\"").body(REPORT).put(url(LINSHUI, 2022))
                .then().statusCode(403).contentType("application/problem+json");
        // Visible but not writable: 403 comes before anything is said about the body.
        as("sc-viewer").body("not json").put(url(LINSHUI, 2023)).then().statusCode(403);
        assertEquals(0L, parks.version(LINSHUI, 2022));
    }

    @Test
    void chongqingAdminLocksAYearAndAmendmentsThenAnswer409() {
        as("yubei-clerk").body(REPORT).put(url(YUBEI, 2022)).then().statusCode(201);

        as("cq-admin").header("If-Match", "\"0\"").post(url(YUBEI, 2022) + "/lock")
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("locked", equalTo(true))
                .body("lockedBy", equalTo("cq-admin"))
                .body("lockedAt", endsWith("+08:00"));

        as("yubei-clerk").header("If-Match", "\"1\"").body(REPORT.replace("40", "41")).put(url(YUBEI, 2022))
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", notNullValue());
        as("cq-admin").header("If-Match", "\"1\"").body(REPORT.replace("40", "41")).put(url(YUBEI, 2022))
                .then().statusCode(409);
        as("yubei-clerk").get(url(YUBEI, 2022)).then().body("enterprisesSettled", equalTo(40));
        assertEquals(0L, parks.revisions(YUBEI, 2022));
    }

    @Test
    void aLockedYearCannotBeLockedAgain() {
        as("yubei-clerk").body(REPORT).put(url(YUBEI, 2022)).then().statusCode(201);
        as("cq-admin").header("If-Match", "\"0\"").post(url(YUBEI, 2022) + "/lock").then().statusCode(200);

        as("cq-admin").header("If-Match", "\"1\"").post(url(YUBEI, 2022) + "/lock").then().statusCode(409);
    }

    @Test
    void aClerkCannotLock() {
        as("yubei-clerk").body(REPORT).put(url(YUBEI, 2022)).then().statusCode(201);

        as("yubei-clerk").header("If-Match", "\"0\"").post(url(YUBEI, 2022) + "/lock")
                .then().statusCode(403).contentType("application/problem+json");
        as("yubei-clerk").get(url(YUBEI, 2022)).then().body("locked", equalTo(false));
    }

    @Test
    void lockingNeedsTheReviewedVersion() {
        as("yubei-clerk").body(REPORT).put(url(YUBEI, 2022)).then().statusCode(201);
        as("yubei-clerk").header("If-Match", "\"0\"").body(REPORT.replace("40", "42")).put(url(YUBEI, 2022))
                .then().statusCode(200);

        as("cq-admin").post(url(YUBEI, 2022) + "/lock").then().statusCode(428);
        as("cq-admin").header("If-Match", "\"0\"").post(url(YUBEI, 2022) + "/lock").then().statusCode(412);
        as("cq-admin").post(url(YUBEI, 2023) + "/lock").then().statusCode(404);
    }

    @Test
    void aSichuanAdminCannotSeeAChongqingParkToLockIt() {
        as("yubei-clerk").body(REPORT).put(url(YUBEI, 2022)).then().statusCode(201);

        as("sc-admin").header("If-Match", "\"0\"").post(url(YUBEI, 2022) + "/lock").then().statusCode(404);
    }

    @Test
    void theJointOfficeLocksGaozhuParksButOnlyReadsTheRest() {
        as("yubei-clerk").body(REPORT).put(url(GAOZHU, 2022)).then().statusCode(201);
        as("linshui-clerk").body(REPORT).put(url(LINSHUI, 2022)).then().statusCode(201);

        as("joint-office-sc").header("If-Match", "\"0\"").post(url(GAOZHU, 2022) + "/lock")
                .then().statusCode(200).body("lockedBy", equalTo("joint-office-sc"));
        as("joint-office-sc").get(url(LINSHUI, 2022)).then().statusCode(200);
        as("joint-office-sc").header("If-Match", "\"0\"").post(url(LINSHUI, 2022) + "/lock").then().statusCode(403);
        as("joint-office-sc").body(REPORT).put(url(CHENGDU, 2022)).then().statusCode(403);
    }
}
