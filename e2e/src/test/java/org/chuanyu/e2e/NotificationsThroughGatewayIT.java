package org.chuanyu.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.chuanyu.jurisdiction.testing.RealmTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.chuanyu.e2e.CommonHandlingThroughGatewayIT.CASES;
import static org.chuanyu.e2e.CommonHandlingThroughGatewayIT.act;
import static org.chuanyu.e2e.CommonHandlingThroughGatewayIT.as;
import static org.chuanyu.jurisdiction.testing.Eventually.assertWithin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole chain through the running stack: a case filed by 天府通办 is written to common-handling's outbox, read by
 * the notifications service as the relay, checked against the account directory, and delivered, signed, to a real
 * receiver subscribed as 天府通办; 渝快办's receiver hears nothing of it.
 */
class NotificationsThroughGatewayIT {

    static final String SUBSCRIPTIONS = "/api/notifications/subscriptions";
    static final Duration ARRIVES_WITHIN = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    record Arrival(String path, String id, String timestamp, String signature, String body) {
    }

    private static HttpServer receiver;
    private static final List<Arrival> ARRIVALS = new CopyOnWriteArrayList<>();
    private static final List<String> SUBSCRIBED = new ArrayList<>();

    @BeforeAll
    static void receive() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                var h = exchange.getRequestHeaders();
                ARRIVALS.add(new Arrival(exchange.getRequestURI().getPath(), h.getFirst("webhook-id"),
                        h.getFirst("webhook-timestamp"), h.getFirst("webhook-signature"),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterAll
    static void stop() {
        receiver.stop(0);
        for (String s : SUBSCRIBED) {
            String[] ownerAndId = s.split(" ");
            as(token(ownerAndId[0])).delete(SUBSCRIPTIONS + "/" + ownerAndId[1]);
        }
    }

    private static String token(String system) {
        return RealmTokens.serviceAccount(system);
    }

    private static String subscribe(String system) {
        var answer = as(token(system)).body(Map.of(
                        "callbackUrl", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/" + system,
                        "eventTypes", List.of("cn.chuanyu.common-handling.case.submitted",
                                "cn.chuanyu.common-handling.case.status-changed"),
                        "description", "e2e"))
                .post(SUBSCRIPTIONS).then().statusCode(201).extract();
        SUBSCRIBED.add(system + " " + answer.path("id"));
        return answer.path("secret");
    }

    @Test
    void aCaseFiledByTianfuTongbanIsToldToItSignedAndInOrderAndToNoOtherSystem() throws Exception {
        String secret = subscribe("tianfu-tongban");
        subscribe("yukuaiban");
        String number = as(token("tianfu-tongban")).header("Idempotency-Key", "e2e-notify-" + System.nanoTime())
                .body(Map.of("itemCode", "yidi-jiuyi-beian",
                        "applicant", Map.of("kind", "PERSON", "name", "赵六", "idNumber", "511623199001011238"),
                        "acceptingDistrict", "511623", "handlingDistrict", "500112"))
                .post(CASES).then().statusCode(201).extract().path("number");
        act(RealmTokens.user("linshui-clerk"), number, "ACCEPT", Map.of());

        assertWithin(ARRIVES_WITHIN, () -> assertEquals(2, about(number, "/tianfu-tongban").size(),
                "submitted and accepted arrive: " + ARRIVALS));
        List<Arrival> told = about(number, "/tianfu-tongban");
        long now = System.currentTimeMillis() / 1000;
        for (Arrival a : told) {
            assertTrue(verifies(secret, a, now), "signature of " + a.id());
            assertTrue(!a.body().contains("赵六") && !a.body().contains("511623199001011238"), "no personal data");
        }
        assertEquals("cn.chuanyu.common-handling.case.submitted", type(told.get(0)));
        assertEquals("cn.chuanyu.common-handling.case.status-changed", type(told.get(1)));
        assertEquals("ACCEPTED", JSON.readTree(told.get(1).body()).path("data").path("to").asText());
        assertEquals(List.of(), about(number, "/yukuaiban"), "another system's receiver hears nothing of it");
    }

    @Test
    void aClerksLiveStreamThroughTheGatewayShowsItsDistrictsCasesAndOutlastsTheRoutesIdleTimeout() throws Exception {
        List<String> linshui = open("linshui-clerk");
        List<String> longchang = open("longchang-clerk");
        String number = as(token("tianfu-tongban")).header("Idempotency-Key", "e2e-stream-" + System.nanoTime())
                .body(Map.of("itemCode", "yidi-jiuyi-beian",
                        "applicant", Map.of("kind", "PERSON", "name", "钱七", "idNumber", "511623199001011238"),
                        "acceptingDistrict", "511623", "handlingDistrict", "500112"))
                .post(CASES).then().statusCode(201).extract().path("number");
        assertWithin(ARRIVES_WITHIN, () -> assertTrue(linshui.stream().anyMatch(l -> l.startsWith("data:")
                && l.contains(number)), "linshui-clerk's stream shows the case: " + linshui));
        assertTrue(longchang.stream().noneMatch(l -> l.contains(number)), "longchang-clerk's does not");
        // Quiet for longer than the route's idle timeout (10 s): the heartbeats keep the stream open.
        long quietUntil = System.currentTimeMillis() + 12_000;
        assertWithin(Duration.ofSeconds(20), () -> {
            assertTrue(System.currentTimeMillis() > quietUntil, "still waiting");
            assertTrue(linshui.stream().filter(l -> l.contains("heartbeat")).count() >= 2, "heartbeats: " + linshui);
        });
        String later = as(token("tianfu-tongban")).header("Idempotency-Key", "e2e-stream-" + System.nanoTime())
                .body(Map.of("itemCode", "yidi-jiuyi-beian",
                        "applicant", Map.of("kind", "PERSON", "name", "钱七", "idNumber", "511623199001011238"),
                        "acceptingDistrict", "511623", "handlingDistrict", "500112"))
                .post(CASES).then().statusCode(201).extract().path("number");
        assertWithin(ARRIVES_WITHIN, () -> assertTrue(linshui.stream().anyMatch(l -> l.contains(later)),
                "the same stream, still open, shows a later case: " + linshui));
    }

    /** A live stream through the gateway, read line by line on a thread of its own. */
    private static List<String> open(String account) throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        java.net.http.HttpResponse<java.util.stream.Stream<String>> response = java.net.http.HttpClient.newHttpClient()
                .send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Stack.GATEWAY + "/api/notifications/stream"))
                        .header("Authorization", "Bearer " + RealmTokens.user(account))
                        .header("Accept", "text/event-stream").GET().build(),
                        java.net.http.HttpResponse.BodyHandlers.ofLines());
        assertEquals(200, response.statusCode());
        Thread reader = new Thread(() -> response.body().forEach(lines::add), "stream-" + account);
        reader.setDaemon(true);
        reader.start();
        assertWithin(Duration.ofSeconds(10), () -> assertTrue(lines.stream().anyMatch(l -> l.contains("stream open")),
                account + "'s stream opened: " + lines));
        return lines;
    }

    private static List<Arrival> about(String number, String path) {
        return ARRIVALS.stream().filter(a -> a.path().equals(path) && a.body().contains("\"subject\":\"" + number + "\""))
                .toList();
    }

    private static String type(Arrival a) throws IOException {
        JsonNode event = JSON.readTree(a.body());
        return event.path("type").asText();
    }

    private static boolean verifies(String secret, Arrival a, long now) throws Exception {
        if (Math.abs(now - Long.parseLong(a.timestamp())) > 300) {
            return false;
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        byte[] expected = mac.doFinal((a.id() + "." + a.timestamp() + "." + a.body()).getBytes(StandardCharsets.UTF_8));
        for (String entry : a.signature().split(" ")) {
            if (entry.startsWith("v1,") && MessageDigest.isEqual(expected, Base64.getDecoder().decode(entry.substring(3)))) {
                return true;
            }
        }
        return false;
    }
}
