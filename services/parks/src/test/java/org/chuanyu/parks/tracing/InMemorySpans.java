package org.chuanyu.parks.tracing;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * The module tests keep the spans they make in memory, where a test reads them: a span exporter bean takes the
 * place of OTLP (which the platform leaves without an endpoint unless an environment names a collector).
 */
public class InMemorySpans {

    @Produces
    @ApplicationScoped
    InMemorySpanExporter exporter() {
        return InMemorySpanExporter.create();
    }
}
