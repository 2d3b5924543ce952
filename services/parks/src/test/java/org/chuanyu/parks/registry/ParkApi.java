package org.chuanyu.parks.registry;

import io.restassured.response.ValidatableResponse;

import java.util.Map;

import static org.chuanyu.jurisdiction.testing.Accounts.as;

/** Calls to the park API as a demo account, for scenario tests. */
final class ParkApi {

    /** A suffix unique to this test run, so runs never collide with rows an earlier run left. */
    static final String RUN = Long.toString(System.nanoTime(), 36);

    private ParkApi() {
    }

    static Map<String, Object> draft(String code, String district, String zone) {
        Map<String, Object> draft = new java.util.HashMap<>(Map.of(
                "code", code, "name", "测试园区 " + code, "nameEn", "Test park " + code,
                "kind", "NEW_AREA", "level", "PROVINCIAL", "district", district,
                "industries", java.util.List.of("equipment", "new-materials")));
        if (zone != null) {
            draft.put("zone", zone);
        }
        return draft;
    }

    static ValidatableResponse create(String account, String code, String district, String zone) {
        return as(account).body(draft(code, district, zone)).post("/api/parks").then();
    }

    static String etag(String account, String code) {
        return as(account).get("/api/parks/" + code).then().statusCode(200).extract().header("ETag");
    }
}
