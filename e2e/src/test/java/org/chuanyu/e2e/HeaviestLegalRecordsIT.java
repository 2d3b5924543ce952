package org.chuanyu.e2e;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.chuanyu.e2e.sweep.Identifiers;
import org.chuanyu.jurisdiction.testing.Accounts;
import org.chuanyu.jurisdiction.testing.RealmTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The heaviest records the contract allows, stored (docs/security.md, finding 2): a project, a park and a case whose
 * every field takes the maximum the merged OpenAPI document declares (read from it, in three-byte characters where the
 * text is free), with the most list items, map entries and boundary positions, against the services as ./platform
 * runs them (-Xmx128m). Each is accepted and read back whole, and every service is ready afterwards. (SchemaFuzzIT
 * sends every operation its heaviest schema-shaped body; the policy with the most versions of the longest text is
 * PolicyDiffAtProductionHeapIT's.)
 */
class HeaviestLegalRecordsIT {

    static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    static final JsonPath DOCUMENT = JsonPath.from(given().baseUri(Stack.GATEWAY).queryParam("format", "json")
            .get("/openapi").then().statusCode(200).extract().asString());

    static RequestSpecification as(String account) {
        return Accounts.as(account, Stack.GATEWAY);
    }

    /** A bound the document declares, e.g. max("ProjectDraft", "name", "maxLength"). */
    static int max(String schema, String property, String bound) {
        Integer value = DOCUMENT.get("components.schemas." + schema + ".properties." + property + "." + bound);
        if (value == null) {
            throw new AssertionError(schema + "." + property + " declares no " + bound);
        }
        return value;
    }

    static String text(String schema, String property) {
        return "川".repeat(max(schema, property, "maxLength"));
    }

    /** A lower-case slug of exactly the code's maxLength. */
    static String code(String schema, String prefix) {
        String start = prefix + "-" + RUN + "-";
        return start + "a".repeat(max(schema, "code", "maxLength") - start.length());
    }

    @AfterEach
    void everyServiceIsStillReady() {
        for (Stack.Service service : Stack.SERVICES) {
            given().get(service.management() + "/q/health/ready").then().statusCode(200);
        }
    }

    @Test
    void theHeaviestParkAndProjectAreStoredAndReadBackWhole() {
        String park = code("ParkDraft", "e2e-heavy-park");
        List<String> industries = given().baseUri(Stack.GATEWAY).auth().oauth2(RealmTokens.user("linshui-clerk"))
                .get("/api/parks/industries").then().statusCode(200).extract().jsonPath().getList("code");
        Map<String, Object> parkBody = new LinkedHashMap<>();
        parkBody.put("code", park);
        parkBody.put("name", text("ParkDraft", "name"));
        parkBody.put("nameEn", "H".repeat(max("ParkDraft", "nameEn", "maxLength")));
        parkBody.put("kind", "OTHER");
        parkBody.put("level", "MUNICIPAL");
        parkBody.put("district", "511623");
        parkBody.put("zone", "gaozhu");
        parkBody.put("industries", industries.subList(0, Math.min(industries.size(), max("ParkDraft", "industries", "maxItems"))));
        parkBody.put("boundary", Map.of("type", "MultiPolygon", "coordinates", polygons(100, 100)));
        as("linshui-clerk").body(parkBody).post("/api/parks").then().statusCode(201);
        JsonPath stored = as("linshui-clerk").get("/api/parks/" + park).then().statusCode(200).extract().jsonPath();
        assertEquals(parkBody.get("name"), stored.getString("name"));
        assertEquals(100, stored.getList("boundary.coordinates").size());

        // A project's code is its park's code, a dot and its own slug: the longest fills the rest with one word.
        String project = park + "." + "a".repeat(max("ProjectDraft", "code", "maxLength") - park.length() - 1);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", project);
        body.put("name", text("ProjectDraft", "name"));
        body.put("nameEn", "H".repeat(max("ProjectDraft", "nameEn", "maxLength")));
        body.put("investor", Map.of("name", text("Investor", "name"), "creditCode", Identifiers.creditCode("330100", "MA2HEAPY1"),
                "origin", text("Investor", "origin"), "sourceRegion", "YANGTZE_RIVER_DELTA"));
        body.put("industry", industries.get(0));
        body.put("parkCode", park);
        body.put("plannedInvestment", new java.math.BigDecimal("9999999999999999.99"));
        body.put("currency", "CNY");
        Map<String, Object> plans = new LinkedHashMap<>();
        for (int i = 0; i < max("ProjectDraft", "annualPlans", "maxProperties"); i++) {
            plans.put(Integer.toString(2000 + i), new java.math.BigDecimal("9999999999999999.99"));
        }
        body.put("annualPlans", plans);
        body.put("leader", text("ProjectDraft", "leader"));
        body.put("taskForce", text("ProjectDraft", "taskForce"));
        body.put("transferredFromEast", true);
        body.put("keyLevel", "PROVINCE");
        Map<String, Object> milestones = new LinkedHashMap<>();
        String[] stages = {"LEAD", "SIGNED", "STARTED", "COMPLETED", "IN_PRODUCTION", "AT_CAPACITY"};
        for (int i = 0; i < stages.length; i++) {
            milestones.put(stages[i], Map.of("planned", "2030-0" + (i + 1) + "-01"));
        }
        body.put("milestones", milestones);
        as("linshui-clerk").body(body).post("/api/projects").then().log().ifValidationFails().statusCode(201);
        JsonPath read = as("linshui-clerk").get("/api/projects/" + project).then().statusCode(200).extract().jsonPath();
        assertEquals(plans.size(), read.getMap("annualPlans").size());
        assertEquals(body.get("taskForce"), read.getString("taskForce"));
    }

    @Test
    void theHeaviestCaseIsFiledAndReadBackWhole() {
        int materials = DOCUMENT.getInt("components.schemas.CaseSubmission.properties.materials.maxItems");
        List<Map<String, Object>> files = new ArrayList<>();
        for (int i = 0; i < materials; i++) {
            String location = "oss://cases/heavy/" + RUN + "/" + i + "/";
            files.add(Map.of("name", text("Material", "name"), "checksum", "a".repeat(64), "size", Long.MAX_VALUE,
                    "location", location + "x".repeat(max("Material", "location", "maxLength") - location.length())));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("itemCode", "yidi-jiuyi-beian");
        body.put("applicant", Map.of("kind", "PERSON", "name", text("Applicant", "name"),
                "idNumber", Identifiers.residentId("511623", 1980, 7), "contact", "13800000000"));
        body.put("acceptingDistrict", "511623");
        body.put("acceptingWindow", text("CaseSubmission", "acceptingWindow"));
        body.put("handlingDistrict", "500112");
        body.put("handlingDepartment", text("CaseSubmission", "handlingDepartment"));
        body.put("materials", files);
        String number = as("linshui-clerk").header("Idempotency-Key", "heavy-" + RUN).body(body)
                .post("/api/common-handling/cases").then().statusCode(201).extract().path("number");
        JsonPath read = as("linshui-clerk").get("/api/common-handling/cases/" + number).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(materials, read.getList("materials").size());
    }

    /** {@code count} closed square rings of {@code positions} positions each, side by side inside Linshui. */
    static List<Object> polygons(int count, int positions) {
        List<Object> out = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            double lon = 106.9 + p * 0.001;
            List<Object> ring = new ArrayList<>();
            for (int i = 0; i < positions - 1; i++) {
                double t = i / (double) (positions - 1);
                ring.add(List.of(lon + 0.0005 * Math.cos(2 * Math.PI * t), 30.3 + 0.0005 * Math.sin(2 * Math.PI * t)));
            }
            ring.add(ring.get(0));
            out.add(List.of(ring));
        }
        return out;
    }
}
