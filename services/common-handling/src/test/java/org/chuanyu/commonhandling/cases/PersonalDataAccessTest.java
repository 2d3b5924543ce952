package org.chuanyu.commonhandling.cases;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.SQLException;
import java.util.List;

import static org.chuanyu.commonhandling.cases.CaseScenarioTest.CASES;
import static org.chuanyu.commonhandling.cases.CaseScenarioTest.PERSON_ID;
import static org.chuanyu.jurisdiction.testing.Accounts.as;
import static org.chuanyu.commonhandling.cases.CaseScenarioTest.submit;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Who saw personal data (docs/common-handling.md, "Who saw personal data"): every answer that shows a resident ID
 * number or contact unmasked is on record, without the identifier, and a province-admin reads the record of its
 * own province's cases only.
 */
@QuarkusTest
class PersonalDataAccessTest {

    static final String LOG = "/api/common-handling/personal-data-access";
    static final String CONTACT = "13800000000";

    @Test
    void aClerksFullViewIsRecordedAndBothProvincesOfTheCaseReadIt() {
        String number = submit("linshui-clerk", "511623", "500112");
        as("linshui-clerk").get(CASES + "/" + number).then().statusCode(200).body("applicant.idNumber", equalTo(PERSON_ID));

        Response sichuan = entries("sc-admin", number);
        assertThat(sichuan.jsonPath().getList("items.actor"), hasItem("linshui-clerk"));
        assertThat(sichuan.jsonPath().getList("items.realm"), everyItem(equalTo("sichuan")));
        assertEquals(List.of("idNumber", "contact"), sichuan.jsonPath().getList("items[0].fields"));
        assertEquals(2, sichuan.jsonPath().getList("items").size(), "the submission's answer and the read");
        assertThat(sichuan.asString(), not(containsString(PERSON_ID)));
        assertThat(sichuan.asString(), not(containsString(CONTACT)));
        assertEquals(2, entries("cq-admin", number).jsonPath().getList("items").size(), "the handling province reads it too");
    }

    @Test
    void theOtherProvinceSeesNothingOfACaseThatIsNotItsOwn() {
        String number = submit("linshui-clerk", "511623", "511623");
        as("linshui-clerk").get(CASES + "/" + number).then().statusCode(200);
        assertEquals(2, entries("sc-admin", number).jsonPath().getList("items").size());
        entries("cq-admin", number).then().body("items", empty());
        as("cq-admin").queryParam("limit", 500).get(LOG).then().statusCode(200)
                .body("items.caseNumber", not(hasItem(number)));
    }

    @Test
    void aMaskedViewIsNotRecorded() {
        String number = submit("linshui-clerk", "511623", "511623");
        int before = entries("sc-admin", number).jsonPath().getList("items").size();
        as("sc-viewer").get(CASES + "/" + number).then().statusCode(200).body("applicant.idNumber", not(equalTo(PERSON_ID)));
        as("linshui-clerk").queryParam("q", number).get(CASES).then().statusCode(200);
        Response after = entries("sc-admin", number);
        assertEquals(before, after.jsonPath().getList("items").size(), after.asString());
    }

    @Inject
    TheOwner owner;

    /** Not even the owner, who escapes row-level security, rewrites or removes an entry. */
    @Test
    void theRecordIsAppendOnlyForEveryone() throws Exception {
        String number = submit("linshui-clerk", "511623", "511623");
        for (String change : List.of("update personal_data_access set actor = 'nobody' where case_number = ?",
                "delete from personal_data_access where case_number = ?")) {
            SQLException refused = assertThrows(SQLException.class, () -> owner.rewrite(change, number), change);
            assertThat(refused.getMessage(), containsString("append-only"));
        }
        assertEquals(1, entries("sc-admin", number).jsonPath().getList("items").size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"linshui-clerk", "yubei-clerk", "sc-viewer", "joint-office-sc", "tianfu-tongban"})
    void onlyProvinceAdminsReadTheRecord(String account) {
        as(account).get(LOG).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void badDatesAreFieldProblems() {
        as("sc-admin").queryParam("from", "2026-12-02").queryParam("to", "2026-12-01").get(LOG).then().statusCode(400)
                .body("errors.field", hasItem("from"));
        as("sc-admin").queryParam("from", "yesterday").get(LOG).then().statusCode(400).body("errors.field", hasItem("from"));
        as("sc-admin").queryParam("limit", 0).get(LOG).then().statusCode(400);
    }

    private static Response entries(String admin, String number) {
        Response r = as(admin).queryParam("caseNumber", number).queryParam("limit", 500).get(LOG);
        r.then().statusCode(200);
        return r;
    }
}
