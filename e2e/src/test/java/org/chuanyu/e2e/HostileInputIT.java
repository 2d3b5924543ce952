package org.chuanyu.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chuanyu.e2e.hostile.Hostile;
import org.chuanyu.e2e.hostile.Nasties;
import org.chuanyu.jurisdiction.testing.RealmTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hand-picked hostile input, through the gateway, against the write endpoints of every service and a few query
 * parameters: every answer is 2xx or 4xx problem+json (413 from the gateway included), never 5xx, never a stack
 * trace or a class name; a refused write changes nothing (the list the same account sees is counted before and
 * after, and a refused transition leaves the case's ETag as it was).
 */
class HostileInputIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String RUN = "hx" + Long.toString(System.nanoTime(), 36);
    static final AtomicInteger SERIAL = new AtomicInteger();
    static final Map<String, Integer> COVERAGE = new TreeMap<>();
    static final String MARK = "@@nasty@@";
    static final int TEN_MB = 10 * 1024 * 1024;

    static String park;
    static String caseNumber;

    static String token(String account) {
        return account.equals("tianfu-tongban") ? RealmTokens.serviceAccount(account) : RealmTokens.user(account);
    }

    @BeforeAll
    static void recordsToWriteAgainst() {
        Hostile setup = new Hostile(Stack.GATEWAY);
        park = RUN + "-park";
        Hostile.Answer created = setup.send("setup", "park", "POST", "/api/parks", token("linshui-clerk"), "application/json",
                json(parkBody(park)), Map.of());
        assertEquals(201, created.status(), created.body());
        Hostile.Answer submitted = setup.send("setup", "case", "POST", "/api/common-handling/cases", token("tianfu-tongban"),
                "application/json", json(caseBody()), Map.of("Idempotency-Key", RUN + "-setup"));
        assertEquals(201, submitted.status(), submitted.body());
        caseNumber = submitted.json().get("number").asText();
    }

    // ---- valid bodies, one field of which is replaced by each nasty ---------------------------------------------

    static Map<String, Object> parkBody(String code) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", "敌意输入测试园");
        body.put("kind", "OTHER");
        body.put("level", "MUNICIPAL");
        body.put("district", "511623");
        body.put("zone", "gaozhu");
        body.put("industries", List.of("automotive"));
        return body;
    }

    static Map<String, Object> projectBody(String code) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", "敌意输入测试项目");
        body.put("investor", Map.of("name", "浙江测试集团有限公司",
                "creditCode", ProjectsThroughGatewayIT.creditCode("330100", "MA2E2E001"), "sourceRegion", "YANGTZE_RIVER_DELTA"));
        body.put("industry", "automotive");
        body.put("parkCode", park);
        body.put("plannedInvestment", 500000000);
        body.put("transferredFromEast", true);
        return body;
    }

    static Map<String, Object> policyBody(int serial) {
        Map<String, Object> policy = new LinkedHashMap<>();
        policy.put("department", "四川省敌意输入测试厅");
        policy.put("documentNumber", "川敌测〔2026〕" + serial + RUN + "号");
        policy.put("title", "敌意输入测试政策 " + RUN);
        policy.put("kind", "INVESTMENT_PROMOTION");
        policy.put("validFrom", "2026-01-01");
        policy.put("text", "一、测试。");
        policy.put("applicability", Map.of("zones", List.of("gaozhu"), "industries", List.of("automotive")));
        policy.put("benefits", List.of(Map.of("type", "ONE_OFF_REWARD", "description", "奖励",
                "amountMin", 1000, "amountMax", 2000)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("joint", false);
        body.put("policy", policy);
        return body;
    }

    static Map<String, Object> caseBody() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("itemCode", "yidi-jiuyi-beian");
        body.put("applicant", Map.of("kind", "PERSON", "name", "敌意测试", "idNumber", "511623199001011238"));
        body.put("acceptingDistrict", "511623");
        body.put("handlingDistrict", "500112");
        return body;
    }

    static Map<String, Object> calendarBody() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("source", "国务院办公厅关于2026年部分节假日安排的通知（敌意输入测试）");
        body.put("holidays", List.of(Map.of("name", "元旦", "days", List.of("2026-01-01"))));
        body.put("makeUpWorkdays", List.of("2026-01-04"));
        return body;
    }

    static Map<String, Object> transitionBody() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("action", "ACCEPT");
        body.put("comment", "敌意输入测试");
        return body;
    }

    // ---- the write endpoints --------------------------------------------------------------------------------------

    @Test
    void parkRegistrationSurvivesHostileInput() {
        Hostile h = new Hostile(Stack.GATEWAY);
        String token = token("linshui-clerk");
        Supplier<Integer> count = () -> count(h, token, "/api/parks?q=" + RUN + "&limit=100");
        writes(h, "POST /api/parks", "POST", () -> "/api/parks", token, n -> parkBody(RUN + "-p" + n), "",
                Map::of, count, true);
        finish(h);
    }

    @Test
    void projectRegistrationSurvivesHostileInput() {
        Hostile h = new Hostile(Stack.GATEWAY);
        String token = token("linshui-clerk");
        Supplier<Integer> count = () -> count(h, token, "/api/projects?q=" + RUN + "&limit=100");
        writes(h, "POST /api/projects", "POST", () -> "/api/projects", token, n -> projectBody(park + "." + RUN + "-j" + n), "",
                Map::of, count, true);
        finish(h);
    }

    @Test
    void policyDraftingSurvivesHostileInput() {
        Hostile h = new Hostile(Stack.GATEWAY);
        String token = token("sc-admin");
        Supplier<Integer> count = () -> count(h, token, "/api/policies?status=DRAFT&province=sichuan&limit=100");
        writes(h, "POST /api/policies", "POST", () -> "/api/policies", token, HostileInputIT::policyBody, "policy",
                Map::of, count, false);
        finish(h);
    }

    @Test
    void caseSubmissionSurvivesHostileInput() {
        Hostile h = new Hostile(Stack.GATEWAY);
        String token = token("tianfu-tongban");
        Supplier<Integer> count = () -> count(h, token,
                "/api/common-handling/cases?item=yidi-jiuyi-beian&acceptingDistrict=511623&handlingDistrict=500112&limit=100");
        writes(h, "POST /api/common-handling/cases", "POST", () -> "/api/common-handling/cases", token,
                n -> caseBody(), "", () -> Map.of("Idempotency-Key", RUN + "-" + SERIAL.incrementAndGet()), count, false);
        finish(h);
    }

    /** Against a loaded year with a stale If-Match: whatever the body, nothing may change. */
    @Test
    void calendarLoadingSurvivesHostileInput() {
        Hostile h = new Hostile(Stack.GATEWAY);
        String token = token("sc-admin");
        String year = "/api/common-handling/calendar/2026";
        Supplier<Integer> version = () -> {
            Hostile.Answer a = h.send("GET /api/common-handling/calendar/{year}", "version", "GET", year, token, null, null, Map.of());
            return a.json().path("version").asInt(-1);
        };
        int before = version.get();
        writes(h, "PUT /api/common-handling/calendar/{year}", "PUT", () -> year, token, n -> calendarBody(), "",
                () -> Map.of("If-Match", "\"hostile-stale\""), () -> 0, false);
        for (Map.Entry<String, String> year2 : Nasties.QUERY_VALUES.entrySet()) {
            h.send("PUT /api/common-handling/calendar/{year}", "year " + year2.getKey(), "PUT",
                    "/api/common-handling/calendar/" + encode(year2.getValue()), token, "application/json",
                    json(calendarBody()), Map.of());
        }
        if (version.get() != before) {
            h.finding("calendar 2026 changed from version " + before + " under hostile PUTs with a stale If-Match");
        }
        finish(h);
    }

    /** Each refused transition must leave the case as it was (same ETag). */
    @Test
    void caseTransitionsSurviveHostileInput() {
        Hostile h = new Hostile(Stack.GATEWAY);
        String token = token("linshui-clerk");
        String endpoint = "POST /api/common-handling/cases/{number}/transitions";
        String path = "/api/common-handling/cases/" + caseNumber;
        Supplier<String> etag = () -> etagOf(token, path);
        for (Map.Entry<String, Supplier<byte[]>> body : hostileBodies(transitionBody(), "").entrySet()) {
            String before = etag.get();
            Hostile.Answer a = h.send(endpoint, body.getKey(), "POST", path + "/transitions", token,
                    contentTypeOf(body.getKey()), body.getValue().get(), Map.of("If-Match", before));
            if (!a.success() && !before.equals(etag.get())) {
                h.finding(endpoint + " / " + body.getKey() + ": refused with " + a.status() + " but the case changed");
            }
        }
        finish(h);
    }

    // ---- query parameters -----------------------------------------------------------------------------------------

    @Test
    void queryParametersSurviveHostileValues() {
        Hostile h = new Hostile(Stack.GATEWAY);
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        parameters.put("/api/parks", List.of("limit", "cursor", "q", "district"));
        parameters.put("/api/projects", List.of("limit", "cursor", "q"));
        parameters.put("/api/policies", List.of("limit", "cursor", "q", "validOn"));
        parameters.put("/api/common-handling/cases", List.of("limit", "cursor", "q", "dueBefore"));
        parameters.put("/api/common-handling/stats", List.of("from", "to"));
        parameters.put("/api/divisions", List.of("asOf", "q"));
        parameters.put("/api/common-handling/calendar/2026/changes", List.of("limit", "cursor"));
        String token = token("sc-admin");
        parameters.forEach((path, names) -> {
            for (String name : names) {
                Nasties.QUERY_VALUES.forEach((what, value) -> h.send("GET " + path, name + "=" + what, "GET",
                        path + "?" + name + "=" + encode(value), token, null, null, Map.of()));
            }
        });
        finish(h);
    }

    /**
     * Finding 5 of docs/security.md, the class: every header a client controls, with hostile values, on reads and
     * writes of every service, answers a problem (or a success that ignores it), never a 5xx; and a write refused
     * for its headers changes nothing (the case's ETag is the same after).
     */
    @Test
    void headersSurviveHostileValues() {
        Hostile h = new Hostile(Stack.GATEWAY);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("empty", "");
        values.put("long 300", "x".repeat(300));
        values.put("long 7k", "x".repeat(7_000));
        values.put("quotes and commas", "\"a\", W/\"b\", *, \"\"");
        values.put("sql injection", "' OR '1'='1' --");
        values.put("percent escapes", "%FF%FE%C0%AF");
        values.put("angle brackets", "<script>alert(1)</script>");
        List<String> headers = List.of("If-Match", "If-None-Match", "Idempotency-Key", "X-Request-Id", "traceparent",
                "Accept", "Accept-Language", "Origin", "X-Forwarded-For", "X-Forwarded-Proto", "Forwarded", "Range");
        String clerk = token("linshui-clerk");
        String system = token("tianfu-tongban");
        String etagBefore = caseETag();
        for (String header : headers) {
            values.forEach((what, value) -> {
                Map<String, String> hostile = Map.of(header, value);
                String label = header + " = " + what;
                for (String path : List.of("/api/parks?limit=5", "/api/projects?limit=5", "/api/policies?limit=5",
                        "/api/common-handling/cases/" + caseNumber, "/api/divisions/511623")) {
                    h.send("GET " + path.replaceAll("\\?.*", ""), label, "GET", path, clerk, null, null, hostile);
                }
                h.send("POST /api/common-handling/cases/{number}/transitions", label, "POST",
                        "/api/common-handling/cases/" + caseNumber + "/transitions", system, "application/json",
                        json(Map.of("action", "NO_SUCH_ACTION")), hostile);
                h.send("POST /api/common-handling/cases", label, "POST", "/api/common-handling/cases", system,
                        "application/json", "{".getBytes(java.nio.charset.StandardCharsets.UTF_8), hostile);
            });
        }
        if (!etagBefore.equals(caseETag())) {
            h.finding("the case changed under refused transitions with hostile headers: " + etagBefore + " -> " + caseETag());
        }
        finish(h);
    }

    private static String caseETag() {
        return io.restassured.RestAssured.given().baseUri(Stack.GATEWAY).auth().oauth2(token("tianfu-tongban"))
                .get("/api/common-handling/cases/" + caseNumber).then().statusCode(200).extract().header("ETag");
    }

    // ---- known findings: the lead fixes the services, then these are enabled ---------------------------------------

    /**
     * A NUL character (JSON {@code \u0000}, or {@code %00} in a query) reaches PostgreSQL, which refuses it in text
     * ("invalid byte sequence for encoding UTF8: 0x00"), and the services answer 500 instead of 400. A lone
     * surrogate in a project's {@code parkCode} makes the parks service's lookup fail, and projects answers 503.
     */
    @Test
    void nulCharactersAndLoneSurrogatesAreRefusedWithA400() {
        Hostile h = new Hostile(Stack.GATEWAY);
        String clerk = token("linshui-clerk");
        for (String path : List.of("/api/parks", "/api/projects", "/api/common-handling/cases", "/api/divisions")) {
            h.send("GET " + path, "q with NUL", "GET", path + "?q=a%00b", clerk, null, null, Map.of());
        }
        Map<String, Object> withNulItem = caseBody();
        withNulItem.put("itemCode", "yidi\u0000beian");
        h.send("POST /api/common-handling/cases", "itemCode with NUL", "POST", "/api/common-handling/cases",
                token("tianfu-tongban"), "application/json", json(withNulItem), Map.of("Idempotency-Key", RUN + "-nul"));
        Map<String, Object> withNulSource = calendarBody();
        withNulSource.put("source", "a\u0000b");
        h.send("PUT /api/common-handling/calendar/{year}", "source with NUL", "PUT", "/api/common-handling/calendar/2026",
                token("sc-admin"), "application/json", json(withNulSource), Map.of("If-Match", "\"hostile-stale\""));
        for (String parkCode : List.of("\"a\\u0000b\"", "\"\\ud800\"")) {
            byte[] project = replaced(projectBody(park + "." + RUN + "-nul-" + SERIAL.incrementAndGet()), "", "parkCode", parkCode);
            h.send("POST /api/projects", "parkCode " + parkCode, "POST", "/api/projects", clerk,
                    "application/json", project, Map.of());
        }
        finish(h);
    }

    /** A declared body over the route's limit is refused by the gateway's own rule, as problem+json. */
    @Test
    void anOversizedBodyIsRefusedWithAProblem() {
        Hostile h = new Hostile(Stack.GATEWAY);
        byte[] big = new byte[11 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'x');
        Hostile.Answer tooLarge = h.send("POST /api/parks", "body 11 MB", "POST", "/api/parks", token("linshui-clerk"),
                "application/json", big, Map.of());
        if (tooLarge.status() == 413 && !tooLarge.contentType().startsWith("application/problem+json")) {
            h.finding("POST /api/parks / body 11 MB: 413 without problem+json");
        }
        finish(h);
    }

    /**
     * The HTTP server refuses a request line over 4 KB (414) or headers over 20 KB (431) before any gateway rule
     * runs, with an empty body: a known limitation (docs/gateway.md), kept here as its reproduction.
     */
    @Test
    @Disabled("known limitation: 414/431 come from the HTTP server with an empty body, not problem+json")
    void anOverlongQueryIsRefusedWithAProblem() {
        Hostile h = new Hostile(Stack.GATEWAY);
        h.send("GET /api/parks", "q of 10k", "GET", "/api/parks?q=" + "x".repeat(10_000), token("linshui-clerk"),
                null, null, Map.of());
        finish(h);
    }

    // ---- the machinery ----------------------------------------------------------------------------------------------

    /**
     * Every hostile body against one write endpoint; the count the caller sees afterwards may only have grown by the
     * writes that were accepted.
     */
    void writes(Hostile h, String endpoint, String method, Supplier<String> path, String token,
                IntFunction<Map<String, Object>> valid, String nestedIn, Supplier<Map<String, String>> headers,
                Supplier<Integer> count, boolean searchedByCode) {
        int before = count.get();
        int accepted = 0;
        int n = 0;
        for (String what : hostileBodies(valid.apply(0), nestedIn).keySet()) {
            byte[] body = hostileBodies(valid.apply(SERIAL.incrementAndGet()), nestedIn).get(what).get();
            Hostile.Answer a = h.send(endpoint, what, method, path.get(), token, contentTypeOf(what), body, headers.get());
            // A list searched by the run's code prefix cannot see a record whose code was replaced by a nasty.
            if (a.success() && !(searchedByCode && what.startsWith("code = "))) {
                accepted++;
            }
            n++;
        }
        int after = count.get();
        if (after != before + accepted) {
            h.finding(endpoint + ": the caller's list went from " + before + " to " + after + " after " + n
                    + " hostile requests of which " + accepted + " were accepted");
        }
    }

    /**
     * name → body (built only when asked for): each nasty in place of each field of {@code base} (of the object
     * under {@code nestedIn} when given), then whole-body attacks.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Supplier<byte[]>> hostileBodies(Map<String, Object> base, String nestedIn) {
        Map<String, Supplier<byte[]>> out = new LinkedHashMap<>();
        Map<String, Object> fields = nestedIn.isEmpty() ? base : (Map<String, Object>) base.get(nestedIn);
        for (String field : fields.keySet()) {
            for (Map.Entry<String, String> nasty : Nasties.VALUES.entrySet()) {
                out.put((nestedIn.isEmpty() ? "" : nestedIn + ".") + field + " = " + nasty.getKey(),
                        () -> replaced(base, nestedIn, field, nasty.getValue()));
            }
        }
        String valid = new String(json(base), StandardCharsets.UTF_8);
        out.put("body 10 MB", () -> (valid.substring(0, valid.length() - 1) + ",\"padding\":\"" + "x".repeat(TEN_MB)
                + "\"}").getBytes(StandardCharsets.UTF_8));
        out.put("body nested 10000 objects", () -> ("{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000))
                .getBytes(StandardCharsets.UTF_8));
        out.put("body with invalid UTF-8 bytes", () -> {
            int inFirstString = valid.indexOf(":\"") + 2;
            byte[] prefix = valid.substring(0, inFirstString).getBytes(StandardCharsets.UTF_8);
            byte[] rest = valid.substring(inFirstString).getBytes(StandardCharsets.UTF_8);
            byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0xED, (byte) 0xA0, (byte) 0x80};
            byte[] bytes = new byte[prefix.length + bad.length + rest.length];
            System.arraycopy(prefix, 0, bytes, 0, prefix.length);
            System.arraycopy(bad, 0, bytes, prefix.length, bad.length);
            System.arraycopy(rest, 0, bytes, prefix.length + bad.length, rest.length);
            return bytes;
        });
        out.put("body as text/plain", () -> valid.getBytes(StandardCharsets.UTF_8));
        out.put("body as application/xml", () -> "<park><code>x</code></park>".getBytes(StandardCharsets.UTF_8));
        out.put("body as form", () -> "code=x&name=y".getBytes(StandardCharsets.UTF_8));
        out.put("body without content type", () -> valid.getBytes(StandardCharsets.UTF_8));
        out.put("body as UTF-16", () -> valid.getBytes(StandardCharsets.UTF_16));
        out.put("body empty", () -> new byte[0]);
        out.put("body truncated", () -> valid.substring(0, valid.length() / 2).getBytes(StandardCharsets.UTF_8));
        out.put("body array", () -> ("[" + valid + "," + valid + "]").getBytes(StandardCharsets.UTF_8));
        out.put("body null", () -> "null".getBytes(StandardCharsets.UTF_8));
        out.put("body trailing garbage", () -> (valid + "}{\"x\":1}').--").getBytes(StandardCharsets.UTF_8));
        out.put("body duplicate keys", () -> (valid.substring(0, valid.length() - 1)
                + ",\"province\":\"chongqing\",\"province\":\"' OR 1=1\"}").getBytes(StandardCharsets.UTF_8));
        out.put("body with BOM", () -> ("\uFEFF" + valid).getBytes(StandardCharsets.UTF_8));
        return out;
    }

    static String contentTypeOf(String what) {
        return switch (what) {
            case "body as text/plain" -> "text/plain";
            case "body as application/xml" -> "application/xml";
            case "body as form" -> "application/x-www-form-urlencoded";
            case "body without content type" -> null;
            case "body as UTF-16" -> "application/json; charset=UTF-16";
            default -> "application/json";
        };
    }

    @SuppressWarnings("unchecked")
    static byte[] replaced(Map<String, Object> base, String nestedIn, String field, String fragment) {
        Map<String, Object> copy = new LinkedHashMap<>(base);
        if (nestedIn.isEmpty()) {
            copy.put(field, MARK);
        } else {
            Map<String, Object> inner = new LinkedHashMap<>((Map<String, Object>) copy.get(nestedIn));
            inner.put(field, MARK);
            copy.put(nestedIn, inner);
        }
        String text = new String(json(copy), StandardCharsets.UTF_8).replace("\"" + MARK + "\"", fragment);
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Already an escape sequence (for invalid UTF-8): as is; otherwise percent-encoded UTF-8. */
    static String encode(String value) {
        return value.startsWith("%") ? value : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Items the caller sees on every page of a list. */
    static int count(Hostile h, String token, String firstPage) {
        int total = 0;
        String cursor = null;
        do {
            String page = firstPage + (cursor == null ? "" : "&cursor=" + encode(cursor));
            Hostile.Answer a = h.send("count", firstPage, "GET", page, token, null, null, Map.of());
            assertEquals(200, a.status(), page + ": " + a.body());
            JsonNode json = a.json();
            total += json.get("items").size();
            cursor = json.hasNonNull("nextCursor") ? json.get("nextCursor").asText() : null;
        } while (cursor != null);
        return total;
    }

    static String etagOf(String token, String path) {
        return io.restassured.RestAssured.given().baseUri(Stack.GATEWAY).auth().oauth2(token).get(path)
                .then().statusCode(200).extract().header("ETag");
    }

    static void finish(Hostile h) {
        synchronized (COVERAGE) {
            h.requestsPerEndpoint().forEach((endpoint, n) -> COVERAGE.merge(endpoint, n, Integer::sum));
        }
        h.findings().forEach(f -> System.out.println("HOSTILE FINDING: " + f));
        assertTrue(h.findings().isEmpty(), h.findings().size() + " findings:\n" + String.join("\n", h.findings()));
    }

    @AfterAll
    static void coverage() {
        int total = COVERAGE.values().stream().mapToInt(Integer::intValue).sum();
        System.out.println("HostileInputIT coverage: " + total + " requests x " + COVERAGE.size() + " endpoints");
        COVERAGE.forEach((endpoint, n) -> System.out.printf("  %5d  %s%n", n, endpoint));
    }
}
