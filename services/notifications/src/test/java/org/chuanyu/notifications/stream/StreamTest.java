package org.chuanyu.notifications.stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.chuanyu.jurisdiction.testing.Accounts;
import org.chuanyu.notifications.events.StoredEvent;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import static org.chuanyu.jurisdiction.testing.Accounts.as;
import static org.chuanyu.jurisdiction.testing.Eventually.assertWithin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The live stream: a person is sent, as they are taken in, the events of the records it may read, and no others. */
@QuarkusTest
class StreamTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TYPE = "cn.chuanyu.common-handling.case.status-changed";

    @TestHTTPResource("/api/notifications/stream")
    URI stream;

    private static void take(String subject, String district) {
        QuarkusTransaction.requiringNew().run(() -> {
            StoredEvent e = new StoredEvent();
            e.id = UUID.randomUUID();
            e.source = "/api/common-handling";
            e.type = TYPE;
            e.subject = subject;
            e.time = Instant.now().truncatedTo(ChronoUnit.MICROS);
            e.receivedAt = e.time;
            try {
                e.data = JSON.readTree("{\"number\":\"" + subject + "\",\"to\":\"ACCEPTED\",\"scopes\":[{\"province\":"
                        + "\"sichuan\",\"district\":\"" + district + "\",\"zone\":null}]}");
            } catch (Exception x) {
                throw new IllegalStateException(x);
            }
            e.persist();
        });
    }

    @Test
    void aClerkIsSentTheEventsOfItsDistrictAsTheyComeAndNothingElse() throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpRequest request = HttpRequest.newBuilder(stream).header("Authorization", "Bearer "
                + Accounts.token("linshui-clerk")).header("Accept", "text/event-stream").GET().build();
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines());
        assertEquals(200, response.statusCode());
        Thread reader = new Thread(() -> response.body().forEach(lines::add));
        reader.setDaemon(true);
        reader.start();
        assertWithin(Duration.ofSeconds(10), () -> assertTrue(lines.contains(": stream open") || lines.stream()
                .anyMatch(l -> l.contains("stream open")), "opened: " + lines));

        String suffix = Long.toString(System.nanoTime());
        take("CY-51-2026-LONGCHANG-" + suffix, "511083");
        take("CY-51-2026-LINSHUI-" + suffix, "511623");
        assertWithin(Duration.ofSeconds(10), () -> assertTrue(lines.stream().anyMatch(l -> l.startsWith("data:")
                && l.contains("CY-51-2026-LINSHUI-" + suffix)), "its district's event: " + lines));
        assertTrue(lines.stream().noneMatch(l -> l.contains("CY-51-2026-LONGCHANG-" + suffix)),
                "another district's event, taken in before it, was not sent: " + lines);
        assertTrue(lines.stream().anyMatch(l -> l.replace(" ", "").equals("event:" + TYPE)), "named by its type: " + lines);
        response.body().close();
    }

    @Test
    void anUnknownTypeOrPositionIsRefusedAndTheRelayHasNoStream() {
        as("linshui-clerk").queryParam("types", "no.such.type").get("/api/notifications/stream").then().statusCode(400);
        as("linshui-clerk").header("Last-Event-ID", "yesterday").get("/api/notifications/stream").then().statusCode(400);
        as("platform-relay").get("/api/notifications/stream").then().statusCode(403);
    }
}
