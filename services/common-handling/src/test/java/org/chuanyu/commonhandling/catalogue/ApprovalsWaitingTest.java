package org.chuanyu.commonhandling.catalogue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.chuanyu.jurisdiction.approval.ApprovalsWaiting;
import org.chuanyu.jurisdiction.time.BusinessTime;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.chuanyu.commonhandling.catalogue.Catalogue.draft;
import static org.chuanyu.commonhandling.catalogue.Catalogue.proposeItem;
import static org.chuanyu.commonhandling.catalogue.Catalogue.uniqueCode;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code approvals_waiting} counts what waits for each province (docs/operations.md, "Meters"): a proposed catalogue
 * version waits for both, and once Sichuan approves it waits for Chongqing alone.
 */
@QuarkusTest
class ApprovalsWaitingTest {

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @Inject
    ApprovalsWaiting approvalsWaiting;

    private double waiting(String province) {
        approvalsWaiting.read();
        String body = given().get(metrics).then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("(?m)^approvals_waiting\\{kind=\"catalogue-version\",province=\"" + province
                + "\"} ([0-9.E+-]+)$").matcher(body);
        assertEquals(true, m.find(), "approvals_waiting for catalogue-version/" + province + " in:\n" + body);
        return Double.parseDouble(m.group(1));
    }

    @Test
    void aProposedVersionWaitsForBothProvincesThenForTheOneThatHasNotApproved() {
        LocalDate today = BusinessTime.pinTodayAtNoon();
        double sichuan = waiting("sichuan");
        double chongqing = waiting("chongqing");
        String code = uniqueCode("waiting");
        proposeItem("sc-admin", draft(code, today)).then().statusCode(201);
        assertEquals(sichuan + 1, waiting("sichuan"));
        assertEquals(chongqing + 1, waiting("chongqing"));

        Catalogue.approve("sc-admin", code, 1).then().statusCode(200);
        assertEquals(sichuan, waiting("sichuan"));
        assertEquals(chongqing + 1, waiting("chongqing"));
    }
}
