package org.chuanyu.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chuanyu.jurisdiction.testing.RealmTokens;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.chuanyu.jurisdiction.testing.Eventually.assertWithin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One request is one trace in the logs of every component it passes: the gateway's access line and each
 * service's lines (JSON, as the stack writes them under {@code .run/logs}) carry the same trace id, and a
 * caller's own valid trace context is joined rather than replaced.
 */
class TracesAcrossTheStackIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path LOGS = Path.of(System.getProperty("logs.dir",
            Path.of(System.getProperty("project.root", ".."), ".run", "logs").toString()));
    /** Log lines reach the file when the component writes them; the poll allows for a busy machine. */
    private static final Duration WRITTEN = Duration.ofSeconds(20);

    @Test
    void theGatewayAndTheServiceLogOneRequestUnderOneTraceId() {
        String requestId = "trace-" + UUID.randomUUID();
        given().baseUri(Stack.GATEWAY).auth().oauth2(RealmTokens.user("linshui-clerk")).header("X-Request-Id", requestId)
                .when().get("/api/parks").then().statusCode(200);

        String traceId = gatewayTraceOf(requestId);
        assertWithin(WRITTEN, () -> {
            JsonNode line = lineOf("parks", requestId, l -> requestId.equals(l.at("/mdc/requestId").asText()))
                    .orElseThrow(() -> new AssertionError("parks logged nothing for request " + requestId));
            assertEquals(traceId, line.at("/mdc/traceId").asText(), line.toString());
            assertEquals(16, line.at("/mdc/spanId").asText().length(), line.toString());
        });
    }

    @Test
    void aServiceThatAsksAnotherPassesTheTraceOn() {
        String requestId = "trace-" + UUID.randomUUID();
        String park = "e2e-no-such-park-" + Long.toString(System.nanoTime(), 36);
        // projects asks parks for the park before it registers anything: parks answers that there is none.
        given().baseUri(Stack.GATEWAY).auth().oauth2(RealmTokens.user("linshui-clerk")).header("X-Request-Id", requestId)
                .contentType("application/json").body(ProjectsThroughGatewayIT.project(park + ".traced", park))
                .when().post("/api/projects").then().statusCode(422);

        String traceId = gatewayTraceOf(requestId);
        assertWithin(WRITTEN, () -> {
            assertTrue(lineOf("projects", traceId, l -> traceId.equals(l.at("/mdc/traceId").asText())).isPresent(),
                    "projects logged nothing under trace " + traceId);
            assertTrue(lineOf("parks", traceId, l -> traceId.equals(l.at("/mdc/traceId").asText())
                            && l.path("message").asText().startsWith("GET /api/parks/" + park)).isPresent(),
                    "parks logged no lookup of " + park + " under trace " + traceId);
        });
    }

    @Test
    void aCallersValidTraceContextIsJoined() {
        String requestId = "trace-" + UUID.randomUUID();
        String traceId = UUID.randomUUID().toString().replace("-", "");
        given().baseUri(Stack.GATEWAY).auth().oauth2(RealmTokens.user("yubei-clerk")).header("X-Request-Id", requestId)
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .when().get("/api/common-handling/cases").then().statusCode(200);

        assertEquals(traceId, gatewayTraceOf(requestId));
        assertWithin(WRITTEN, () -> assertEquals(traceId, lineOf("common-handling", requestId,
                l -> requestId.equals(l.at("/mdc/requestId").asText())).orElseThrow(
                        () -> new AssertionError("common-handling logged nothing for " + requestId))
                .at("/mdc/traceId").asText()));
    }

    private static String gatewayTraceOf(String requestId) {
        String[] found = new String[1];
        assertWithin(WRITTEN, () -> {
            JsonNode access = lineOf("gateway", requestId, l -> "gateway.access".equals(l.path("loggerName").asText())
                    && access(l).path("requestId").asText().equals(requestId))
                    .map(TracesAcrossTheStackIT::access)
                    .orElseThrow(() -> new AssertionError("no access line for request " + requestId));
            found[0] = access.path("traceId").asText();
        });
        assertEquals(32, found[0].length(), found[0]);
        assertFalse(found[0].chars().allMatch(c -> c == '0'), found[0]);
        return found[0];
    }

    /** The gateway's access line is a JSON object in the message of a JSON log line. */
    private static JsonNode access(JsonNode line) {
        try {
            return JSON.readTree(line.path("message").asText());
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    /** The last line of the component's log that mentions {@code needle} and is wanted. */
    private static Optional<JsonNode> lineOf(String component, String needle, Predicate<JsonNode> wanted) {
        Path file = LOGS.resolve(component + ".log");
        assertTrue(Files.isRegularFile(file), "no log at " + file + " (set -Dlogs.dir to the stack's log folder)");
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            List<String> json = lines.filter(l -> l.startsWith("{") && l.contains(needle)).toList();
            for (int i = json.size() - 1; i >= 0; i--) {
                JsonNode line = parse(json.get(i));
                if (line != null && wanted.test(line)) {
                    return Optional.of(line);
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException e) {
            // A line half written while it was read: the next poll reads it whole.
            throw new AssertionError("log being written: " + e.getMessage());
        }
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            return null;
        }
    }
}
