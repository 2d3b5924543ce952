package org.chuanyu.e2e.sweep;

import org.chuanyu.e2e.sweep.Jurisdiction.Account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.chuanyu.jurisdiction.testing.Eventually.assertWithin;

/**
 * The sweep's live streams (docs/notifications.md, "The live stream"): every account opens one through the gateway
 * before the fixtures are made and keeps it open while they are made and changed; afterwards everything each stream
 * carried is searched for the identifiers of records its account may not read, like every other answer of the sweep.
 * The relay has no stream (403).
 */
public final class Streams implements AutoCloseable {

    static final String OPERATION = "GET /api/notifications/stream";
    static final String PATH = "/api/notifications/stream";
    static final Duration OPENS_WITHIN = Duration.ofSeconds(10);
    static final Duration CAUGHT_UP_WITHIN = Duration.ofSeconds(60);

    private final Probe probe;
    private final HttpClient client = HttpClient.newHttpClient();
    private final Map<Account, List<String>> lines = new LinkedHashMap<>();
    private final List<InputStream> bodies = new ArrayList<>();

    public Streams(Probe probe) {
        this.probe = probe;
    }

    /** Opens the account's stream and reads it on a thread of its own; the relay's is refused. */
    public void open(Account a) {
        HttpResponse<InputStream> response;
        try {
            response = client.send(HttpRequest.newBuilder(URI.create(Probe.GATEWAY + PATH))
                    .header("Authorization", "Bearer " + probe.token(a))
                    .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        probe.record(OPERATION);
        int expected = a.relay() ? 403 : 200;
        probe.check(response.statusCode() == expected, a.name() + " " + OPERATION + ": " + response.statusCode()
                + ", expected " + expected);
        InputStream body = response.body();
        bodies.add(body);
        if (response.statusCode() != 200) {
            return;
        }
        List<String> received = new CopyOnWriteArrayList<>();
        lines.put(a, received);
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    received.add(line);
                }
            } catch (IOException closed) {
                // close() ends the stream under the reader: what arrived until then is kept.
            }
        }, "sweep-stream-" + a.name());
        reader.setDaemon(true);
        reader.start();
        assertWithin(OPENS_WITHIN, () -> {
            if (received.stream().noneMatch(l -> l.contains("stream open"))) {
                throw new AssertionError(a.name() + "'s stream did not open: " + received);
            }
        });
    }

    /**
     * Waits until each account that was told of a last case by webhook sees it on its stream too (so that every stream
     * carried what was taken in past the fixtures), then searches every stream for what its account may not read.
     */
    public void noForeignEvent(Map<Account, String> lastCaseSeenBy) {
        lastCaseSeenBy.forEach((a, number) -> {
            List<String> received = lines.get(a);
            if (received != null) {
                assertWithin(CAUGHT_UP_WITHIN, () -> {
                    if (received.stream().noneMatch(l -> l.startsWith("data:") && l.contains(number))) {
                        throw new AssertionError(a.name() + "'s stream has not shown " + number + " yet");
                    }
                });
            }
        });
        lines.forEach((a, received) -> probe.scan(a, String.join("\n", received), "its live stream"));
    }

    /** How many events the streams carried in all. */
    public long events() {
        return lines.values().stream().flatMap(List::stream).filter(l -> l.startsWith("data:")).count();
    }

    @Override
    public void close() {
        for (InputStream body : bodies) {
            try {
                body.close();
            } catch (IOException ignored) {
                // Already closed by the server.
            }
        }
    }
}
