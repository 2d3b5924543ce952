package org.chuanyu.e2e.sweep;

import com.sun.net.httpserver.HttpServer;
import io.restassured.response.Response;
import org.chuanyu.e2e.sweep.Jurisdiction.Account;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.chuanyu.jurisdiction.testing.Eventually.assertWithin;

/**
 * The sweep's subscriptions (docs/notifications.md, "Who is told"): every account that may hold one subscribes a real
 * receiver to every event type before the fixtures are made; afterwards each owner's delivery list and everything its
 * receiver got are searched for the identifiers of records it may not read, like every other answer of the sweep.
 */
public final class Subscriptions implements AutoCloseable {

    static final String PATH = "/api/notifications/subscriptions";
    static final Duration CAUGHT_UP_WITHIN = Duration.ofSeconds(60);

    private final Probe probe;
    private final HttpServer receiver;
    private final Map<String, List<String>> arrivals = new ConcurrentHashMap<>();
    private final Map<Account, String> ids = new LinkedHashMap<>();
    private int delivered;

    public Subscriptions(Probe probe) {
        this.probe = probe;
        try {
            receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        receiver.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                arrivals.computeIfAbsent(exchange.getRequestURI().getPath(), p -> new CopyOnWriteArrayList<>())
                        .add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
    }

    static boolean maySubscribe(Account a) {
        return a.external() || a.role().equals("province-admin") || a.role().equals("cross-province-admin");
    }

    /** Subscribes the account to every event type; 403 for an account that may not hold one. */
    public void subscribe(Account a, List<String> eventTypes) {
        Map<String, Object> body = Map.of("callbackUrl", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/"
                + a.name(), "eventTypes", eventTypes, "description", "cross-tenant sweep");
        Response r = probe.send(a, "POST " + PATH, PATH, body, Map.of());
        int expected = maySubscribe(a) ? 201 : 403;
        probe.check(r.statusCode() == expected, a.name() + " POST " + PATH + ": " + r.statusCode() + ", expected " + expected);
        if (r.statusCode() == 201) {
            ids.put(a, r.path("id"));
        }
    }

    /** Nobody reaches another account's subscription or its deliveries, nor finds it in its own list. */
    public void othersSeeNone(List<Account> accounts) {
        for (Account a : accounts) {
            Response mine = probe.get(a, "GET " + PATH, PATH);
            List<String> listed = mine.statusCode() == 200 ? mine.jsonPath().getList("id", String.class) : List.of();
            ids.forEach((owner, id) -> probe.check(owner.equals(a) == listed.contains(id), a.name() + " GET " + PATH
                    + " lists " + listed + "; " + owner.name() + "'s is " + id));
        }
        ids.forEach((owner, id) -> {
            for (Account a : accounts) {
                if (a.equals(owner)) {
                    continue;
                }
                Response r = probe.get(a, "GET " + PATH + "/{id}", PATH + "/" + id);
                probe.check(r.statusCode() == 404, a.name() + " reads " + owner.name() + "'s subscription: " + r.statusCode());
                r = probe.get(a, "GET " + PATH + "/{id}/deliveries", PATH + "/" + id + "/deliveries");
                probe.check(r.statusCode() == 404, a.name() + " reads " + owner.name() + "'s deliveries: " + r.statusCode());
            }
        });
    }

    /**
     * Waits until each owner was told of a last case (filed after everything else, twice, so that every feed was read
     * past the fixtures), then searches each owner's delivery list and arrivals for what it may not read.
     */
    public void noForeignDelivery(Map<Account, String> lastCaseSeenBy) {
        lastCaseSeenBy.forEach((owner, number) -> assertWithin(CAUGHT_UP_WITHIN, () -> {
            if (!deliveries(owner).contains(number)) {
                throw new AssertionError(owner.name() + " was not told of " + number + " yet");
            }
        }));
        ids.forEach((owner, id) -> {
            String cursor = null;
            do {
                Response r = probe.get(owner, "GET " + PATH + "/{id}/deliveries", PATH + "/" + id + "/deliveries?limit=500"
                        + (cursor == null ? "" : "&cursor=" + cursor));
                probe.check(r.statusCode() == 200, owner.name() + " lists its deliveries: " + r.statusCode());
                delivered += r.jsonPath().getList("items").size();
                cursor = r.path("nextCursor");
            } while (cursor != null);
            for (String body : arrivals.getOrDefault("/" + owner.name(), List.of())) {
                probe.scan(owner, body, "a webhook to " + owner.name());
            }
        });
    }

    private List<String> deliveries(Account owner) {
        List<String> subjects = new ArrayList<>();
        Response r = probe.as(owner).get(PATH + "/" + ids.get(owner) + "/deliveries?limit=500");
        if (r.statusCode() == 200) {
            subjects.addAll(r.jsonPath().getList("items.subject", String.class));
        }
        return subjects;
    }

    public Map<Account, String> owners() {
        return ids;
    }

    public int delivered() {
        return delivered;
    }

    public int arrived() {
        return arrivals.values().stream().mapToInt(List::size).sum();
    }

    @Override
    public void close() {
        ids.forEach((owner, id) -> probe.as(owner).delete(PATH + "/" + id));
        receiver.stop(0);
    }
}
