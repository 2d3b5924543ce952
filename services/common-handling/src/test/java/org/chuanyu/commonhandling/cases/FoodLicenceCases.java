package org.chuanyu.commonhandling.cases;

import org.chuanyu.jurisdiction.time.BusinessTime;

import java.time.OffsetDateTime;
import java.util.Map;

import static org.chuanyu.commonhandling.cases.CaseScenarioTest.CASES;
import static org.chuanyu.commonhandling.cases.CaseScenarioTest.submission;
import static org.chuanyu.jurisdiction.testing.Accounts.as;

/**
 * Cases of the food business licence (食品经营许可, version 2: 3 working days to accept, 10 to decide), filed in Linshui
 * for Yubei at a pinned moment: the clock's worked examples.
 */
final class FoodLicenceCases {

    static final String FOOD_LICENCE = "shipin-jingying-xuke";

    private FoodLicenceCases() {
    }

    /** An instant as the API writes it, from a local time with its offset. */
    static String instant(String isoWithOffset) {
        return OffsetDateTime.parse(isoWithOffset).toInstant().toString();
    }

    /** Pins the clock at {@code at} and files a case there. */
    static String fileOn(String at) {
        BusinessTime.pinAt(at);
        Map<String, Object> s = submission("511623", "500112");
        s.put("itemCode", FOOD_LICENCE);
        return as("linshui-clerk").body(s).post(CASES).then().statusCode(201).extract().path("number");
    }
}
