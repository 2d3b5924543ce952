package org.chuanyu.bench.drill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * After the faults, reads back through the gateway, as the same external system, what the client believes: every
 * acknowledged case exists and is the submission it was sent for; no submission left more than one case behind
 * (found by the marker each case carries, not by the service's idempotency records); every timeline verifies.
 */
final class Verifier {

    private static final int PAGE = 500;

    private final DrillPlan plan;
    private final String token;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    Verifier(DrillPlan plan, String token) {
        this.plan = plan;
        this.token = token;
    }

    record Findings(int found, int lost, List<Long> lostAcknowledgedAtMillis, int duplicated,
                    int foundWithoutAcknowledgement, int timelinesVerified, int timelinesBroken, List<String> problems) {
    }

    Findings check(List<Outcome> outcomes) throws IOException, InterruptedException {
        List<String> problems = new ArrayList<>();
        Map<String, List<String>> casesByMarker = drillCases();

        int lost = 0;
        List<Long> lostAt = new ArrayList<>();
        for (Outcome o : outcomes) {
            if (!o.acknowledged()) {
                continue;
            }
            HttpResponse<String> r = get(plan.casesUrl() + "/" + o.caseNumber());
            String unit = r.statusCode() == 200 ? json.readTree(r.body()).path("accepting").path("unit").asText() : null;
            if (!o.submission().marker().equals(unit)) {
                lost++;
                lostAt.add(o.acknowledgedAtMillis());
                problems.add("acknowledged " + o.caseNumber() + " for " + o.submission().marker() + ": HTTP "
                        + r.statusCode() + (unit == null ? "" : ", carries " + unit));
            }
        }

        int duplicated = 0;
        int withoutAck = 0;
        Map<String, Outcome> byMarker = new HashMap<>();
        outcomes.forEach(o -> byMarker.put(o.submission().marker(), o));
        for (var e : casesByMarker.entrySet()) {
            if (e.getValue().size() > 1) {
                duplicated += e.getValue().size() - 1;
                problems.add(e.getKey() + " filed " + e.getValue().size() + " times: " + e.getValue());
            }
            Outcome o = byMarker.get(e.getKey());
            if (o == null || !o.acknowledged()) {
                withoutAck++;
            }
        }

        int verified = 0;
        int broken = 0;
        for (List<String> numbers : casesByMarker.values()) {
            for (String number : numbers) {
                HttpResponse<String> r = get(plan.casesUrl() + "/" + number + "/timeline/verify");
                if (r.statusCode() == 200 && json.readTree(r.body()).path("intact").asBoolean(false)) {
                    verified++;
                } else {
                    broken++;
                    problems.add("timeline of " + number + " does not verify: HTTP " + r.statusCode() + " " + r.body());
                }
            }
        }
        return new Findings(casesByMarker.size(), lost, lostAt, duplicated, withoutAck, verified, broken, problems);
    }

    /** Every case of this run the external system can see, by marker: one page walk over its own cases. */
    private Map<String, List<String>> drillCases() throws IOException, InterruptedException {
        Map<String, List<String>> byMarker = new HashMap<>();
        String prefix = "drill " + plan.runId() + " #";
        String cursor = null;
        do {
            String url = plan.casesUrl() + "?limit=" + PAGE
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            HttpResponse<String> r = get(url);
            if (r.statusCode() != 200) {
                throw new IOException("listing cases failed: HTTP " + r.statusCode() + " " + r.body());
            }
            JsonNode page = json.readTree(r.body());
            for (JsonNode c : page.path("items")) {
                String unit = c.path("accepting").path("unit").asText("");
                if (unit.startsWith(prefix)) {
                    byMarker.computeIfAbsent(unit, k -> new ArrayList<>()).add(c.path("number").asText());
                }
            }
            cursor = page.hasNonNull("nextCursor") ? page.get("nextCursor").asText() : null;
        } while (cursor != null);
        return byMarker;
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
