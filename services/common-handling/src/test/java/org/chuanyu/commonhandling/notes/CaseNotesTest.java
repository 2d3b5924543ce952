package org.chuanyu.commonhandling.notes;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.chuanyu.jurisdiction.testing.Accounts.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

/** Staff notes: both sides write and read them, supervisors read them, external systems never see them. */
@QuarkusTest
class CaseNotesTest {

    static final String CASES = "/api/common-handling/cases";

    static String submit(String account) {
        return as(account).header("Idempotency-Key", "notes-" + System.nanoTime())
                .body(Map.of("itemCode", "yidi-jiuyi-beian",
                        "applicant", Map.of("kind", "PERSON", "name", "张三", "idNumber", "511623199001011238"),
                        "acceptingDistrict", "511623", "handlingDistrict", "500112"))
                .post(CASES).then().statusCode(201).extract().path("number");
    }

    @Test
    void bothSidesWriteAndEveryStaffReaderSeesThemOldestFirst() {
        String number = submit("tianfu-tongban");
        String notes = CASES + "/" + number + "/notes";
        as("linshui-clerk").get(notes).then().statusCode(200).body("$", empty());
        as("linshui-clerk").body(Map.of("text", "  申请人电话告知：材料下周寄出。 ")).post(notes).then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith(notes))
                .body("author", equalTo("linshui-clerk")).body("realm", equalTo("sichuan"))
                .body("role", equalTo("district-clerk")).body("text", equalTo("申请人电话告知：材料下周寄出。"));
        as("yubei-clerk").body(Map.of("text", "已联系渝北医保局核实参保信息。")).post(notes).then().statusCode(201);
        for (String reader : new String[]{"linshui-clerk", "yubei-clerk", "sc-viewer", "joint-office-cq", "sc-admin"}) {
            as(reader).get(notes).then().statusCode(200).body("author", contains("linshui-clerk", "yubei-clerk"));
        }
    }

    @Test
    void onlyTheStaffOfASideWriteAndExternalSystemsSeeNothing() {
        String number = submit("tianfu-tongban");
        String notes = CASES + "/" + number + "/notes";
        as("linshui-clerk").body(Map.of("text", "内部备注")).post(notes).then().statusCode(201);
        as("sc-viewer").body(Map.of("text", "x")).post(notes).then().statusCode(403);
        as("joint-office-sc").body(Map.of("text", "x")).post(notes).then().statusCode(403);
        as("tianfu-tongban").get(notes).then().statusCode(403);
        as("tianfu-tongban").body(Map.of("text", "x")).post(notes).then().statusCode(403);
        as("yukuaiban").get(notes).then().statusCode(404);
        as("longchang-clerk").get(notes).then().statusCode(404);
        as("longchang-clerk").body(Map.of("text", "x")).post(notes).then().statusCode(404);
        as("linshui-clerk").get(CASES + "/" + "CY-51-1999-00000000" + "/notes").then().statusCode(404);
        // The timeline, which the filing system reads, carries no note.
        as("tianfu-tongban").get(CASES + "/" + number + "/timeline").then().statusCode(200)
                .body("comment", not(hasItem("内部备注")));
        as("linshui-clerk").get(notes).then().body("text", contains("内部备注"));
    }

    @Test
    void aNoteHasTextOfAtMostTwoThousandCharacters() {
        String number = submit("linshui-clerk");
        String notes = CASES + "/" + number + "/notes";
        as("linshui-clerk").body(Map.of("text", " ")).post(notes).then().statusCode(400)
                .body("errors.field", contains("text"));
        as("linshui-clerk").body(Map.of()).post(notes).then().statusCode(400);
        as("linshui-clerk").body(Map.of("text", "备".repeat(2001))).post(notes).then().statusCode(400);
        as("linshui-clerk").body(Map.of("text", "备".repeat(2000))).post(notes).then().statusCode(201);
        as("linshui-clerk").get(notes).then().body("$.size()", equalTo(1));
    }
}
