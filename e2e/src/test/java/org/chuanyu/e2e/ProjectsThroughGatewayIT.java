package org.chuanyu.e2e;

import io.restassured.specification.RequestSpecification;
import org.chuanyu.jurisdiction.testing.Accounts;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * The projects service with the real parks service and the real calendar behind it, through the gateway:
 * a project's scope comes from its park as the parks service shows it to the caller, and a blocker's
 * deadline from the common-handling calendar.
 */
class ProjectsThroughGatewayIT {

    static final String RUN = Long.toString(System.nanoTime(), 36);

    static RequestSpecification as(String account) {
        return Accounts.as(account, Stack.GATEWAY);
    }

    /** A valid unified social credit code (GB 32100 check character). */
    static String creditCode(String division, String serial) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        String body = "91" + division + String.format("%9s", serial).replace(' ', '0');
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += alphabet.indexOf(body.charAt(i)) * weights[i];
        }
        int check = 31 - sum % 31;
        return body + alphabet.charAt(check == 31 ? 0 : check);
    }

    static Map<String, Object> project(String code, String park) {
        return Map.of("code", code, "name", "端到端测试项目", "investor", Map.of("name", "浙江测试集团有限公司",
                        "creditCode", creditCode("330100", "MA2E2E001"), "sourceRegion", "YANGTZE_RIVER_DELTA"),
                "industry", "automotive", "parkCode", park, "plannedInvestment", 500000000, "transferredFromEast", true);
    }

    @Test
    void aGaozhuProjectTakesItsScopeFromTheParksServiceAndItsDeadlinesFromTheCalendar() {
        String park = "e2e-proj-gaozhu-" + RUN;
        as("yubei-clerk").body(Map.of("code", park, "name", "高竹新区端到端项目园", "kind", "OTHER", "level", "MUNICIPAL",
                "district", "500112", "zone", "gaozhu", "industries", java.util.List.of("automotive")))
                .post("/api/parks").then().statusCode(201);

        // Linshui's clerk registers it (Gaozhu is his zone too); the scope is the park's, in Chongqing.
        String code = park + ".e2e-gaozhu";
        as("linshui-clerk").body(project(code, park)).post("/api/projects").then().statusCode(201)
                .body("province", equalTo("chongqing")).body("district", equalTo("500112")).body("zone", equalTo("gaozhu"));
        // Rongchang's clerk cannot see the park in the parks service, so cannot name it.
        as("rongchang-clerk").body(project(park + ".e2e-rongchang-" + RUN, park)).post("/api/projects").then().statusCode(422)
                .body("errors[0].field", equalTo("parkCode"));

        as("yubei-clerk").get("/api/projects/" + code).then().statusCode(200);
        as("rongchang-clerk").get("/api/projects/" + code).then().statusCode(404);
        as("rongchang-clerk").get("/api/projects?zone=gaozhu&limit=500").then().statusCode(200)
                .body("items.code", not(hasItem(code)));

        // Raised the day before National Day 2026: due on the first working day after the holiday.
        as("yubei-clerk").body(Map.of("description", "跨省临时用地手续", "category", "LAND", "severity", "SMALL",
                        "ownerDepartment", "川渝高竹新区自然资源局", "raisedAt", "2026-09-30T10:00:00+08:00"))
                .post("/api/projects/" + code + "/blockers").then().statusCode(201)
                .body("dueOn", equalTo("2026-10-08")).body("dueProvisional", equalTo(false));

        as("linshui-clerk").get("/api/projects/stats?groupBy=zone").then().statusCode(200)
                .body("groups.key", hasItem("gaozhu"));
    }

    /**
     * A word of the parks API is never a park: GET /api/parks/whoami answers with the caller, which the
     * projects service took for a park and failed on (500).
     */
    @Test
    void aParkCodeThatIsTheWhoamiWordNamesNoPark() {
        // whoami answered 500; export, industries and rankings 503 ("did not answer usably"):
        // docs/security.md, finding 11
        for (String word : List.of("whoami", "export", "industries", "rankings")) {
            as("linshui-clerk").body(project(word + ".e2e-word-" + RUN, word)).post("/api/projects").then()
                    .statusCode(422).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("parkCode"));
            as("linshui-clerk").get("/api/projects/" + word + ".e2e-word-" + RUN).then().statusCode(404);
        }
    }

    /**
     * Finding 1 of docs/security.md, as it was verified: yubei-clerk takes a Gaozhu park out of the zone; linshui-clerk
     * (Sichuan, Gaozhu) could still read the Chongqing project on it (200) and raise a blocker (201). Now the write is
     * refused at once (the park itself is asked), and the project, its blockers and its place in lists follow the park.
     */
    @Test
    void aProjectLeavesTheZoneWithItsPark() {
        String park = "e2e-moving-" + RUN;
        Map<String, Object> parkBody = new java.util.HashMap<>(Map.of("code", park, "name", "迁移园区 " + park,
                "kind", "OTHER", "level", "MUNICIPAL", "district", "500112", "zone", "gaozhu"));
        as("yubei-clerk").body(parkBody).post("/api/parks").then().statusCode(201);
        String code = park + ".project";
        as("yubei-clerk").body(project(code, park)).post("/api/projects").then().statusCode(201);
        Map<String, Object> blocker = Map.of("description", "用地指标未落实", "category", "LAND", "severity", "SMALL",
                "ownerDepartment", "区规划自然资源局");
        as("linshui-clerk").body(blocker).post("/api/projects/" + code + "/blockers").then().statusCode(201);

        String etag = as("yubei-clerk").get("/api/parks/" + park).then().statusCode(200).extract().header("ETag");
        parkBody.remove("zone");
        as("yubei-clerk").header("If-Match", etag).body(parkBody).put("/api/parks/" + park).then().statusCode(200);

        as("linshui-clerk").get("/api/parks/" + park).then().statusCode(404);
        as("linshui-clerk").body(blocker).post("/api/projects/" + code + "/blockers").then().statusCode(404)
                .contentType("application/problem+json");
        org.chuanyu.jurisdiction.testing.Eventually.assertWithin(java.time.Duration.ofSeconds(30), () ->
                as("linshui-clerk").get("/api/projects/" + code).then().statusCode(404));
        as("linshui-clerk").get("/api/projects/" + code + "/blockers").then().statusCode(404);
        as("linshui-clerk").get("/api/projects?park=" + park).then().statusCode(200).body("items.size()", equalTo(0));
        as("yubei-clerk").get("/api/projects/" + code).then().statusCode(200).body("zone", org.hamcrest.Matchers.nullValue());
        as("yubei-clerk").get("/api/projects/" + code + "/blockers").then().statusCode(200).body("size()", equalTo(1));
    }
}
