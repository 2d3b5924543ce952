package org.chuanyu.commonhandling.cases;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.Map;

import static org.chuanyu.commonhandling.cases.CaseScenarioTest.CASES;
import static org.chuanyu.commonhandling.cases.CaseScenarioTest.act;
import static org.chuanyu.jurisdiction.testing.Accounts.as;
import static org.chuanyu.commonhandling.cases.CaseScenarioTest.submit;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What someone holding the owner's credentials (who bypasses row-level security) can no longer do unseen
 * (docs/security.md, finding 9): before the chain's head and the seal, deleting the newest events, or
 * all of them, still verified, and the case's status and decision were covered by nothing.
 */
@QuarkusTest
class TimelineTamperingTest {

    @Inject
    TheOwner owner;

    @Test
    void anUntouchedTimelineVerifiesAndNamesNoProblem() {
        String number = decidedCase();
        verify(number).body("intact", equalTo(true)).body("events", equalTo(7)).body("problem", nullValue());
    }

    @Test
    void deletingTheNewestEventIsDetected() throws SQLException {
        String number = decidedCase();
        asOwner("delete from case_event where seq = 7 and case_id = (select id from case_file where number = ?)", number);
        verify(number).body("intact", equalTo(false)).body("events", equalTo(6)).body("firstBrokenSeq", equalTo(7))
                .body("problem", containsString("ends at event 7"));
    }

    @Test
    void deletingEveryEventIsDetected() throws SQLException {
        String number = decidedCase();
        asOwner("delete from case_event where case_id = (select id from case_file where number = ?)", number);
        verify(number).body("intact", equalTo(false)).body("events", equalTo(0)).body("firstBrokenSeq", equalTo(1));
    }

    @Test
    void aChangedStatusOrDecisionIsDetected() throws SQLException {
        String number = decidedCase();
        asOwner("update case_file set status = 'DENIED' where number = ?", number);
        verify(number).body("intact", equalTo(false)).body("firstBrokenSeq", nullValue())
                .body("problem", containsString("differs from what was sealed"));

        String other = decidedCase();
        asOwner("update case_file set decision_working_days = decision_working_days + 5 where number = ?", other);
        verify(other).body("intact", equalTo(false));
    }

    @Test
    void aHeadMovedBackToAShortenedChainIsDetected() throws SQLException {
        String number = decidedCase();
        asOwner("delete from case_event where seq = 7 and case_id = (select id from case_file where number = ?)", number);
        asOwner("update case_file c set timeline_seq = 6, timeline_head = (select mac from case_event e where e.case_id = c.id "
                + "and e.seq = 6) where number = ?", number);
        verify(number).body("intact", equalTo(false)).body("problem", containsString("differs from what was sealed"));
    }

    /**
     * Submitted, accepted, forwarded, in review and approved: seven events, with the two changes of light (WARNING at
     * submission, the item allowing one working day; NORMAL for the ten days of delivery).
     */
    private static String decidedCase() {
        String number = submit("linshui-clerk", "511623", "500112");
        act("linshui-clerk", number, "ACCEPT", Map.of()).statusCode(200);
        act("linshui-clerk", number, "FORWARD", Map.of()).statusCode(200);
        act("yubei-clerk", number, "START_REVIEW", Map.of()).statusCode(200);
        act("yubei-clerk", number, "APPROVE", Map.of("decisionReference", "渝北医保备〔2026〕1号")).statusCode(200);
        return number;
    }

    private static io.restassured.response.ValidatableResponse verify(String number) {
        return as("linshui-clerk").get(CASES + "/" + number + "/timeline/verify").then().log().ifValidationFails()
                .statusCode(200);
    }

    private void asOwner(String sql, String number) throws SQLException {
        assertTrue(owner.rewrite(sql, number) > 0, sql);
    }
}
