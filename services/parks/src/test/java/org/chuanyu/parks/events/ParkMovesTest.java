package org.chuanyu.parks.events;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.chuanyu.jurisdiction.time.BusinessTime;
import org.chuanyu.parks.ReferenceDataFixtures;
import org.chuanyu.parks.zones.ZoneDepartures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.chuanyu.jurisdiction.testing.Accounts.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A park's move (its district or zone changed, by an edit or because its district left the zone) is an event on the
 * feed the platform's relay reads, so that every copy of the park's scope follows
 * (docs/adr/0002-copies-follow-their-source-through-an-outbox-feed.md).
 */
@QuarkusTest
class ParkMovesTest {

    static final String FEED = "/api/parks/events";
    static final String ZONE = "zone-test-a";
    static final String RUN = Long.toString(System.nanoTime(), 36);

    @Inject
    ReferenceDataFixtures fixtures;
    @Inject
    ZoneDepartures departures;

    LocalDate today;

    @BeforeEach
    void testZoneWithBothDistricts() {
        today = BusinessTime.pinTodayAtNoon();
        fixtures.resetZone(ZONE);
        fixtures.recordZone(ZONE, "2021-01-01", "511623:10", "500112:20", "500153:5");
    }

    @Test
    void aParkTakenOutOfItsZoneIsAMoveOnTheFeed() {
        String code = "t-move-" + RUN + "-a";
        create(code, "gaozhu");
        long before = lastPosition();
        edit(code, null);
        List<Map<String, Object>> events = eventsAbout(code, before);
        assertEquals(1, events.size(), "one move: " + events);
        JsonPath event = new JsonPath(toJson(events.get(0)));
        assertEquals(ParkEvents.PARK_MOVED, event.getString("type"));
        assertEquals("1.0", event.getString("specversion"));
        assertEquals("/api/parks", event.getString("source"));
        assertEquals("EDITED", event.getString("data.reason"));
        assertEquals("gaozhu", event.getString("data.from.zone"));
        assertEquals(null, event.getString("data.to.zone"));
        assertEquals("500112", event.getString("data.to.district"));
        assertEquals("chongqing", event.getString("data.to.province"));
    }

    @Test
    void anEditThatKeepsTheScopeIsNoEvent() {
        String code = "t-move-" + RUN + "-b";
        create(code, "gaozhu");
        long before = lastPosition();
        edit(code, "gaozhu");
        assertEquals(List.of(), eventsAbout(code, before));
    }

    @Test
    void onlyTheRelayReadsTheFeed() {
        for (String account : List.of("sc-admin", "cq-admin", "joint-office-sc", "linshui-clerk", "sc-viewer",
                "tianfu-tongban", "yukuaiban")) {
            as(account).get(FEED).then().statusCode(403).contentType("application/problem+json");
        }
        as("platform-relay").get(FEED + "?after=-1").then().statusCode(400);
        as("platform-relay").get(FEED + "?limit=501").then().statusCode(400);
    }

    @Test
    void theRelayReadsNoPark() {
        String code = "t-move-" + RUN + "-c";
        create(code, "gaozhu");
        as("platform-relay").get("/api/parks").then().statusCode(200).body("items.size()", equalTo(0));
        as("platform-relay").get("/api/parks/" + code).then().statusCode(404);
        as("platform-relay").get("/api/zones").then().statusCode(200);
    }

    @Test
    void aDistrictLeavingTheZoneTakesItsParksOutAtOnce() {
        String code = "t-move-" + RUN + "-d";
        create(code, ZONE);
        long before = lastPosition();
        putInForce(null);
        as("cq-admin").get("/api/parks/" + code).then().statusCode(200).body("zone", nullValue());
        List<Map<String, Object>> events = eventsAbout(code, before);
        assertEquals(1, events.size(), "one move: " + events);
        JsonPath event = new JsonPath(toJson(events.get(0)));
        assertEquals("LEFT_ZONE", event.getString("data.reason"));
        assertEquals(ZONE, event.getString("data.from.zone"));
    }

    @Test
    void aDepartureOnALaterDayHappensOnThatDay() {
        String code = "t-move-" + RUN + "-e";
        create(code, ZONE);
        LocalDate leaves = today.plusDays(3);
        putInForce(leaves);
        departures.run();
        as("cq-admin").get("/api/parks/" + code).then().statusCode(200).body("zone", equalTo(ZONE));
        BusinessTime.pinAt(leaves + "T09:00:00+08:00");
        assertTrue(departures.run() >= 1);
        as("cq-admin").get("/api/parks/" + code).then().statusCode(200).body("zone", nullValue());
    }

    // --- requests ------------------------------------------------------------------------------

    private static void create(String code, String zone) {
        as("yubei-clerk").contentType("application/json").body(draft(code, zone)).post("/api/parks")
                .then().statusCode(201);
    }

    private static void edit(String code, String zone) {
        String etag = as("yubei-clerk").get("/api/parks/" + code).then().statusCode(200).extract().header("ETag");
        as("yubei-clerk").contentType("application/json").header("If-Match", etag).body(draft(code, zone))
                .put("/api/parks/" + code).then().statusCode(200);
    }

    private static Map<String, Object> draft(String code, String zone) {
        Map<String, Object> draft = new java.util.HashMap<>(Map.of("code", code, "name", "迁移测试园区 " + code,
                "kind", "OTHER", "level", "MUNICIPAL", "district", "500112", "industries", List.of("equipment")));
        if (zone != null) {
            draft.put("zone", zone);
        }
        return draft;
    }

    /** Takes Yubei (500112) out of the test zone (Linshui and Rongchang stay) with both provinces' approvals, effective today or on a later day. */
    private static void putInForce(LocalDate effectiveOn) {
        String etag = as("sc-viewer").get("/api/zones/" + ZONE).then().statusCode(200).extract().header("ETag");
        String body = "{\"reason\":\"测试\"," + (effectiveOn == null ? "" : "\"effectiveOn\":\"" + effectiveOn + "\",")
                + "\"zone\":{\"name\":\"测试合作区\",\"nameEn\":\"Test zone\",\"members\":[{\"division\":\"511623\",\"areaKm2\":10},{\"division\":\"500153\",\"areaKm2\":5}]}}";
        long id = as("sc-admin").contentType("application/json").header("If-Match", etag).body(body)
                .post("/api/zones/" + ZONE + "/changes").then().statusCode(201).extract().jsonPath().getLong("id");
        as("sc-admin").post("/api/zones/" + ZONE + "/changes/" + id + "/approvals").then().statusCode(200);
        as("cq-admin").post("/api/zones/" + ZONE + "/changes/" + id + "/approvals").then().statusCode(200)
                .body("status", equalTo("APPLIED"));
    }

    private static long lastPosition() {
        long last = 0;
        while (true) {
            List<Long> positions = as("platform-relay").get(FEED + "?limit=500&after=" + last).then().statusCode(200)
                    .extract().jsonPath().getList("items.position", Long.class);
            if (positions.isEmpty()) {
                return last;
            }
            last = positions.get(positions.size() - 1);
        }
    }

    private static List<Map<String, Object>> eventsAbout(String code, long after) {
        List<Map<String, Object>> found = new ArrayList<>();
        long last = after;
        while (true) {
            List<Map<String, Object>> items = as("platform-relay").get(FEED + "?limit=500&after=" + last).then()
                    .statusCode(200).extract().jsonPath().getList("items");
            if (items.isEmpty()) {
                return found;
            }
            for (Map<String, Object> item : items) {
                if (code.equals(item.get("subject"))) {
                    found.add(item);
                }
                last = ((Number) item.get("position")).longValue();
            }
        }
    }

    private static String toJson(Map<String, Object> event) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(event);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
