package org.chuanyu.commonhandling.cases;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.chuanyu.jurisdiction.testing.Accounts.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The work queue's search by the applicant's name finds a case for the clerks of its sides, and for nobody who sees it
 * masked: a name search must not tell a viewer, an administrator or another district that the person has a case.
 */
@QuarkusTest
class ApplicantSearchTest {

    static final String CASES = "/api/common-handling/cases";

    static String submit(String name) {
        return as("linshui-clerk").header("Idempotency-Key", "applicant-search-" + System.nanoTime())
                .body(Map.of("itemCode", "yidi-jiuyi-beian",
                        "applicant", Map.of("kind", "PERSON", "name", name, "idNumber", "511623199001011238"),
                        "acceptingDistrict", "511623", "handlingDistrict", "500112"))
                .post(CASES).then().statusCode(201).extract().path("number");
    }

    static List<String> found(String account, String name) {
        return as(account).queryParam("applicant", name).queryParam("limit", 100).get(CASES)
                .then().statusCode(200).extract().jsonPath().getList("items.number", String.class);
    }

    @Test
    void theClerksOfTheCasesSidesFindItByTheWholeNameAndNobodyElseDoes() {
        // A name no other test files, whatever ran before.
        String name = "检索" + Long.toString(System.nanoTime(), 36);
        String number = submit(name);

        assertEquals(List.of(number), found("linshui-clerk", name));
        assertEquals(List.of(number), found("yubei-clerk", name));
        assertEquals(List.of(number), found("linshui-clerk", "  " + name + " "));
        // A province's admin acts on its province's side, and sees the case unmasked: it finds it too.
        assertEquals(List.of(number), found("sc-admin", name));
        // A part of the name is not the name.
        assertEquals(List.of(), found("linshui-clerk", name.substring(0, 3)));

        // They read the case, masked; the name must not confirm it to them.
        for (String masked : List.of("sc-viewer", "joint-office-sc", "joint-office-cq")) {
            assertEquals(List.of(), found(masked, name), masked);
        }
        // Outside its scope, the case does not exist at all.
        assertEquals(List.of(), found("longchang-clerk", name));
        // Without the filter, the viewer does see the case in its queue (masked): the filter is what hides it.
        assertEquals(List.of(number), as("sc-viewer").queryParam("q", number).get(CASES).then().statusCode(200)
                .extract().jsonPath().getList("items.number", String.class));
    }
}
