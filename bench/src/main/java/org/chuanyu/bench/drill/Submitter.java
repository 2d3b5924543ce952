package org.chuanyu.bench.drill;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.chuanyu.bench.load.TokenSource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Files cases at a steady rate as an external system would: each submission carries its own Idempotency-Key and is
 * sent again, with the same key and body, after a timeout, a refused connection, a 5xx, a 409 (the same key still
 * in flight) or a 429, backing off between attempts, until it is acknowledged or the give-up deadline passes.
 */
final class Submitter {

    private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(3);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(1);
    private static final int HTTP_CONFLICT = 409;
    private static final int HTTP_TOO_MANY = 429;

    private final DrillPlan plan;
    private final TokenSource tokens;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http;
    private final List<Outcome> outcomes = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> attemptResults = new ConcurrentHashMap<>();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicInteger acked = new AtomicInteger();
    private final AtomicInteger failedAttempts = new AtomicInteger();

    Submitter(DrillPlan plan, TokenSource tokens) {
        this.plan = plan;
        this.tokens = tokens;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(plan.requestTimeout()).build();
    }

    /** Submits until the stop file appears (or the run's maximum passes), then waits for every submission to end. */
    List<Outcome> run() throws InterruptedException {
        ExecutorService workers = Executors.newFixedThreadPool(plan.workers());
        long start = System.nanoTime();
        long intervalNanos = TimeUnit.SECONDS.toNanos(1) / plan.ratePerSecond();
        long nextProgress = 0;
        long seq = 0;
        while (!Files.exists(plan.stopFile()) && System.nanoTime() - start < plan.maxRun().toNanos()) {
            long due = start + seq * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);   // pacing the arrival rate, not waiting for readiness
            }
            Submission s = Submission.of(json, plan, seq++);
            sent.incrementAndGet();
            workers.execute(() -> outcomes.add(file(s)));
            if (System.nanoTime() >= nextProgress) {
                writeProgress();
                nextProgress = System.nanoTime() + PROGRESS_EVERY.toNanos();
            }
        }
        workers.shutdown();
        while (!workers.awaitTermination(PROGRESS_EVERY.toMillis(), TimeUnit.MILLISECONDS)) {
            writeProgress();
        }
        writeProgress();
        return List.copyOf(outcomes);
    }

    Map<String, Integer> attemptResults() {
        Map<String, Integer> copy = new java.util.TreeMap<>();
        attemptResults.forEach((k, v) -> copy.put(k, v.get()));
        return copy;
    }

    long failedTokenRefreshes() {
        return tokens.refreshFailures();
    }

    private Outcome file(Submission s) {
        long deadline = System.nanoTime() + plan.giveUpAfter().toNanos();
        Duration backoff = FIRST_BACKOFF;
        int attempts = 0;
        while (true) {
            attempts++;
            Optional<HttpResponse<String>> answer = send(s);
            int status = answer.map(HttpResponse::statusCode).orElse(0);
            if (status >= 200 && status < 300) {
                acked.incrementAndGet();
                return Outcome.acknowledged(s, number(answer.get().body()), attempts);
            }
            failedAttempts.incrementAndGet();
            boolean retryable = status == 0 || status >= 500 || status == HTTP_CONFLICT || status == HTTP_TOO_MANY;
            if (!retryable) {
                return Outcome.failed(s, attempts, status);
            }
            if (System.nanoTime() > deadline) {
                return Outcome.failed(s, attempts, null);
            }
            Duration pause = status == HTTP_TOO_MANY ? retryAfter(answer.get(), backoff) : backoff;
            try {
                // Jitter, so that retries after an outage do not all arrive in the same millisecond.
                Thread.sleep(pause.toMillis() / 2 + ThreadLocalRandom.current().nextLong(pause.toMillis() / 2 + 1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Outcome.failed(s, attempts, null);
            }
            backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
        }
    }

    private Optional<HttpResponse<String>> send(Submission s) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(plan.casesUrl()))
                    .timeout(plan.requestTimeout())
                    .header("Authorization", "Bearer " + tokens.token())
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", s.key())
                    .POST(HttpRequest.BodyPublishers.ofString(s.body()))
                    .build();
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            count(Integer.toString(r.statusCode()));
            return Optional.of(r);
        } catch (java.net.http.HttpTimeoutException e) {
            count("timeout");
        } catch (IOException e) {
            count("connection failed");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            count("interrupted");
        }
        return Optional.empty();
    }

    private void count(String result) {
        attemptResults.computeIfAbsent(result, k -> new AtomicInteger()).incrementAndGet();
    }

    private String number(String body) {
        try {
            return json.readTree(body).path("number").asText(null);
        } catch (IOException e) {
            throw new IllegalStateException("an acknowledgement without a case: " + body, e);
        }
    }

    private static Duration retryAfter(HttpResponse<String> r, Duration fallback) {
        return r.headers().firstValue("Retry-After").map(v -> {
            try {
                return Duration.ofSeconds(Long.parseLong(v.trim()));
            } catch (NumberFormatException e) {
                return fallback;
            }
        }).orElse(fallback);
    }

    /** What ./platform drill polls to pace its faults: sent, acknowledged and failed attempts so far. */
    private void writeProgress() {
        try {
            var tmp = plan.progressFile().resolveSibling(plan.progressFile().getFileName() + ".tmp");
            Files.writeString(tmp, "sent " + sent.get() + "\nacknowledged " + acked.get()
                    + "\nfailed-attempts " + failedAttempts.get() + "\n");
            Files.move(tmp, plan.progressFile(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            System.err.println("drill: cannot write progress: " + e.getMessage());
        }
    }
}
