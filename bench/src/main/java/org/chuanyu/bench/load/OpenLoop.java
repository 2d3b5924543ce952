package org.chuanyu.bench.load;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * An open-model load loop: requests are due on a fixed schedule (step start + i / rate) whatever the
 * server does, and each latency is measured from the request's intended start, not from when it was
 * actually written. A slow server therefore shows up as queueing in the measured latency instead of
 * quietly lowering the offered rate (the "coordinated omission" of closed-loop tools).
 *
 * <p>All per-step state lives on one Vert.x event-loop context: the periodic tick, the answers and the
 * timeout guards all run there, so nothing needs locking and nothing ever blocks.
 */
final class OpenLoop {

    /** The scheduler's tick; requests due between ticks go out together at the next one. */
    private static final long TICK_MS = 1;
    /** How often a step with a stop file looks for it. */
    private static final long STOP_FILE_POLL_MS = 100;
    private static final long NANOS_PER_SECOND = TimeUnit.SECONDS.toNanos(1);
    private static final long NANOS_PER_MICRO = TimeUnit.MICROSECONDS.toNanos(1);
    static final String TIMEOUT = "timeout";
    /** Failure messages are grouped as keys of the output; long ones (stack-ish text) are cut. */
    private static final int MAX_FAILURE_KEY_LENGTH = 120;

    private final Vertx vertx;
    private final Context context;
    private final HttpClient client;
    private final RequestPlan plan;
    private final long timeoutMs;
    private final Optional<String> stopFile;
    /** The global sequence number for ${seq}; only touched on {@link #context}. */
    private long nextSeq;

    OpenLoop(Vertx vertx, HttpClient client, RequestPlan plan, long timeoutMs) {
        this(vertx, client, plan, timeoutMs, Optional.empty());
    }

    /** With a stop file: a step ends early, as if it had been planned that long, once the file exists. */
    OpenLoop(Vertx vertx, HttpClient client, RequestPlan plan, long timeoutMs, Optional<String> stopFile) {
        this.vertx = vertx;
        this.stopFile = stopFile;
        this.context = vertx.getOrCreateContext();
        this.client = client;
        this.plan = plan;
        this.timeoutMs = timeoutMs;
    }

    /** Runs one step; completes once every request has been answered or has timed out. */
    CompletableFuture<StepStats> run(int rate, int seconds) {
        Step step = new Step(rate, seconds);
        context.runOnContext(v -> step.start());
        return step.done;
    }

    private final class Step {
        final int rate;
        int seconds;
        long total;
        final CompletableFuture<StepStats> done = new CompletableFuture<>();
        final Histogram latency = StepStats.newHistogram();
        final Map<Integer, Long> statuses = new TreeMap<>();
        final Map<String, Long> failures = new TreeMap<>();
        long startNanos;
        long timerId;
        long stopTimerId = -1;
        long sent;
        long inFlight;
        long completed;
        long errors;
        long timeouts;

        Step(int rate, int seconds) {
            this.rate = rate;
            this.seconds = seconds;
            this.total = (long) rate * seconds;
        }

        void start() {
            startNanos = System.nanoTime();
            timerId = vertx.setPeriodic(TICK_MS, id -> tick());
            stopFile.ifPresent(file -> stopTimerId = vertx.setPeriodic(STOP_FILE_POLL_MS,
                    id -> vertx.fileSystem().exists(file).onSuccess(exists -> {
                        if (exists) {
                            stopEarly();
                        }
                    })));
            tick();
        }

        /** Sends nothing more; the step counts the whole seconds it ran, so its throughput stays true. */
        void stopEarly() {
            if (sent == total) {
                return;
            }
            total = sent;
            seconds = (int) Math.max(1, Math.ceil((System.nanoTime() - startNanos) / (double) NANOS_PER_SECOND));
            vertx.cancelTimer(timerId);
            cancelStopTimer();
            finishIfDrained();
        }

        void cancelStopTimer() {
            if (stopTimerId >= 0) {
                vertx.cancelTimer(stopTimerId);
                stopTimerId = -1;
            }
        }

        /** Sends every request whose intended time has come, catching up in a burst if the tick was late. */
        void tick() {
            long elapsed = System.nanoTime() - startNanos;
            long due = Math.min(total, (long) Math.floor(elapsed * (double) rate / NANOS_PER_SECOND) + 1);
            while (sent < due) {
                send(startNanos + sent * NANOS_PER_SECOND / rate);
                sent++;
            }
            if (sent == total) {
                vertx.cancelTimer(timerId);
                cancelStopTimer();
                finishIfDrained();
            }
        }

        void send(long intendedNanos) {
            long seq = nextSeq++;
            Exchange exchange = new Exchange(intendedNanos);
            inFlight++;
            // Our own deadline, counted from the send: Vert.x's timeouts cover the pool wait and idle
            // gaps separately, and we want one bound on the whole exchange.
            exchange.guard = vertx.setTimer(timeoutMs, id -> {
                // Count the timeout before resetting: the reset fails the exchange synchronously and
                // would otherwise be counted as a "stream reset" failure instead.
                failed(exchange, TIMEOUT);
                if (exchange.request != null) {
                    exchange.request.reset();
                }
            });
            Buffer body = plan.body(seq);
            client.request(plan.requestOptions())
                    .compose(request -> {
                        if (exchange.finished) {
                            request.reset(); // timed out while waiting for a connection
                            return Future.failedFuture(TIMEOUT);
                        }
                        exchange.request = request;
                        return request.send(body);
                    })
                    .compose(response -> response.body().map(ignored -> response.statusCode()))
                    .onComplete(result -> {
                        if (result.succeeded()) {
                            answered(exchange, result.result());
                        } else {
                            failed(exchange, describe(result.cause()));
                        }
                    });
        }

        void answered(Exchange exchange, int status) {
            if (!finish(exchange)) {
                return;
            }
            record(System.nanoTime() - exchange.intendedNanos);
            completed++;
            statuses.merge(status, 1L, Long::sum);
            if (!StepStats.isSuccess(status)) {
                errors++;
            }
            finishIfDrained();
        }

        /** A failed request counts at least the timeout, so that failing fast cannot flatter the p99. */
        void failed(Exchange exchange, String why) {
            if (!finish(exchange)) {
                return;
            }
            long elapsed = System.nanoTime() - exchange.intendedNanos;
            record(Math.max(elapsed, TimeUnit.MILLISECONDS.toNanos(timeoutMs)));
            errors++;
            if (TIMEOUT.equals(why)) {
                timeouts++;
            }
            failures.merge(why, 1L, Long::sum);
            finishIfDrained();
        }

        /** True the first time only: an answer racing its own timeout is counted once. */
        boolean finish(Exchange exchange) {
            if (exchange.finished) {
                return false;
            }
            exchange.finished = true;
            vertx.cancelTimer(exchange.guard);
            inFlight--;
            return true;
        }

        void record(long nanos) {
            latency.recordValue(Math.min(nanos / NANOS_PER_MICRO, StepStats.HIGHEST_TRACKABLE_MICROS));
        }

        void finishIfDrained() {
            if (sent == total && inFlight == 0 && !done.isDone()) {
                done.complete(new StepStats(rate, seconds, sent, completed, errors, timeouts,
                        Collections.unmodifiableMap(statuses), Collections.unmodifiableMap(failures), latency));
            }
        }
    }

    private static final class Exchange {
        final long intendedNanos;
        long guard;
        HttpClientRequest request;
        boolean finished;

        Exchange(long intendedNanos) {
            this.intendedNanos = intendedNanos;
        }
    }

    private static String describe(Throwable cause) {
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.length() > MAX_FAILURE_KEY_LENGTH ? message.substring(0, MAX_FAILURE_KEY_LENGTH) : message;
    }
}
