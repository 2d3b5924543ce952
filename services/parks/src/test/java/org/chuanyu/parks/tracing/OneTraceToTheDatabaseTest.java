package org.chuanyu.parks.tracing;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.chuanyu.jurisdiction.testing.Accounts;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.chuanyu.jurisdiction.testing.Eventually.assertWithin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A request that arrives with the gateway's trace context is one trace inside the service, down to its SQL:
 * the server span is the gateway's child, and every statement is a client span of the same trace.
 */
@QuarkusTest
class OneTraceToTheDatabaseTest {

    private static final AttributeKey<String> DB_SYSTEM = AttributeKey.stringKey("db.system");
    private static final Duration EXPORT = Duration.ofSeconds(10);

    @Inject
    InMemorySpanExporter spans;

    @Test
    void theServerSpanAndItsStatementsJoinTheCallersTrace() {
        String traceId = hex(16);
        String parent = hex(8);
        Accounts.as("linshui-clerk").header("traceparent", "00-" + traceId + "-" + parent + "-01")
                .when().get("/api/parks").then().statusCode(200);

        assertWithin(EXPORT, () -> {
            List<SpanData> ours = spans.getFinishedSpanItems().stream()
                    .filter(s -> s.getTraceId().equals(traceId)).toList();
            SpanData server = ours.stream().filter(s -> s.getKind() == SpanKind.SERVER).findFirst().orElseThrow(
                    () -> new AssertionError("no server span in the caller's trace: " + ours));
            assertEquals(parent, server.getParentSpanId());
            List<SpanData> statements = ours.stream()
                    .filter(s -> s.getKind() == SpanKind.CLIENT && s.getAttributes().get(DB_SYSTEM) != null).toList();
            assertFalse(statements.isEmpty(), "no JDBC span in the caller's trace: " + ours);
            assertTrue(statements.stream().allMatch(s -> "postgresql".equals(s.getAttributes().get(DB_SYSTEM))));
        });
    }

    private static String hex(int bytes) {
        StringBuilder out = new StringBuilder();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < bytes; i++) {
            out.append(String.format("%02x", random.nextInt(1, 256)));
        }
        return out.toString();
    }
}
