package org.chuanyu.projects.registry;

import io.quarkus.test.junit.QuarkusTest;
import org.chuanyu.projects.ParksAndCalendarStandIn;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.chuanyu.jurisdiction.testing.Accounts.as;
import static org.chuanyu.projects.Api.code;
import static org.chuanyu.projects.Api.create;
import static org.chuanyu.projects.Api.draft;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Registering a project: the destination park decides the scope, and the parks service is asked as the caller. */
@QuarkusTest
class ProjectRegistrationTest {

    @Test
    void linshuiClerkRegistersAProjectThatTakesItsParksScopeAndDesignations() {
        String code = code("t-gaozhu-park", "gaozhu-battery");
        create("linshui-clerk", code, "t-gaozhu-park").statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("province", equalTo("sichuan")).body("district", equalTo("511623"))
                .body("zone", equalTo("gaozhu"))
                .body("parkDesignations", hasItem(ParksAndCalendarStandIn.COOPERATION))
                .body("stage", equalTo("LEAD")).body("completedInvestment", equalTo(0.0f))
                .body("currency", equalTo("CNY")).body("createdBy", equalTo("linshui-clerk"))
                .body("milestones.SIGNED.planned", equalTo("2026-03-31"));
        as("linshui-clerk").get("/api/projects/" + code).then().statusCode(200)
                .body("investor.sourceRegion", equalTo("YANGTZE_RIVER_DELTA"));
        assertEquals(0, ParksAndCalendarStandIn.WITHOUT_TOKEN.get(), "every call to parks carried the caller's token");
    }

    @Test
    void aParkTheCallerCannotSeeIsAFieldErrorAndNothingIsStored() {
        String code = code("t-yubei-park", "linshui-in-yubei");
        create("linshui-clerk", code, "t-yubei-park").statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("parkCode"));
        create("linshui-clerk", code("t-no-such-park", "unknown-park"), "t-no-such-park").statusCode(422);
        as("linshui-clerk").get("/api/projects/" + code).then().statusCode(404);
        as("yubei-clerk").get("/api/projects/" + code).then().statusCode(404);
    }

    @Test
    void parksUnreachableAnswers503AndStoresNothing() {
        String code = code("t-down-park", "parks-down");
        create("linshui-clerk", code, "t-down-park").statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo("https://chuanyu.example/problems/unavailable"));
        as("sc-admin").get("/api/projects/" + code).then().statusCode(404);
    }

    @Test
    void badInputListsEveryFieldAndStoresNothing() {
        String code = code("t-linshui-park", "bad-input");
        Map<String, Object> bad = draft(code, "t-linshui-park");
        bad.put("investor", Map.of("name", "某公司", "creditCode", "91330100MA2A00010X", "sourceRegion", "MARS"));
        as("linshui-clerk").body(bad).post("/api/projects").then().statusCode(400)
                .body("errors.field", hasItem("investor.sourceRegion"));

        bad = draft(code, "t-linshui-park");
        bad.put("investor", Map.of("name", "某公司", "creditCode", "91330100MA2A00010X", "sourceRegion", "ABROAD"));
        bad.put("plannedInvestment", -5);
        bad.put("currency", "USD");
        bad.put("milestones", Map.of("SIGNED", Map.of("planned", "2026-06-30"), "STARTED", Map.of("planned", "2026-03-31"),
                "LAUNCHED", Map.of("planned", "2026-07-01")));
        as("linshui-clerk").body(bad).post("/api/projects").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("investor.creditCode", "plannedInvestment", "currency"));
        bad = draft(code, "t-linshui-park");
        bad.put("milestones", Map.of("SIGNED", Map.of("planned", "2026-06-30"), "STARTED", Map.of("planned", "2026-03-31"),
                "LAUNCHED", Map.of("planned", "2026-07-01")));
        as("linshui-clerk").body(bad).post("/api/projects").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("milestones.LAUNCHED", "milestones.STARTED.planned"));

        bad = draft(code, "t-linshui-park");
        bad.put("industry", "space-tourism");
        as("linshui-clerk").body(bad).post("/api/projects").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("industry"));
        bad = draft("stats", "t-linshui-park");
        as("linshui-clerk").body(bad).post("/api/projects").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("code"));
        as("linshui-clerk").body("{\"name\": [1]}").post("/api/projects").then().statusCode(400);
        as("linshui-clerk").get("/api/projects/" + code).then().statusCode(404);
    }

    @Test
    void theCodeIsUnique() {
        String code = code("t-linshui-park", "twice");
        create("linshui-clerk", code, "t-linshui-park").statusCode(201);
        create("linshui-clerk", code, "t-linshui-park").statusCode(409);
    }

    @Test
    void aCodeBeginsWithItsParksCode() {
        String code = code("t-linshui-park", "elsewhere");
        create("linshui-clerk", code, "t-gaozhu-park").statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("parkCode"))
                .body("errors[0].message", equalTo("must be the park the code begins with (t-linshui-park)"));
        for (String bad : List.of("elsewhere-" + org.chuanyu.projects.Api.RUN, "t-linshui-park.", ".x",
                "t-linshui-park.a.b", "T-linshui-park.a")) {
            create("linshui-clerk", bad, "t-linshui-park").statusCode(400).body("errors.field", contains("code"));
        }
        as("linshui-clerk").get("/api/projects/" + code).then().statusCode(404);
    }

    /**
     * Finding 8 of docs/security.md: project codes were one namespace for both provinces, so a clerk who registered
     * the code of a project it cannot see got 409 and learnt that the project exists. A code now begins with its
     * park's code, so the same words in a park the clerk may write in are another code, and the invisible project's
     * own code names a park the clerk cannot see (422 on parkCode, as for any park it cannot see). Before:
     * registering the code in the clerk's own park answered 409.
     */
    @Test
    void registeringTheCodeOfAnInvisibleProjectRevealsNothing() {
        String yubeiOnly = code("t-yubei-park", "invisible");
        create("yubei-clerk", yubeiOnly, "t-yubei-park").statusCode(201);
        as("linshui-clerk").get("/api/projects/" + yubeiOnly).then().statusCode(404);

        create("linshui-clerk", yubeiOnly, "t-yubei-park").statusCode(422).body("errors.field", contains("parkCode"));
        create("linshui-clerk", yubeiOnly, "t-linshui-park").statusCode(400).body("errors.field", contains("parkCode"));
        String sameWords = "t-linshui-park" + yubeiOnly.substring(yubeiOnly.indexOf('.'));
        create("linshui-clerk", sameWords, "t-linshui-park").statusCode(201);
        as("yubei-clerk").get("/api/projects/" + yubeiOnly).then().statusCode(200).body("parkCode", equalTo("t-yubei-park"));
    }

    @Test
    void aViewerSeesTheParkButMayNotRegisterThere() {
        create("sc-viewer", code("t-linshui-park", "viewer-made"), "t-linshui-park").statusCode(403);
    }

    @Test
    void listFiltersAndKeysetPagination() {
        String tag = "pg" + org.chuanyu.projects.Api.RUN;
        String a = "t-linshui-park." + tag + "-a";
        String b = "t-linshui-park." + tag + "-b";
        String c = "t-gaozhu-park." + tag + "-c";
        create("linshui-clerk", a, "t-linshui-park").statusCode(201);
        create("linshui-clerk", b, "t-linshui-park").statusCode(201);
        Map<String, Object> other = draft(c, "t-gaozhu-park");
        other.put("industry", "batteries");
        other.put("plannedInvestment", 5000);
        other.put("keyLevel", "PROVINCE");
        as("linshui-clerk").body(other).post("/api/projects").then().statusCode(201);

        String cursor = as("linshui-clerk").get("/api/projects?limit=2&q=" + tag).then().statusCode(200)
                .body("items.code", contains(c, a)).extract().path("nextCursor");
        as("linshui-clerk").get("/api/projects?limit=2&q=" + tag + "&cursor=" + cursor).then().statusCode(200)
                .body("items.code", contains(b)).body("nextCursor", nullValue());
        as("linshui-clerk").get("/api/projects?industry=batteries&zone=gaozhu&keyLevel=PROVINCE&maxInvestment=6000&q=" + tag)
                .then().statusCode(200).body("items.code", contains(c));
        as("linshui-clerk").get("/api/projects?park=t-linshui-park&minInvestment=6000&transferred=true&q=" + tag)
                .then().statusCode(200).body("items.code", contains(a, b));
        // Yubei's clerk shares the Gaozhu zone, not Linshui's own projects.
        as("yubei-clerk").get("/api/projects?q=" + tag).then().statusCode(200).body("items.code", contains(c));
        as("linshui-clerk").get("/api/projects?limit=0").then().statusCode(400);
        as("linshui-clerk").get("/api/projects?stage=DREAMING&minInvestment=abc&province=hubei")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("minInvestment", "province", "stage"));
        as("linshui-clerk").get("/api/projects?cursor=not*base64").then().statusCode(400);
    }
}
