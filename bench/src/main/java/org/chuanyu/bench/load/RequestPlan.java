package org.chuanyu.bench.load;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/** Turns a sequence number into the request to send: URL, method, headers, token and body. */
final class RequestPlan {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final String BEARER = "Bearer ";
    private static final String JSON = "application/json";

    private final LoadOptions options;
    private final Supplier<Optional<String>> token;

    RequestPlan(LoadOptions options, Supplier<Optional<String>> token) {
        this.options = options;
        this.token = token;
    }

    RequestOptions requestOptions() {
        RequestOptions request = new RequestOptions()
                .setMethod(HttpMethod.valueOf(options.method()))
                .setAbsoluteURI(options.url().toString())
                // Also bounds the wait for a pooled connection, so queued requests leave the pool's
                // waiting list once they are hopeless instead of piling up behind a stalled server.
                .setConnectTimeout(options.timeoutMs());
        for (LoadOptions.Header header : options.headers()) {
            request.addHeader(header.name(), header.value());
        }
        token.get().ifPresent(t -> request.putHeader(HttpHeaders.AUTHORIZATION, BEARER + t));
        if (options.idempotencyKey()) {
            request.putHeader(IDEMPOTENCY_KEY, UUID.randomUUID().toString());
        }
        if (options.body().isPresent()) {
            request.putHeader(HttpHeaders.CONTENT_TYPE, JSON);
        }
        return request;
    }

    /** Empty buffer when there is no body template. */
    Buffer body(long seq) {
        return options.body().map(b -> Buffer.buffer(b.render(seq))).orElseGet(Buffer::buffer);
    }
}
