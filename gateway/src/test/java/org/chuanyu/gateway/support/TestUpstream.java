package org.chuanyu.gateway.support;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A real HTTP server standing in for one service instance. It answers with what it received (method,
 * uri, headers, body) and its own name, records every request so tests can prove what reached it, can
 * be stopped and started again on the same port, can be slow, and serves a fixture OpenAPI document.
 */
public final class TestUpstream {

    /** What one request looked like when it arrived here. */
    public record Seen(String method, String uri, Map<String, String> headers, int bodyBytes) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }
    }

    private final String name;
    private final Vertx vertx;
    private final Duration delay;
    private final String openApi;
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private volatile HttpServer server;
    private volatile int port;

    TestUpstream(Vertx vertx, String name, Duration delay, String openApi) {
        this.vertx = vertx;
        this.name = name;
        this.delay = delay;
        this.openApi = openApi;
    }

    public String name() {
        return name;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Requests that reached this upstream (health and OpenAPI fetches excluded) and match. */
    public List<Seen> seen(Predicate<Seen> filter) {
        return seen.stream().filter(s -> !s.uri().startsWith("/q/")).filter(filter).toList();
    }

    public List<Seen> seenWithHeader(String header, String value) {
        return seen(s -> value.equals(s.header(header)));
    }

    public synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            server = vertx.createHttpServer().requestHandler(this::answer)
                    .listen(port, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            port = server.actualPort();
        } catch (Exception e) {
            throw new IllegalStateException("upstream " + name + " could not listen", e);
        }
    }

    /** Closes the listening socket and every connection: the port refuses connections until {@link #start()}. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        server = null;
    }

    private void answer(HttpServerRequest req) {
        if (req.path().equals("/q/health/ready")) {
            req.response().putHeader("Content-Type", "application/json").end("{\"status\":\"UP\"}");
            return;
        }
        if (req.path().equals("/q/openapi") && openApi != null) {
            req.response().putHeader("Content-Type", "application/json").end(openApi);
            return;
        }
        req.body().onSuccess(body -> {
            Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            req.headers().forEach(h -> headers.merge(h.getKey(), h.getValue(), (a, b) -> a + "," + b));
            seen.add(new Seen(req.method().name(), req.uri(), headers, body.length()));
            JsonObject echo = new JsonObject()
                    .put("upstream", name)
                    .put("method", req.method().name())
                    .put("uri", req.uri())
                    .put("headers", new JsonObject(Map.copyOf(headers)))
                    .put("body", body.toString());
            Runnable reply = () -> req.response().putHeader("Content-Type", "application/json").end(echo.encode());
            if (delay.isZero()) {
                reply.run();
            } else {
                vertx.setTimer(delay.toMillis(), t -> reply.run());
            }
        });
    }
}
