package org.chuanyu.commonhandling.assignment;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.chuanyu.jurisdiction.testing.Accounts.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Who has a case: clerks take and give back, admins assign within what Keycloak says a clerk covers. */
@QuarkusTest
class CaseAssignmentTest {

    static final String CASES = "/api/common-handling/cases";
    static final Map<String, Object> LINSHUI = Map.of("realm", "sichuan", "username", "linshui-clerk");
    static final Map<String, Object> YUBEI = Map.of("realm", "chongqing", "username", "yubei-clerk");

    static String submit(String account, String accepting, String handling) {
        return as(account).header("Idempotency-Key", "assign-" + System.nanoTime())
                .body(Map.of("itemCode", "yidi-jiuyi-beian",
                        "applicant", Map.of("kind", "PERSON", "name", "张三", "idNumber", "511623199001011238"),
                        "acceptingDistrict", accepting, "handlingDistrict", handling))
                .post(CASES).then().statusCode(201).extract().path("number");
    }

    static String etag(String account, String number) {
        return as(account).get(CASES + "/" + number).then().statusCode(200).extract().header("ETag");
    }

    static ValidatableResponse assign(String account, String number, String side, Map<String, Object> assignee) {
        Map<String, Object> body = new HashMap<>();
        body.put("side", side);
        body.put("assignee", assignee);
        return as(account).header("If-Match", etag("linshui-clerk", number)).body(body)
                .put(CASES + "/" + number + "/assignee").then();
    }

    static long version(String number) {
        return as("yubei-clerk").get(CASES + "/" + number).then().statusCode(200).extract().jsonPath().getLong("version");
    }

    static List<String> queue(String account, String filter, String number) {
        return as(account).get(CASES + "?q=" + number + "&" + filter).then().statusCode(200).extract()
                .jsonPath().getList("items.number", String.class);
    }

    @Test
    void eachSidesClerkTakesItsSideAndGivesItBackOnTheTimeline() {
        String number = submit("linshui-clerk", "511623", "500112");
        assertEquals(List.of(number), queue("linshui-clerk", "assignee=none", number));
        assertEquals(List.of(), queue("linshui-clerk", "assignee=me", number));

        assign("linshui-clerk", number, "ACCEPTING", LINSHUI).statusCode(200)
                .body("assignees.accepting.username", equalTo("linshui-clerk"))
                .body("assignees.accepting.realm", equalTo("sichuan"))
                .body("assignees.handling", nullValue());
        assign("yubei-clerk", number, "ACCEPTING", YUBEI).statusCode(403);
        assign("yubei-clerk", number, "HANDLING", YUBEI).statusCode(200)
                .body("assignees.handling.username", equalTo("yubei-clerk"));

        assertEquals(List.of(number), queue("linshui-clerk", "assignee=me", number));
        assertEquals(List.of(), queue("linshui-clerk", "assignee=none", number));
        assertEquals(List.of(number),
                queue("yubei-clerk", "assignee=me&side=HANDLING", number));
        assertEquals(List.of(), queue("yubei-clerk", "assignee=me&side=ACCEPTING", number));

        assign("linshui-clerk", number, "ACCEPTING", null).statusCode(200).body("assignees.accepting", nullValue());
        assertEquals(List.of(number),
                queue("linshui-clerk", "assignee=none&side=ACCEPTING", number));
        as("linshui-clerk").get(CASES + "/" + number + "/timeline").then().statusCode(200)
                .body("findAll { it.action != 'SUPERVISION' }.action", contains("SUBMIT", "ASSIGN", "ASSIGN", "UNASSIGN"))
                .body("findAll { it.action == 'ASSIGN' }[0].comment", equalTo("ACCEPTING: sichuan/linshui-clerk"))
                .body("findAll { it.action == 'UNASSIGN' }[0].comment", equalTo("ACCEPTING: nobody (was sichuan/linshui-clerk)"))
                .body("toStatus", not(hasItem("ASSIGNED")));
        as("linshui-clerk").get(CASES + "/" + number + "/timeline/verify").then().body("intact", equalTo(true));
    }

    @Test
    void aClerkAssignsNobodyElseAndOnlyStaffOfASideAssignAtAll() {
        String number = submit("tianfu-tongban", "511623", "500112");
        assign("linshui-clerk", number, "ACCEPTING", YUBEI).statusCode(403).body("detail", containsString("takes a case for itself"));
        assign("linshui-clerk", number, "HANDLING", LINSHUI).statusCode(403);
        assign("joint-office-sc", number, "ACCEPTING", LINSHUI).statusCode(403);
        assign("sc-viewer", number, "ACCEPTING", LINSHUI).statusCode(403);
        assign("tianfu-tongban", number, "ACCEPTING", LINSHUI).statusCode(403);
        assign("longchang-clerk", number, "ACCEPTING", LINSHUI).statusCode(404);
        assign("yukuaiban", number, "HANDLING", YUBEI).statusCode(404);
        // Staff assignments are internal: the system that filed the case sees none of them.
        as("tianfu-tongban").get(CASES + "/" + number).then().statusCode(200).body("assignees", nullValue());
    }

    @Test
    void anAdminAssignsOnlyAClerkWhoseDistrictsKeycloakSaysCoverTheSide() {
        String number = submit("linshui-clerk", "511623", "500112");
        assign("sc-admin", number, "ACCEPTING", Map.of("realm", "sichuan", "username", "longchang-clerk")).statusCode(400)
                .body("errors.field", contains("assignee"))
                .body("errors.message[0]", containsString("sichuan/longchang-clerk is not a clerk"));
        assign("sc-admin", number, "ACCEPTING", Map.of("realm", "sichuan", "username", "sc-viewer")).statusCode(400);
        assign("sc-admin", number, "ACCEPTING", Map.of("realm", "sichuan", "username", "nobody-by-this-name")).statusCode(400);
        // The same user name in the other realm is someone else, with other rights.
        assign("sc-admin", number, "ACCEPTING", Map.of("realm", "chongqing", "username", "linshui-clerk")).statusCode(400);
        assign("sc-admin", number, "HANDLING", YUBEI).statusCode(403);
        assign("sc-admin", number, "ACCEPTING", LINSHUI).statusCode(200)
                .body("assignees.accepting.username", equalTo("linshui-clerk"));
        assign("cq-admin", number, "HANDLING", YUBEI).statusCode(200)
                .body("assignees.handling.username", equalTo("yubei-clerk"));
        // Given back by the admin, not by a clerk who does not have it.
        assign("cq-admin", number, "HANDLING", null).statusCode(200).body("assignees.handling", nullValue());
        as("linshui-clerk").get(CASES + "/" + number + "/timeline").then()
                .body("findAll { it.action != 'SUPERVISION' }.actor", contains("linshui-clerk", "sc-admin", "cq-admin",
                        "cq-admin"));
    }

    @Test
    void badRequestsChangeNothing() {
        String number = submit("linshui-clerk", "511623", "500112");
        String path = CASES + "/" + number + "/assignee";
        as("linshui-clerk").body(Map.of("side", "ACCEPTING", "assignee", LINSHUI)).put(path).then().statusCode(428);
        as("linshui-clerk").header("If-Match", "\"999\"").body(Map.of("side", "ACCEPTING", "assignee", LINSHUI))
                .put(path).then().statusCode(412);
        String etag = etag("linshui-clerk", number);
        as("linshui-clerk").header("If-Match", etag).body(Map.of("assignee", LINSHUI)).put(path).then().statusCode(400)
                .body("errors.field", contains("side"));
        as("linshui-clerk").header("If-Match", etag).body(Map.of("side", "SUBMITTER", "assignee", LINSHUI)).put(path)
                .then().statusCode(400);
        as("linshui-clerk").header("If-Match", etag).body(Map.of("side", "ACCEPTING",
                "assignee", Map.of("realm", "beijing", "username", "linshui-clerk"))).put(path).then().statusCode(400)
                .body("errors.field", contains("assignee.realm"));
        as("linshui-clerk").get(CASES + "?assignee=mine").then().statusCode(400).body("errors.field", contains("assignee"));
        as("linshui-clerk").get(CASES + "?side=HANDLING").then().statusCode(400).body("errors.field", contains("side"));
        as("linshui-clerk").get(CASES + "/" + number).then().statusCode(200).header("ETag", equalTo(etag))
                .body("assignees.accepting", nullValue());
    }

    @Test
    void aBatchIsMadeWholeOrNotAtAll() {
        String first = submit("yubei-clerk", "500112", "500112");
        String second = submit("yubei-clerk", "500112", "500112");
        String outside = submit("linshui-clerk", "511623", "511623");
        as("cq-admin").body(Map.of("assignments", List.of(
                        Map.of("number", first, "side", "HANDLING", "assignee", YUBEI),
                        Map.of("number", second, "side", "HANDLING", "assignee", LINSHUI))))
                .post("/api/common-handling/assignments").then().statusCode(400)
                .body("detail", containsString("assignments[1] (" + second + ")"))
                .body("errors.field", contains("assignments[1].assignee"));
        as("cq-admin").body(Map.of("assignments", List.of(
                        Map.of("number", first, "side", "HANDLING", "assignee", YUBEI),
                        Map.of("number", outside, "side", "HANDLING", "assignee", YUBEI))))
                .post("/api/common-handling/assignments").then().statusCode(404)
                .body("detail", containsString("assignments[1]"));
        as("yubei-clerk").get(CASES + "/" + first).then().body("assignees.handling", nullValue());
        long firstVersion = version(first);
        long secondVersion = version(second);
        as("cq-admin").body(Map.of("assignments", List.of(
                        Map.of("number", first, "side", "HANDLING", "assignee", YUBEI, "version", firstVersion),
                        Map.of("number", second, "side", "ACCEPTING", "assignee", YUBEI))))
                .post("/api/common-handling/assignments").then().statusCode(200)
                .body("cases.number", contains(first, second))
                .body("cases[0].assignees.handling.username", equalTo("yubei-clerk"))
                .body("cases[0].assignees.accepting", nullValue())
                .body("cases[1].assignees.accepting.username", equalTo("yubei-clerk"))
                .body("cases[1].assignees.handling", nullValue());
        as("cq-admin").body(Map.of("assignments", List.of(Map.of("number", second, "side", "HANDLING",
                        "assignee", YUBEI, "version", secondVersion))))
                .post("/api/common-handling/assignments").then().statusCode(412);
        as("cq-admin").body(Map.of("assignments", List.of())).post("/api/common-handling/assignments").then()
                .statusCode(400);
        as("yubei-clerk").get(CASES + "?assignee=me&q=" + second).then().statusCode(200)
                .body("items.number", contains(second));
        as("yukuaiban").get(CASES + "?assignee=me").then().statusCode(200).body("items", empty());
    }
}
