package org.chuanyu.bench.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.chuanyu.bench.load.Args;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code bench.jar webhooks}: what the drill's receiver got, against what the drill client was acknowledged
 * (docs/drill.md). Waits (polling the arrivals file) until every acknowledged case's submission event arrived at the
 * filer's path or the wait is over, then counts: expected, delivered, duplicates (the same webhook-id again: allowed,
 * at-least-once), lost (must be 0), out of order per subject (an event older than one already delivered for the same
 * subject: must be 0), bad signatures (must be 0), and foreign (arrivals at another system's path about these cases:
 * must be 0). Exit code 1 when any must-be-0 count is not.
 */
public final class WebhooksCommand {

    static final String SUBMITTED = "cn.chuanyu.common-handling.case.submitted";

    private WebhooksCommand() {
    }

    public static int run(String[] args) throws Exception {
        Args o = Args.parse(args, Set.of("drill-report", "arrivals", "path", "foreign-path", "wait-seconds", "out"), Set.of());
        ObjectMapper json = new ObjectMapper();
        Set<String> expected = new HashSet<>();
        json.readTree(Path.of(o.required("drill-report")).toFile()).path("acknowledgedNumbers")
                .forEach(n -> expected.add(n.asText()));
        Path arrivals = Path.of(o.required("arrivals"));
        String path = o.required("path");
        String foreignPath = o.required("foreign-path");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(o.intValue("wait-seconds", 180)));
        Instant started = Instant.now();
        Counts counts = count(read(arrivals, json), expected, path, foreignPath);
        while (counts.lost() > 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            counts = count(read(arrivals, json), expected, path, foreignPath);
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("expected", expected.size());
        report.put("delivered", counts.delivered());
        report.put("arrivals", counts.arrivals());
        report.put("duplicates", counts.duplicates());
        report.put("lost", counts.lost());
        report.put("outOfOrder", counts.outOfOrder());
        report.put("badSignatures", counts.badSignatures());
        report.put("foreign", counts.foreign());
        report.put("waitedSeconds", Duration.between(started, Instant.now()).toSeconds());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(Path.of(o.required("out")).toFile(), report);
        System.out.printf("webhooks: expected %d, delivered %d, duplicates %d, lost %d, out of order %d, bad signatures %d, "
                        + "foreign %d%n", expected.size(), counts.delivered(), counts.duplicates(), counts.lost(),
                counts.outOfOrder(), counts.badSignatures(), counts.foreign());
        return counts.lost() == 0 && counts.outOfOrder() == 0 && counts.badSignatures() == 0 && counts.foreign() == 0 ? 0 : 1;
    }

    record Counts(int arrivals, int delivered, int duplicates, int lost, int outOfOrder, int badSignatures, int foreign) {
    }

    static List<JsonNode> read(Path arrivals, ObjectMapper json) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        if (!Files.exists(arrivals)) {
            return lines;
        }
        for (String line : Files.readAllLines(arrivals)) {
            if (!line.isBlank()) {
                try {
                    lines.add(json.readTree(line));
                } catch (IOException e) {
                    // a line cut by the receiver's kill: not an arrival it acknowledged
                }
            }
        }
        return lines;
    }

    /** Pure: the counts of the arrivals against the acknowledged case numbers. */
    static Counts count(List<JsonNode> arrivals, Set<String> expected, String path, String foreignPath) {
        Set<String> seenIds = new HashSet<>();
        Set<String> delivered = new HashSet<>();
        Map<String, String> newestPerSubject = new HashMap<>();
        int duplicates = 0;
        int outOfOrder = 0;
        int bad = 0;
        int foreign = 0;
        for (JsonNode a : arrivals) {
            String subject = a.path("subject").asText("");
            if (!a.path("valid").asBoolean(false)) {
                bad++;
                continue;
            }
            if (a.path("path").asText("").startsWith(foreignPath) && expected.contains(subject)) {
                foreign++;
                continue;
            }
            if (!a.path("path").asText("").startsWith(path)) {
                continue;
            }
            if (!seenIds.add(a.path("id").asText())) {
                duplicates++;
                continue;
            }
            String time = a.path("time").asText("");
            String newest = newestPerSubject.get(subject);
            if (newest != null && Instant.parse(normalised(time)).isBefore(Instant.parse(normalised(newest)))) {
                outOfOrder++;
            } else {
                newestPerSubject.put(subject, time);
            }
            if (SUBMITTED.equals(a.path("type").asText()) && expected.contains(subject)) {
                delivered.add(subject);
            }
        }
        int lost = (int) expected.stream().filter(n -> !delivered.contains(n)).count();
        return new Counts(arrivals.size(), delivered.size(), duplicates, lost, outOfOrder, bad, foreign);
    }

    private static String normalised(String time) {
        return java.time.OffsetDateTime.parse(time).toInstant().toString();
    }
}
