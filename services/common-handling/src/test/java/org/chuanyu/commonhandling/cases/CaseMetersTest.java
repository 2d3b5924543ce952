package org.chuanyu.commonhandling.cases;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.chuanyu.jurisdiction.testing.Accounts;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The operators' meters count what committed (docs/operations.md, "Meters"): a submission counts for both sides,
 * an acceptance too, a refused transition counts nothing, and a replayed submission counts as a replay, not a case.
 */
@QuarkusTest
class CaseMetersTest {

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    private double value(String series) {
        String body = given().get(metrics).then().statusCode(200).extract().asString();
        // A counter's line may end in an exemplar (" # {span_id=…,trace_id=…} 1.0 …"): the trace that last counted.
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " ([0-9.E+-]+)(?: #.*)?$").matcher(body);
        if (!m.find() && body.contains(series)) {
            throw new AssertionError("unreadable series line: " + body.lines().filter(l -> l.startsWith(series))
                    .findFirst().orElse(""));
        }
        return m.find(0) ? Double.parseDouble(m.group(1)) : 0;
    }

    private static String events(String milestone, String province, String side) {
        return "cases_events_total{milestone=\"" + milestone + "\",province=\"" + province + "\",side=\"" + side + "\"}";
    }

    @Test
    void submissionsAndAcceptancesCountForBothSidesOnceCommitted() {
        double submittedSc = value(events("submitted", "sichuan", "accepting"));
        double submittedCq = value(events("submitted", "chongqing", "handling"));
        double accepted = value(events("accepted", "sichuan", "accepting"));

        String number = CaseScenarioTest.submit("linshui-clerk", "511623", "500112");
        assertEquals(submittedSc + 1, value(events("submitted", "sichuan", "accepting")));
        assertEquals(submittedCq + 1, value(events("submitted", "chongqing", "handling")));

        CaseScenarioTest.act("yubei-clerk", number, "ACCEPT", Map.of()).statusCode(409);
        assertEquals(accepted, value(events("accepted", "sichuan", "accepting")), "a refused transition counts nothing");
        CaseScenarioTest.act("linshui-clerk", number, "ACCEPT", Map.of()).statusCode(200);
        assertEquals(accepted + 1, value(events("accepted", "sichuan", "accepting")));
    }

    @Test
    void aReplayedSubmissionIsAReplayNotACase() {
        String key = "meters-" + System.nanoTime();
        double replays = value("cases_submissions_replayed_total");
        double submitted = value(events("submitted", "sichuan", "accepting"));
        for (int i = 0; i < 2; i++) {
            Accounts.as("tianfu-tongban").header("Idempotency-Key", key)
                    .body(CaseScenarioTest.submission("511623", "511623")).post(CaseScenarioTest.CASES)
                    .then().statusCode(i == 0 ? 201 : 200);
        }
        assertEquals(replays + 1, value("cases_submissions_replayed_total"));
        assertEquals(submitted + 1, value(events("submitted", "sichuan", "accepting")));
    }

    @Test
    void theOverdueBacklogIsAGaugePerProvinceAndSide() {
        String body = given().get(metrics).then().statusCode(200).extract().asString();
        for (String province : new String[] {"sichuan", "chongqing"}) {
            for (String side : new String[] {"accepting", "handling"}) {
                assertEquals(true, body.contains("cases_overdue{province=\"" + province + "\",side=\"" + side + "\"}"),
                        "cases_overdue for " + province + "/" + side);
            }
        }
    }
}
