package org.chuanyu.bench.moves;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chuanyu.bench.load.Args;
import org.chuanyu.bench.load.TokenSource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How long a park's move takes to reach the projects on it (target: 5 s at p99; docs/benchmarks.md, "Park moves"). A
 * district clerk of Yubei registers a Gaozhu park and projects on it, then takes the park out of the zone and puts
 * it back, again and again; after each answer, a Linshui clerk (who sees Gaozhu records only through the zone) lists
 * the park's projects every few milliseconds until the list shows all of them or none, as the move requires. The
 * projects of a park are re-scoped in one transaction, with their blockers, reports and transitions, so the list is
 * the moment every dependent record has followed.
 */
public final class MovesCommand {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ZONE = "gaozhu";
    private static final String DISTRICT = "500112";

    private MovesCommand() {
    }

    public static int run(String[] argv) throws Exception {
        Args args = Args.parse(argv, Set.of("url", "mover-token-command", "reader-token-command", "moves",
                "projects", "poll-ms", "timeout-seconds", "out"), Set.of());
        String url = args.required("url");
        int moves = args.intValue("moves", 100);
        int projects = args.intValue("projects", 20);
        Duration poll = Duration.ofMillis(args.intValue("poll-ms", 10));
        Duration timeout = Duration.ofSeconds(args.intValue("timeout-seconds", 30));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try (TokenSource mover = TokenSource.start(args.required("mover-token-command"), Duration.ofMinutes(2));
             TokenSource reader = TokenSource.start(args.required("reader-token-command"), Duration.ofMinutes(2))) {
            Api api = new Api(http, url);
            String park = "bench-mv-" + Long.toString(System.currentTimeMillis(), 36);
            api.send(mover, "POST", "/api/parks", parkBody(park, ZONE), null, 201);
            for (int i = 0; i < projects; i++) {
                api.send(mover, "POST", "/api/projects", projectBody(park + ".p" + i, park, i), null, 201);
            }
            List<Long> micros = new ArrayList<>();
            int lost = 0;
            for (int i = 0; i < moves; i++) {
                String zone = i % 2 == 0 ? null : ZONE;
                int expected = zone == null ? 0 : projects;
                String etag = api.send(mover, "GET", "/api/parks/" + park, null, null, 200).headers()
                        .firstValue("ETag").orElseThrow();
                api.send(mover, "PUT", "/api/parks/" + park, parkBody(park, zone), etag, 200);
                long answered = System.nanoTime();
                long deadline = answered + timeout.toNanos();
                while (true) {
                    HttpResponse<String> list = api.send(reader, "GET", "/api/projects?limit=500&park=" + park, null, null, 200);
                    if (JSON.readTree(list.body()).path("items").size() == expected) {
                        micros.add((System.nanoTime() - answered) / 1000);
                        break;
                    }
                    if (System.nanoTime() > deadline) {
                        lost++;
                        break;
                    }
                    Thread.sleep(poll.toMillis());
                }
            }
            report(micros, lost, moves, projects, args.value("out").orElse(null));
            return lost == 0 ? 0 : 1;
        }
    }

    private static void report(List<Long> micros, int lost, int moves, int projects, String out) throws IOException {
        List<Long> sorted = micros.stream().sorted().toList();
        ObjectNode line = JSON.createObjectNode().put("scenario", "park-moves").put("moves", moves)
                .put("projectsPerPark", projects).put("notFollowedWithinTimeout", lost)
                .put("p50", ms(percentile(sorted, 50))).put("p90", ms(percentile(sorted, 90)))
                .put("p99", ms(percentile(sorted, 99))).put("max", ms(sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1)));
        System.out.println(line);
        System.err.printf(Locale.ROOT, "bench: park moves (%d moves, %d projects each): reached every project after "
                        + "p50 %.0f ms, p90 %.0f ms, p99 %.0f ms, max %.0f ms; not followed within the timeout: %d%n",
                moves, projects, line.get("p50").asDouble(), line.get("p90").asDouble(), line.get("p99").asDouble(),
                line.get("max").asDouble(), lost);
        if (out != null) {
            Files.writeString(Path.of(out), line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    private static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static double ms(long micros) {
        return Math.round(micros / 100.0) / 10.0;
    }

    private static ObjectNode parkBody(String code, String zone) {
        ObjectNode body = JSON.createObjectNode().put("code", code).put("name", "迁移基准园区 " + code).put("kind", "OTHER")
                .put("level", "MUNICIPAL").put("district", DISTRICT);
        if (zone != null) {
            body.put("zone", zone);
        }
        return body;
    }

    private static ObjectNode projectBody(String code, String park, int serial) {
        ObjectNode body = JSON.createObjectNode().put("code", code).put("name", "迁移基准项目 " + code)
                .put("industry", "automotive").put("parkCode", park).put("plannedInvestment", 100000000);
        body.putObject("investor").put("name", "迁移基准投资有限公司").put("sourceRegion", "YANGTZE_RIVER_DELTA")
                .put("creditCode", CreditCodes.of("330100", serial));
        return body;
    }

    /** Requests with a bearer token; an answer other than the one expected ends the run with what it said. */
    private record Api(HttpClient http, String url) {

        HttpResponse<String> send(TokenSource token, String method, String path, JsonNode body, String ifMatch,
                                  int expected) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + token.token())
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body.toString()));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            if (ifMatch != null) {
                request.header("If-Match", ifMatch);
            }
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != expected) {
                throw new IllegalStateException(method + " " + path + " answered " + answer.statusCode() + ": "
                        + answer.body());
            }
            return answer;
        }
    }
}
