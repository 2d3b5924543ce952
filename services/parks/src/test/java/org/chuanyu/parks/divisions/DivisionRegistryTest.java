package org.chuanyu.parks.divisions;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.chuanyu.jurisdiction.testing.Accounts.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seeded registry, read by anyone with a token of either province. */
@QuarkusTest
class DivisionRegistryTest {

    static final String DIVISIONS = "/api/divisions";

    @Test
    void everyCallerOfEitherProvinceReadsLinshuiAndYubei() {
        for (String account : List.of("sc-viewer", "yubei-clerk", "tianfu-tongban", "joint-office-cq", "rongchang-clerk")) {
            as(account).get(DIVISIONS + "/511623").then().statusCode(200)
                    .header("ETag", notNullValue())
                    .body("name", equalTo("邻水县"))
                    .body("nameEn", equalTo("Linshui County"))
                    .body("level", equalTo("COUNTY"))
                    .body("province", equalTo("sichuan"))
                    .body("parent", equalTo("511600"));
            as(account).get(DIVISIONS + "/500112").then().statusCode(200)
                    .body("name", equalTo("渝北区"))
                    .body("parent", equalTo("500000"));
        }
    }

    @Test
    void theBriefsDistrictsAreCurrentAndYubeiStays() {
        for (String code : List.of("511623", "500112", "500109", "500153", "511083", "510900", "500152", "500101",
                "511700", "500154", "500102", "500113", "500107", "500120", "500118", "500111")) {
            as("cq-admin").get(DIVISIONS + "/" + code).then().statusCode(200)
                    .body("validTo", nullValue())
                    .body("successors", equalTo(List.of()));
        }
    }

    @Test
    void aCountyListPagesInCodeOrderWithoutRepeats() {
        List<String> codes = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification request = as("linshui-clerk").queryParam("province", "chongqing")
                    .queryParam("level", "county").queryParam("limit", 5);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            ValidatableResponse page = request.get(DIVISIONS).then().statusCode(200)
                    .body("items.code", everyItem(startsWith("50")));
            codes.addAll(page.extract().jsonPath().getList("items.code", String.class));
            cursor = page.extract().jsonPath().getString("nextCursor");
        } while (cursor != null);
        assertEquals(new HashSet<>(codes).size(), codes.size(), "no code twice");
        assertEquals(codes.stream().sorted().toList(), codes, "in code order");
        assertTrue(codes.containsAll(List.of("500101", "500112", "500153", "500154")));
        assertTrue(codes.stream().noneMatch(c -> c.endsWith("00")), "counties only");
    }

    @Test
    void filtersByParentAndByText() {
        as("sc-viewer").queryParam("parent", "511600").get(DIVISIONS).then().statusCode(200)
                .body("items.code", hasItems("511602", "511623"))
                .body("items.parent", everyItem(equalTo("511600")));
        as("sc-viewer").queryParam("q", "邻水").get(DIVISIONS).then().statusCode(200)
                .body("items.code", equalTo(List.of("511623")));
        as("sc-viewer").queryParam("q", "yubei").get(DIVISIONS).then().statusCode(200)
                .body("items.code", hasItem("500112"));
        as("sc-viewer").queryParam("q", "5116").get(DIVISIONS).then().statusCode(200)
                .body("items.code", everyItem(startsWith("5116")));
    }

    @Test
    void beforeTheBaselineTheRegistryKnowsNothing() {
        as("sc-viewer").queryParam("asOf", "2019-12-31").get(DIVISIONS).then().statusCode(200)
                .body("items", equalTo(List.of()));
        as("sc-viewer").queryParam("asOf", "2019-12-31").get(DIVISIONS + "/511623").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void badQueryParametersAreNamed() {
        expectInvalid(as("sc-viewer").queryParam("limit", 0), DIVISIONS, "limit");
        expectInvalid(as("sc-viewer").queryParam("limit", 501), DIVISIONS, "limit");
        expectInvalid(as("sc-viewer").queryParam("limit", "many"), DIVISIONS, "limit");
        expectInvalid(as("sc-viewer").queryParam("level", "town"), DIVISIONS, "level");
        expectInvalid(as("sc-viewer").queryParam("province", "hubei"), DIVISIONS, "province");
        expectInvalid(as("sc-viewer").queryParam("asOf", "2026-13-01"), DIVISIONS, "asOf");
        expectInvalid(as("sc-viewer").queryParam("parent", "5116"), DIVISIONS, "parent");
        expectInvalid(as("sc-viewer").queryParam("cursor", "***"), DIVISIONS, "cursor");
        expectInvalid(as("sc-viewer"), DIVISIONS + "/abc", "code");
    }

    @Test
    void unknownCodesAre404AndStrangersAre401() {
        as("sc-viewer").get(DIVISIONS + "/519999").then().statusCode(404).contentType("application/problem+json");
        as("sc-viewer").get(DIVISIONS + "/519999/history").then().statusCode(404);
        given().get(DIVISIONS + "/511623").then().statusCode(401).contentType("application/problem+json");
        given().get(DIVISIONS).then().statusCode(401);
    }

    static void expectInvalid(RequestSpecification request, String path, String field) {
        request.get(path).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://chuanyu.example/problems/validation"))
                .body("errors.field", hasItem(field));
    }
}
