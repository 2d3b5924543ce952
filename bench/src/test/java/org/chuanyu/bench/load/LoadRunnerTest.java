package org.chuanyu.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadRunnerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static DelayServer server;

    @TempDir
    Path dir;

    @BeforeAll
    static void startServer() throws Exception {
        server = new DelayServer();
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @BeforeEach
    void clean() {
        server.reset();
    }

    private static List<StepReport> run(String... args) throws Exception {
        ByteArrayOutputStream human = new ByteArrayOutputStream();
        List<StepReport> reports = LoadRunner.run(LoadOptions.parse(args),
                new PrintStream(human, true, StandardCharsets.UTF_8));
        System.out.print(human.toString(StandardCharsets.UTF_8));
        return reports;
    }

    @Test
    void sendsRateTimesSecondsSpreadOverTheStepAndWritesAJsonLine() throws Exception {
        Path out = dir.resolve("results/out.jsonl");
        List<StepReport> reports = run("--url", server.url(), "--scenario", "steady", "--rates", "100",
                "--step-seconds", "2", "--warmup-seconds", "0", "--out", out.toString());

        assertEquals(1, reports.size());
        StepStats stats = reports.get(0).stats();
        assertEquals(200, stats.sent());
        assertEquals(200, stats.completed());
        assertEquals(0, stats.errors());
        assertEquals(200, server.seen.size());
        // The schedule spreads the requests over the step: the last one is due at 1.99 s, not in a burst.
        long spreadMs = TimeUnit.NANOSECONDS.toMillis(
                server.seen.get(server.seen.size() - 1).arrivalNanos() - server.seen.get(0).arrivalNanos());
        assertTrue(spreadMs > 1800 && spreadMs < 2400, "arrivals spread over " + spreadMs + " ms");

        List<String> lines = Files.readAllLines(out);
        assertEquals(1, lines.size());
        JsonNode row = JSON.readTree(lines.get(0));
        assertEquals("steady", row.get("scenario").asText());
        assertEquals("loadgen", row.get("tool").asText());
        assertEquals("open", row.get("mode").asText());
        assertEquals(100, row.get("offeredRate").asInt());
        assertEquals(2, row.get("seconds").asInt());
        assertEquals(200, row.get("statuses").get("200").asInt());
        assertEquals(100.0, row.get("throughput").asDouble(), 0.001);
        for (String field : List.of("p50", "p90", "p99", "p999", "max")) {
            assertTrue(row.get(field).isNumber(), field);
        }
        if (ProcStat.procAvailable()) {
            assertTrue(row.get("processes").get(LoadRunner.SELF).get("cpuPercent").asDouble() > 0);
            assertTrue(row.get("processes").get(LoadRunner.SELF).get("rssMaxMb").asDouble() > 0);
        }
    }

    @Test
    void substitutesPlaceholdersAndSendsHeadersTokenAndUniqueIdempotencyKeys() throws Exception {
        Path body = dir.resolve("body.json");
        Files.writeString(body, "{\"id\":\"${uuid}\",\"n\":${seq},\"kind\":\"${pick:a|b|c}\"}");
        List<StepReport> reports = run("--url", server.url(), "--method", "POST", "--body-file", body.toString(),
                "--idempotency-key", "--header", "X-Tenant: t1", "--token-cmd", "echo noise; echo tok-123; echo",
                "--rates", "50", "--step-seconds", "1", "--warmup-seconds", "0");

        assertEquals(50, reports.get(0).stats().completed());
        assertEquals(50, server.seen.size());
        Set<Integer> seqs = new HashSet<>();
        Set<String> ids = new HashSet<>();
        Set<String> keys = new HashSet<>();
        List<String> kinds = List.of("a", "b", "c");
        for (DelayServer.Seen seen : server.seen) {
            JsonNode json = JSON.readTree(seen.body());
            int n = json.get("n").asInt();
            seqs.add(n);
            ids.add(json.get("id").asText());
            assertEquals(kinds.get(n % kinds.size()), json.get("kind").asText(), "pick for seq " + n);
            keys.add(seen.headers().get(RequestPlan.IDEMPOTENCY_KEY));
            assertEquals("application/json", seen.headers().get("Content-Type"));
            assertEquals("t1", seen.headers().get("X-Tenant"));
            assertEquals("Bearer tok-123", seen.headers().get("Authorization"));
        }
        Set<Integer> expected = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            expected.add(i);
        }
        assertEquals(expected, seqs);
        assertEquals(50, ids.size(), "uuids unique");
        assertEquals(50, keys.size(), "idempotency keys unique");
        assertTrue(keys.stream().allMatch(k -> k != null && k.length() == 36));
    }

    /**
     * With one connection and a server taking 300 ms, requests due every 100 ms queue up behind each
     * other: request k completes at about 0.3(k+1) s but was due at 0.1k s. Timing from the intended
     * start shows that queue (p99 about 2.1 s); timing from the actual send would show only ~300 ms.
     */
    @Test
    void p99IncludesQueueingBehindAStalledServer() throws Exception {
        server.delay(300);
        StepStats stats = run("--url", server.url(), "--rates", "10", "--step-seconds", "1",
                "--warmup-seconds", "0", "--connections", "1", "--timeout-ms", "10000", "--stop-p99-ms", "0")
                .get(0).stats();

        assertEquals(10, stats.sent());
        assertEquals(10, stats.completed());
        assertEquals(0, stats.errors());
        double p99 = stats.percentileMillis(99);
        assertTrue(p99 > 1800, "p99 " + p99 + " ms should carry the queue, far above the 300 ms service time");
        assertTrue(stats.percentileMillis(50) > 900, "median waits behind half the queue");
    }

    @Test
    void timeoutsAreErrorsRecordedAtTheTimeoutAndStopTheStepping() throws Exception {
        server.delay(1000);
        List<StepReport> reports = run("--url", server.url(), "--rates", "10,20", "--step-seconds", "1",
                "--warmup-seconds", "0", "--timeout-ms", "200", "--stop-p99-ms", "100");

        assertEquals(1, reports.size(), "p99 above --stop-p99-ms ends the run after the first step");
        StepStats stats = reports.get(0).stats();
        assertEquals(10, stats.sent());
        assertEquals(0, stats.completed());
        assertEquals(10, stats.errors());
        assertEquals(10, stats.timeouts());
        assertTrue(stats.percentileMillis(50) >= 199, "a timeout counts as the timeout, p50 " + stats.percentileMillis(50));
    }

    @Test
    void warmUpIsNotRecordedButAdvancesTheSequence() throws Exception {
        Path body = dir.resolve("seq.json");
        Files.writeString(body, "${seq}");
        List<StepReport> reports = run("--url", server.url(), "--method", "PUT", "--body-file", body.toString(),
                "--rates", "20", "--step-seconds", "1", "--warmup-seconds", "1");

        assertEquals(20, reports.get(0).stats().sent());
        assertEquals(40, server.seen.size());
        List<Integer> seqs = new ArrayList<>();
        server.seen.forEach(s -> seqs.add(Integer.parseInt(s.body())));
        assertEquals(39, seqs.stream().mapToInt(Integer::intValue).max().orElseThrow());
    }

    @Test
    void aStopFileEndsTheStepEarlyAndItCountsTheSecondsItRan() throws Exception {
        Path stop = dir.resolve("stop");
        Thread stopper = new Thread(() -> {
            try {
                // The step is planned for a minute; the file appears after about one second of it.
                while (server.seen.size() < 20) {
                    TimeUnit.MILLISECONDS.sleep(10);
                }
                Files.writeString(stop, "");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        stopper.setDaemon(true);
        stopper.start();
        List<StepReport> reports = run("--url", server.url(), "--scenario", "stopped", "--rates", "20",
                "--step-seconds", "60", "--warmup-seconds", "0", "--stop-file", stop.toString());

        StepStats stats = reports.get(0).stats();
        assertTrue(stats.sent() >= 20 && stats.sent() < 100, "sent " + stats.sent());
        assertEquals(stats.sent(), stats.completed());
        assertTrue(stats.seconds() >= 1 && stats.seconds() <= 5, "seconds " + stats.seconds());
    }
}
