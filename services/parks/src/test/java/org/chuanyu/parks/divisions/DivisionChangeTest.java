package org.chuanyu.parks.divisions;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.chuanyu.parks.ReferenceDataFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.chuanyu.jurisdiction.testing.Accounts.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Divisions change by recorded events with effective dates, never by editing history. Works on
 * codes under 5198 (Sichuan) and 5098 (Chongqing), which no real division uses; they are reset
 * before each test.
 */
@QuarkusTest
class DivisionChangeTest {

    static final String DIVISIONS = "/api/divisions";

    @Inject
    ReferenceDataFixtures fixtures;
    @Inject
    Divisions divisions;

    @BeforeEach
    void resetTestCodes() {
        fixtures.resetDivisions("5198");
        fixtures.resetDivisions("5098");
    }

    @Test
    void anAbolishedDistrictIsFoundAsOfBeforeItsEndButNotAfter() {
        establish("sc-admin", "519800", "测试市", "2020-01-01").then().statusCode(201)
                .header("Location", containsString("/api/divisions/519800"))
                .body("level", equalTo("CITY"))
                .body("parent", equalTo("510000"));
        establish("sc-admin", "519801", "甲县", "2020-01-01").then().statusCode(201).body("parent", equalTo("519800"));
        establish("sc-admin", "519802", "乙区", "2020-01-01").then().statusCode(201);

        String before = etag("519801");
        String after = change("sc-admin", "519801", before,
                "{\"kind\":\"ABOLISHED\",\"effectiveOn\":\"2025-11-01\",\"successors\":[\"519802\"],"
                        + "\"document\":\"测试批复〔2025〕1号\"}")
                .then().statusCode(201)
                .body("validTo", equalTo("2025-11-01"))
                .body("successors", equalTo(List.of("519802")))
                .extract().header("ETag");
        assertNotEquals(before, after, "a recorded change gives the division a new version");

        as("yubei-clerk").queryParam("asOf", "2025-10-31").get(DIVISIONS + "/519801").then().statusCode(200)
                .body("name", equalTo("甲县"));
        as("yubei-clerk").queryParam("asOf", "2025-11-01").get(DIVISIONS + "/519801").then().statusCode(404);
        as("yubei-clerk").get(DIVISIONS + "/519801").then().statusCode(200)
                .body("validTo", equalTo("2025-11-01"))
                .body("successors", equalTo(List.of("519802")));
        as("yubei-clerk").queryParam("parent", "519800").queryParam("asOf", "2025-10-31").get(DIVISIONS)
                .then().body("items.code", equalTo(List.of("519801", "519802")));
        as("yubei-clerk").queryParam("parent", "519800").queryParam("asOf", "2025-11-01").get(DIVISIONS)
                .then().body("items.code", equalTo(List.of("519802")));
        as("yubei-clerk").get(DIVISIONS + "/519802/history").then().statusCode(200)
                .body("receivedFrom.code", equalTo(List.of("519801")))
                .body("receivedFrom.kind", equalTo(List.of("ABOLISHED")));
        as("yubei-clerk").get(DIVISIONS + "/519801/history").then().statusCode(200)
                .body("changes.kind", equalTo(List.of("ESTABLISHED", "ABOLISHED")))
                .body("changes[1].recordedBy", equalTo("sc-admin"))
                .body("changes[1].document", equalTo("测试批复〔2025〕1号"));
    }

    @Test
    void twoCountiesMergeIntoANewDistrictInOneStep() {
        establish("sc-admin", "519800", "测试市", "2020-01-01").then().statusCode(201);
        establish("sc-admin", "519810", "东县", "2020-01-01").then().statusCode(201);
        establish("sc-admin", "519811", "西县", "2020-01-01").then().statusCode(201);

        restructure("sc-admin", "{\"effectiveOn\":\"2025-06-01\",\"ended\":[\"519810\",\"519811\"],"
                + "\"established\":[{\"code\":\"519812\",\"name\":\"合并区\",\"nameEn\":\"Hebing District\"}],"
                + "\"document\":\"测试批复〔2025〕2号\"}")
                .then().statusCode(201)
                .body("ended.code", equalTo(List.of("519810", "519811")))
                .body("ended.successors", equalTo(List.of(List.of("519812"), List.of("519812"))))
                .body("established.code", equalTo(List.of("519812")))
                .body("established[0].parent", equalTo("519800"));

        as("cq-admin").queryParam("parent", "519800").queryParam("asOf", "2025-05-31").get(DIVISIONS)
                .then().body("items.code", equalTo(List.of("519810", "519811")));
        as("cq-admin").queryParam("parent", "519800").queryParam("asOf", "2025-06-01").get(DIVISIONS)
                .then().body("items.code", equalTo(List.of("519812")));
        as("cq-admin").get(DIVISIONS + "/519812/history").then()
                .body("receivedFrom.code", equalTo(List.of("519810", "519811")));
        assertTrue(divisions.isValid("519810", LocalDate.parse("2025-05-31")));
        assertFalse(divisions.isValid("519810", LocalDate.parse("2025-06-01")));
        assertEquals("合并区", divisions.find("519812", LocalDate.parse("2025-06-01")).orElseThrow().name());
        assertTrue(divisions.find("519812", LocalDate.parse("2025-05-31")).isEmpty());
    }

    @Test
    void aRestructuringIsRecordedWholeOrNotAtAll() {
        establish("sc-admin", "519800", "测试市", "2020-01-01").then().statusCode(201);
        establish("sc-admin", "519813", "下辖县", "2020-01-01").then().statusCode(201);

        // The new district could begin, but the city cannot end while its county stays valid: nothing is recorded.
        restructure("sc-admin", "{\"effectiveOn\":\"2025-06-01\",\"ended\":[\"519800\"],"
                + "\"established\":[{\"code\":\"519814\",\"name\":\"新区\"}]}")
                .then().statusCode(409).contentType("application/problem+json");
        as("sc-viewer").get(DIVISIONS + "/519814").then().statusCode(404);
        as("sc-viewer").queryParam("asOf", "2025-06-01").get(DIVISIONS + "/519800").then().statusCode(200);

        restructure("sc-admin", "{\"effectiveOn\":\"2025-06-01\",\"ended\":[\"519899\",\"519813\",\"519813\"],"
                + "\"successors\":[\"519898\"]}")
                .then().statusCode(400)
                .body("errors.field", hasItems("ended[0]", "ended[2]", "successors[0]"));
        restructure("sc-admin", "{\"effectiveOn\":\"2025-06-01\",\"ended\":[\"519813\"]}")
                .then().statusCode(400).body("errors.field", equalTo(List.of("successors")));
        restructure("cq-admin", "{\"effectiveOn\":\"2025-06-01\",\"ended\":[\"519813\"],\"successors\":[\"519800\"]}")
                .then().statusCode(403);
        as("sc-viewer").queryParam("asOf", "2025-06-01").get(DIVISIONS + "/519813").then().statusCode(200);
    }

    @Test
    void aRenameKeepsTheOldNameForEarlierDates() {
        establish("sc-admin", "519800", "测试市", "2020-01-01").then().statusCode(201);
        establish("sc-admin", "519803", "旧名县", "2020-01-01").then().statusCode(201);
        change("sc-admin", "519803", etag("519803"),
                "{\"kind\":\"RENAMED\",\"effectiveOn\":\"2024-07-01\",\"name\":\"新名市\",\"nameEn\":\"Xinming\"}")
                .then().statusCode(201).body("name", equalTo("新名市")).body("validFrom", equalTo("2024-07-01"));

        as("sc-viewer").queryParam("asOf", "2024-06-30").get(DIVISIONS + "/519803").then().body("name", equalTo("旧名县"));
        as("sc-viewer").queryParam("asOf", "2024-07-01").get(DIVISIONS + "/519803").then()
                .body("name", equalTo("新名市")).body("nameEn", equalTo("Xinming")).body("parent", equalTo("519800"));
        as("sc-viewer").get(DIVISIONS + "/519803/history").then()
                .body("periods.name", equalTo(List.of("旧名县", "新名市")))
                .body("periods[0].validTo", equalTo("2024-07-01"));
    }

    @Test
    void districtsMovingTownsKeepTheirPeriodsAndRecordWhereTheTownsWent() {
        establish("cq-admin", "509801", "测试区", "2020-01-01").then().statusCode(201).body("parent", equalTo("500000"));
        establish("cq-admin", "509802", "邻近区", "2020-01-01").then().statusCode(201);
        change("cq-admin", "509801", etag("509801"), "{\"kind\":\"TERRITORY_TRANSFERRED\",\"effectiveOn\":\"2025-11-01\","
                + "\"successors\":[\"509802\"],\"towns\":[\"茨竹镇\",\"大湾镇\"]}")
                .then().statusCode(201).body("validTo", nullValue());
        as("linshui-clerk").get(DIVISIONS + "/509802/history").then()
                .body("receivedFrom[0].towns", equalTo(List.of("茨竹镇", "大湾镇")));
        as("linshui-clerk").queryParam("asOf", "2026-01-01").get(DIVISIONS + "/509801").then().statusCode(200);
    }

    @Test
    void historyIsNeverRewritten() {
        establish("sc-admin", "519804", "测试县", "2022-01-01").then().statusCode(201);
        conflict(change("sc-admin", "519804", etag("519804"),
                "{\"kind\":\"RENAMED\",\"effectiveOn\":\"2021-12-31\",\"name\":\"改名县\"}"));
        conflict(change("sc-admin", "519804", etag("519804"),
                "{\"kind\":\"RENAMED\",\"effectiveOn\":\"2022-01-01\",\"name\":\"改名县\"}"));

        establish("sc-admin", "519805", "接收县", "2020-01-01").then().statusCode(201);
        change("sc-admin", "519804", etag("519804"),
                "{\"kind\":\"ABOLISHED\",\"effectiveOn\":\"2023-01-01\",\"successors\":[\"519805\"]}").then().statusCode(201);
        conflict(change("sc-admin", "519804", etag("519804"),
                "{\"kind\":\"RENAMED\",\"effectiveOn\":\"2024-01-01\",\"name\":\"复活县\"}"));
        conflict(establish("sc-admin", "519804", "重叠县", "2022-06-01"));

        // A code may come back into use after it ended: GB/T 2260 reuses codes.
        establish("sc-admin", "519804", "新设县", "2024-01-01").then().statusCode(201);
        as("sc-viewer").queryParam("asOf", "2023-06-01").get(DIVISIONS + "/519804").then().statusCode(404);
        as("sc-viewer").queryParam("asOf", "2024-06-01").get(DIVISIONS + "/519804").then().body("name", equalTo("新设县"));
    }

    @Test
    void aPrefectureWithCurrentCountiesCannotBeAbolished() {
        establish("sc-admin", "519800", "测试市", "2020-01-01").then().statusCode(201);
        establish("sc-admin", "519806", "下辖县", "2020-01-01").then().statusCode(201);
        change("sc-admin", "519800", etag("519800"),
                "{\"kind\":\"ABOLISHED\",\"effectiveOn\":\"2025-01-01\",\"successors\":[\"510100\"]}")
                .then().statusCode(409).body("detail", containsString("519806"));
    }

    @Test
    void onlyAnAdminOfTheDivisionsProvinceRecordsIt() {
        establish("cq-admin", "519807", "越权县", "2020-01-01").then().statusCode(403);
        establish("joint-office-cq", "519807", "越权县", "2020-01-01").then().statusCode(403);
        establish("linshui-clerk", "519807", "越权县", "2020-01-01").then().statusCode(403);
        establish("sc-viewer", "519807", "越权县", "2020-01-01").then().statusCode(403);
        establish("tianfu-tongban", "519807", "越权县", "2020-01-01").then().statusCode(403);
        establish("joint-office-sc", "519807", "合规县", "2020-01-01").then().statusCode(201);

        String etag = etag("519807");
        String rename = "{\"kind\":\"RENAMED\",\"effectiveOn\":\"2025-01-01\",\"name\":\"改名县\"}";
        change("cq-admin", "519807", etag, rename).then().statusCode(403).contentType("application/problem+json");
        change("linshui-clerk", "519807", etag, rename).then().statusCode(403);
        assertEquals(etag, etag("519807"), "nothing changed");
        // Writability comes before validation: a clerk learns nothing about the body.
        change("linshui-clerk", "519807", etag, "{\"kind\":\"RENAMED\"}").then().statusCode(403);
    }

    @Test
    void aChangeNeedsTheCurrentETag() {
        establish("sc-admin", "519808", "测试县", "2020-01-01").then().statusCode(201);
        String rename = "{\"kind\":\"RENAMED\",\"effectiveOn\":\"2025-01-01\",\"name\":\"改名县\"}";
        as("sc-admin").contentType("application/json").body(rename).post(DIVISIONS + "/519808/changes")
                .then().statusCode(428).contentType("application/problem+json");
        change("sc-admin", "519808", "\"99\"", rename).then().statusCode(412);
        as("sc-admin").get(DIVISIONS + "/519808").then().body("name", equalTo("测试县"));
        change("sc-admin", "519808", etag("519808"), rename).then().statusCode(201);
    }

    @Test
    void badInputNamesEachFieldAndChangesNothing() {
        as("sc-admin").contentType("application/json").body("{\"code\":\"51980\",\"name\":\" \"}").post(DIVISIONS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("code", "name", "validFrom"));

        establish("sc-admin", "519809", "测试县", "2020-01-01").then().statusCode(201);
        String etag = etag("519809");
        invalid(change("sc-admin", "519809", etag, "{\"kind\":\"ABOLISHED\",\"effectiveOn\":\"2025-01-01\"}"), "successors");
        invalid(change("sc-admin", "519809", etag,
                "{\"kind\":\"ABOLISHED\",\"effectiveOn\":\"2025-01-01\",\"successors\":[\"519899\"]}"), "successors[0]");
        invalid(change("sc-admin", "519809", etag,
                "{\"kind\":\"ABOLISHED\",\"effectiveOn\":\"2025-01-01\",\"successors\":[\"500112\"]}"), "successors[0]");
        invalid(change("sc-admin", "519809", etag,
                "{\"kind\":\"ABOLISHED\",\"effectiveOn\":\"2025-01-01\",\"successors\":[\"12\"]}"), "successors[0]");
        invalid(change("sc-admin", "519809", etag, "{\"kind\":\"RENAMED\",\"effectiveOn\":\"2025-01-01\"}"), "name");
        invalid(change("sc-admin", "519809", etag, "{\"kind\":\"RENAMED\",\"name\":\"x\"}"), "effectiveOn");
        invalid(change("sc-admin", "519809", etag, "{\"kind\":\"ESTABLISHED\",\"effectiveOn\":\"2025-01-01\"}"), "kind");
        change("sc-admin", "519809", etag, "{\"kind\":\"merged\",\"effectiveOn\":\"2025-01-01\"}").then().statusCode(400)
                .body("type", equalTo("https://chuanyu.example/problems/malformed"))
                .body("errors.field", hasItem("kind"));
        change("sc-admin", "519809", etag, "{\"kind\":\"RENAMED\",\"effectiveOn\":\"someday\",\"name\":\"x\"}")
                .then().statusCode(400).body("errors.field", hasItem("effectiveOn"));

        assertEquals(etag, etag("519809"), "nothing changed");
        as("sc-admin").get(DIVISIONS + "/519809/history").then().body("changes", hasSize(1));
        as("sc-admin").get(DIVISIONS + "/519899").then().statusCode(404).body("detail", not(containsString("SQL")));
    }

    static Response establish(String account, String code, String name, String validFrom) {
        return as(account).contentType("application/json")
                .body("{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"validFrom\":\"" + validFrom + "\"}")
                .post(DIVISIONS);
    }

    static Response restructure(String account, String body) {
        return as(account).contentType("application/json").body(body).post(DIVISIONS + "/changes");
    }

    static Response change(String account, String code, String ifMatch, String body) {
        return as(account).contentType("application/json").header("If-Match", ifMatch).body(body)
                .post(DIVISIONS + "/" + code + "/changes");
    }

    static String etag(String code) {
        return as("sc-viewer").get(DIVISIONS + "/" + code).then().statusCode(200).extract().header("ETag");
    }

    static void conflict(Response response) {
        response.then().statusCode(409).contentType("application/problem+json");
    }

    static void invalid(Response response, String field) {
        response.then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://chuanyu.example/problems/validation"))
                .body("errors.field", hasItem(field));
    }
}
