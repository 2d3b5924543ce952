package org.chuanyu.projects;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for two other services' public APIs, started for the module's tests: the parks API
 * ({@code GET /api/parks/{code}}, {@code GET /api/parks/industries}) with fixture parks, and the
 * common-handling calendar ({@code GET /api/common-handling/calendar/{year}}) with the published 2025
 * and 2026 schedules. It is not a stand-in for Keycloak or the database (those are real): it only
 * spares the tests from running two more services. The real interplay is proven by
 * e2e/ProjectsThroughGatewayIT against the running stack.
 *
 * <p>Like the real parks service it answers 401 without a bearer token and 404 for a park outside
 * the token's jurisdiction (read from the token's claims; the token itself was verified by this
 * service before it was forwarded). Park codes beginning {@code t-down-} and the calendar year 2024
 * drop the connection: the other service is unreachable.
 */
public class ParksAndCalendarStandIn implements QuarkusTestResourceLifecycleManager {

    /** Requests that arrived without a bearer token; the tests assert none did. */
    public static final AtomicInteger WITHOUT_TOKEN = new AtomicInteger();

    public static final String RIVERSIDE = "重庆沿江承接产业转移示范区";
    public static final String COOPERATION = "川渝合作共建产业合作示范园区";

    /** code → province, district, zone ("" for none), designations. */
    static final Map<String, List<Object>> PARKS = new java.util.concurrent.ConcurrentHashMap<>(Map.of(
            "t-linshui-park", List.of("sichuan", "511623", "", List.of()),
            "t-gaozhu-park", List.of("sichuan", "511623", "gaozhu", List.of(COOPERATION)),
            "t-gaozhu-yubei-park", List.of("chongqing", "500112", "gaozhu", List.of()),
            "t-yubei-park", List.of("chongqing", "500112", "", List.of()),
            "t-rongchang-park", List.of("chongqing", "500153", "", List.of(RIVERSIDE)),
            "t-fuling-park", List.of("chongqing", "500102", "", List.of(RIVERSIDE)),
            "t-chengdu-park", List.of("sichuan", "510107", "", List.of()),
            "t-longchang-park", List.of("sichuan", "511083", "rongchang-longchang", List.of(COOPERATION)),
            // Moved by ParkMovesTest only, and put back by it.
            "t-moving-park", List.of("chongqing", "500112", "gaozhu", List.of())));

    /** The parks event feed as the stand-in serves it to the relay: park.moved events, oldest first. */
    static final List<JsonObject> EVENTS = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Moves a stand-in park; with {@code announce}, the move is also an event on the feed (as parks does). */
    public static void move(String code, String province, String district, String zone, boolean announce) {
        List<Object> park = PARKS.get(code);
        PARKS.put(code, List.of(province, district, zone == null ? "" : zone, park.get(3)));
        if (announce) {
            JsonObject to = new JsonObject().put("province", province).put("district", district).put("zone", zone);
            EVENTS.add(new JsonObject().put("position", EVENTS.size() + 1L).put("specversion", "1.0")
                    .put("id", java.util.UUID.randomUUID().toString()).put("source", "/api/parks")
                    .put("type", "cn.chuanyu.parks.park.moved").put("subject", code)
                    .put("data", new JsonObject().put("code", code).put("reason", "EDITED").put("to", to)));
        }
    }

    /** Relay requests the feed has answered (a test waits for one after its move). */
    public static final AtomicInteger FEED_READS = new AtomicInteger();

    static final List<String> INDUSTRIES = List.of("automotive", "new-energy-vehicles", "electronics", "equipment",
            "new-materials", "batteries", "photovoltaics", "consumer-goods", "pharmaceuticals", "chemicals",
            "packaging", "food", "other");

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        JsonObject calendar = new JsonObject(resource("calendar-fixture.json"));
        HttpServer server = vertx.createHttpServer().requestHandler(request -> handle(request, calendar));
        try {
            server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("stand-in did not start", e);
        }
        String url = "http://127.0.0.1:" + server.actualPort();
        return Map.of("parks.url", url, "calendar.url", url);
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }

    private static void handle(HttpServerRequest request, JsonObject calendar) {
        String path = request.path();
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            WITHOUT_TOKEN.incrementAndGet();
            json(request, 401, new JsonObject().put("status", 401));
            return;
        }
        if (path.equals("/api/parks/industries")) {
            JsonArray codes = new JsonArray();
            INDUSTRIES.forEach(c -> codes.add(new JsonObject().put("code", c).put("name", c).put("nameEn", c)));
            request.response().putHeader("Content-Type", "application/json").setStatusCode(200).end(codes.encode());
        } else if (path.equals("/api/parks/events")) {
            feed(request, claims(authorization));
        } else if (path.startsWith("/api/parks/")) {
            String code = path.substring("/api/parks/".length());
            if (code.startsWith("t-down-")) {
                request.connection().close();
                return;
            }
            List<Object> park = PARKS.get(code);
            if (park == null || !visible(claims(authorization), park)) {
                json(request, 404, new JsonObject().put("status", 404).put("detail", "Park not found"));
                return;
            }
            JsonArray designations = new JsonArray();
            ((List<?>) park.get(3)).forEach(d -> designations.add(new JsonObject().put("name", d).put("year", 2021)));
            JsonObject body = new JsonObject().put("code", code).put("name", "测试园区 " + code)
                    .put("province", park.get(0)).put("district", park.get(1))
                    .put("kind", "OTHER").put("designations", designations).put("version", 1);
            if (!park.get(2).toString().isEmpty()) {
                body.put("zone", park.get(2));
            }
            json(request, 200, body);
        } else if (path.startsWith("/api/common-handling/calendar/")) {
            String year = path.substring("/api/common-handling/calendar/".length());
            if (year.equals("2024")) {
                request.connection().close();
                return;
            }
            JsonObject loaded = calendar.getJsonObject(year);
            json(request, 200, loaded != null ? loaded : new JsonObject().put("year", Integer.parseInt(year))
                    .put("loaded", false).put("provisional", true).put("holidays", new JsonArray())
                    .put("makeUpWorkdays", new JsonArray()));
        } else {
            json(request, 404, new JsonObject().put("status", 404));
        }
    }

    /** As parks answers it: the relay only; events after {@code after}, at most {@code limit}. */
    private static void feed(HttpServerRequest request, JsonObject claims) {
        if (!claims.getJsonObject("realm_access", new JsonObject()).getJsonArray("roles", new JsonArray())
                .contains("platform-relay")) {
            json(request, 403, new JsonObject().put("status", 403));
            return;
        }
        long after = Long.parseLong(java.util.Objects.requireNonNullElse(request.getParam("after"), "0"));
        int limit = Integer.parseInt(java.util.Objects.requireNonNullElse(request.getParam("limit"), "50"));
        JsonArray items = new JsonArray();
        EVENTS.stream().filter(e -> e.getLong("position") > after).limit(limit).forEach(items::add);
        FEED_READS.incrementAndGet();
        json(request, 200, new JsonObject().put("items", items));
    }

    /** The jurisdiction rule table, as far as parks' visibility goes (docs/tenancy.md, "The rule table"). */
    private static boolean visible(JsonObject claims, List<Object> park) {
        Set<String> roles = Set.copyOf(claims.getJsonObject("realm_access", new JsonObject())
                .getJsonArray("roles", new JsonArray()).getList());
        List<?> districts = claims.getJsonArray("districts", new JsonArray()).getList();
        List<?> zones = claims.getJsonArray("zones", new JsonArray()).getList();
        String zone = park.get(2).toString();
        if (roles.contains("cross-province-admin")) {
            return true;
        }
        if (roles.contains("province-admin") && (park.get(0).equals(claims.getString("province")) || !zone.isEmpty())) {
            return true;
        }
        return districts.contains(park.get(1)) || (!zone.isEmpty() && zones.contains(zone));
    }

    private static JsonObject claims(String authorization) {
        String[] parts = authorization.substring("Bearer ".length()).split("\\.");
        return new JsonObject(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }

    private static void json(HttpServerRequest request, int status, JsonObject body) {
        request.response().putHeader("Content-Type", "application/json").setStatusCode(status).end(body.encode());
    }

    private static String resource(String name) {
        try (InputStream in = ParksAndCalendarStandIn.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
