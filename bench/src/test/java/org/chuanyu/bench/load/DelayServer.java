package org.chuanyu.bench.load;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** An in-process HTTP server for the tests: answers 200 after a settable delay and keeps what it saw. */
final class DelayServer implements AutoCloseable {

    /** One request as the server received it. */
    record Seen(long arrivalNanos, MultiMap headers, String body) {
    }

    private static final int ANY_FREE_PORT = 0;
    private static final long STARTUP_TIMEOUT_SECONDS = 10;

    private final Vertx vertx = Vertx.vertx();
    private final HttpServer server;
    private final AtomicLong delayMs = new AtomicLong();
    final List<Seen> seen = new CopyOnWriteArrayList<>();

    DelayServer() throws Exception {
        server = vertx.createHttpServer()
                .requestHandler(this::handle)
                .listen(ANY_FREE_PORT)
                .toCompletionStage().toCompletableFuture().get(STARTUP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    String url() {
        return "http://127.0.0.1:" + server.actualPort() + "/things";
    }

    void delay(long ms) {
        delayMs.set(ms);
    }

    void reset() {
        seen.clear();
        delayMs.set(0);
    }

    private void handle(HttpServerRequest request) {
        long arrival = System.nanoTime();
        MultiMap headers = MultiMap.caseInsensitiveMultiMap().addAll(request.headers());
        request.body().onSuccess(body -> {
            seen.add(new Seen(arrival, headers, body.toString()));
            long delay = delayMs.get();
            if (delay <= 0) {
                request.response().end("ok");
            } else {
                vertx.setTimer(delay, id -> request.response().end("ok"));
            }
        });
    }

    @Override
    public void close() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(STARTUP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }
}
