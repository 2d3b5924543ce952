package org.chuanyu.parks.registry;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.chuanyu.parks.registry.ParkApi.RUN;
import static org.chuanyu.jurisdiction.testing.Accounts.as;
import static org.chuanyu.parks.registry.ParkApi.create;
import static org.chuanyu.parks.registry.ParkApi.draft;
import static org.chuanyu.parks.registry.ParkApi.etag;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** The registry's own rules: validation, optimistic locking, filters, pagination, area history. */
@QuarkusTest
class ParkRegistryTest {

    @Test
    void updatesNeedTheCurrentETag() {
        String code = "etag-" + RUN;
        create("linshui-clerk", code, "511623", null).statusCode(201).header("ETag", equalTo("\"0\""));
        as("linshui-clerk").body(draft(code, "511623", null)).put("/api/parks/" + code)
                .then().statusCode(428).contentType("application/problem+json");
        as("linshui-clerk").header("If-Match", "\"0\"").body(draft(code, "511623", null)).put("/api/parks/" + code)
                .then().statusCode(200).header("ETag", equalTo("\"1\""));
        as("linshui-clerk").header("If-Match", "\"0\"").body(draft(code, "511623", null)).put("/api/parks/" + code)
                .then().statusCode(412).contentType("application/problem+json");
    }

    @Test
    void concurrentUpdatesWithTheSameETagHaveExactlyOneWinner() throws Exception {
        String code = "race-" + RUN;
        create("yubei-clerk", code, "500112", null).statusCode(201);
        String etag = etag("yubei-clerk", code);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Map<String, Object> d = draft(code, "500112", null);
                d.put("name", "竞争更新 " + i);
                results.add(pool.submit(() -> as("yubei-clerk").header("If-Match", etag).body(d)
                        .put("/api/parks/" + code).then().extract().statusCode()));
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Integer> f : results) {
                statuses.add(f.get());
            }
            org.junit.jupiter.api.Assertions.assertEquals(1, statuses.stream().filter(st -> st == 200).count(),
                    "exactly one update wins: " + statuses);
            org.junit.jupiter.api.Assertions.assertTrue(statuses.stream().allMatch(st -> st == 200 || st == 409 || st == 412),
                    "the others are told, not silently overwritten: " + statuses);
        } finally {
            pool.shutdownNow();
        }
        as("yubei-clerk").get("/api/parks/" + code).then().statusCode(200).header("ETag", equalTo("\"1\""));
    }

    @Test
    void badDraftsAreRefusedFieldByFieldAndChangeNothing() {
        Map<String, Object> bad = draft("export", "511623", "tianfu-only");
        bad.put("industries", List.of("equipment", "perpetual-motion"));
        bad.put("province", "chongqing");
        create("linshui-clerk", "unused", "511623", null); // a valid neighbour does not mask errors
        as("linshui-clerk").body(bad).post("/api/parks").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("code", "province", "zone", "industries"));
        as("linshui-clerk").get("/api/parks/export-" + RUN).then().statusCode(404);

        Map<String, Object> blank = draft("Bad Code!", "5116", null);
        blank.put("name", " ");
        blank.remove("kind");
        as("linshui-clerk").body(blank).post("/api/parks").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("code", "name", "district", "kind"));
        as("linshui-clerk").body("").post("/api/parks").then().statusCode(400);
        as("linshui-clerk").body("{\"kind\": \"SPACEPORT\"}").post("/api/parks").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void districtMustBeACurrentDivisionAndAMemberOfTheNamedZone() {
        // 519999 has the shape of a Sichuan code but is no division; 511602 (Guang'an District) is not in Gaozhu.
        as("sc-admin").body(draft("nowhere-" + RUN, "519999", null)).post("/api/parks").then().statusCode(400)
                .body("errors.field", contains("district"));
        as("sc-admin").body(draft("guangan-in-gaozhu-" + RUN, "511602", "gaozhu")).post("/api/parks").then()
                .statusCode(400).body("errors.field", contains("zone"));
        as("sc-admin").body(draft("linshui-in-gaozhu-" + RUN, "511623", "gaozhu")).post("/api/parks").then()
                .statusCode(201);
    }

    @Test
    void boundaryMustBeAClosedPolygonInWgs84() {
        Map<String, Object> open = draft("open-ring-" + RUN, "511623", null);
        open.put("boundary", Map.of("type", "Polygon", "coordinates",
                List.of(List.of(List.of(106.9, 30.3), List.of(107.0, 30.3), List.of(107.0, 30.4), List.of(106.95, 30.45)))));
        as("linshui-clerk").body(open).post("/api/parks").then().statusCode(400)
                .body("errors[0].field", equalTo("boundary.coordinates[0]"));

        Map<String, Object> offEarth = draft("off-earth-" + RUN, "511623", null);
        offEarth.put("boundary", Map.of("type", "Polygon", "coordinates",
                List.of(List.of(List.of(106.9, 95.0), List.of(107.0, 30.3), List.of(107.0, 30.4), List.of(106.9, 95.0)))));
        as("linshui-clerk").body(offEarth).post("/api/parks").then().statusCode(400)
                .body("errors[0].field", equalTo("boundary.coordinates[0][0]"));

        Map<String, Object> good = draft("bounded-" + RUN, "511623", null);
        good.put("boundary", Map.of("type", "Polygon", "coordinates",
                List.of(List.of(List.of(106.9, 30.3), List.of(107.0, 30.3), List.of(107.0, 30.4), List.of(106.9, 30.3)))));
        as("linshui-clerk").body(good).post("/api/parks").then().statusCode(201);
        as("linshui-clerk").get("/api/parks/bounded-" + RUN).then().statusCode(200)
                .body("boundary.type", equalTo("Polygon"));
        as("linshui-clerk").get("/api/parks?q=bounded-" + RUN).then().statusCode(200)
                .body("items[0].boundary", nullValue());
    }

    @Test
    void listsPageByKeysetWithoutOverlap() {
        for (String s : List.of("a", "b", "c")) {
            create("yubei-clerk", "page-" + RUN + "-" + s, "500112", null).statusCode(201);
        }
        String cursor = as("yubei-clerk").get("/api/parks?q=page-" + RUN + "&limit=2").then().statusCode(200)
                .body("items.code", contains("page-" + RUN + "-a", "page-" + RUN + "-b"))
                .body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        as("yubei-clerk").queryParam("cursor", cursor).get("/api/parks?q=page-" + RUN + "&limit=2").then()
                .statusCode(200)
                .body("items.code", contains("page-" + RUN + "-c"))
                .body("nextCursor", nullValue());
        as("yubei-clerk").get("/api/parks?limit=0").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        as("yubei-clerk").get("/api/parks?limit=many").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        as("yubei-clerk").get("/api/parks?cursor=garbage!").then().statusCode(400);
        as("yubei-clerk").get("/api/parks?kind=SPACEPORT&district=12").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("kind", "district"));
    }

    @Test
    void filtersByKindIndustryAndDistrict() {
        String code = "filtered-" + RUN;
        Map<String, Object> d = draft(code, "500112", null);
        d.put("kind", "HIGH_TECH_ZONE");
        d.put("industries", List.of("displays"));
        as("yubei-clerk").body(d).post("/api/parks").then().statusCode(201);
        as("yubei-clerk").get("/api/parks?kind=HIGH_TECH_ZONE&industry=displays&district=500112&limit=500")
                .then().statusCode(200).body("items.code", hasItem(code));
        as("yubei-clerk").get("/api/parks?q=" + code + "&industry=equipment").then().statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void areaHistoryIsAppendedAndTheLatestAreaShows() {
        String code = "area-" + RUN;
        create("rongchang-clerk", code, "500153", null).statusCode(201);
        as("rongchang-clerk").body(Map.of("kind", "FILED", "areaKm2", 27.87, "effectiveOn", "2018-02-28"))
                .post("/api/parks/" + code + "/area-history").then().statusCode(201);
        as("rongchang-clerk").body(Map.of("kind", "FILED", "areaKm2", 28.8, "effectiveOn", "2022-12-31"))
                .post("/api/parks/" + code + "/area-history").then().statusCode(201);
        as("rongchang-clerk").body(Map.of("kind", "PLANNED", "areaKm2", 100.07, "effectiveOn", "2023-06-30"))
                .post("/api/parks/" + code + "/area-history").then().statusCode(201);
        as("rongchang-clerk").body(Map.of("kind", "MANAGED", "areaKm2", -3, "effectiveOn", "2023-06-30"))
                .post("/api/parks/" + code + "/area-history").then().statusCode(400)
                .body("errors[0].field", equalTo("areaKm2"));
        as("rongchang-clerk").get("/api/parks/" + code + "/area-history").then().statusCode(200)
                .body("areaKm2", contains(27.87f, 28.8f, 100.07f));
        as("rongchang-clerk").get("/api/parks/" + code).then().statusCode(200)
                .body("area.FILED", equalTo(28.8f)).body("area.PLANNED", equalTo(100.07f));
        as("longchang-clerk").get("/api/parks/" + code + "/area-history").then().statusCode(404);
        as("longchang-clerk").body(Map.of("kind", "FILED", "areaKm2", 1, "effectiveOn", "2024-01-01"))
                .post("/api/parks/" + code + "/area-history").then().statusCode(404);
    }

    @Test
    void industryVocabularyIsReferenceData() {
        as("yukuaiban").get("/api/parks/industries").then().statusCode(200)
                .body("code", hasItem("new-energy-vehicles"));
    }
}
