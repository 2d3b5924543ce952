package org.chuanyu.gateway.routing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The gateway's own meters, next to Quarkus' HTTP ones (docs/operations.md): tokens refused at the edge by reason
 * ({@code gateway_token_rejections_total}), upstream failures by route and kind ({@code gateway_upstream_errors_total})
 * and each upstream's circuit ({@code gateway_circuit_open}, 1 while open). Tags are route names and fixed words only.
 */
@ApplicationScoped
public class GatewayMeters {

    /**
     * Why the edge refused a request's token: none sent; not a JWT; issued by neither realm; expired; or refused
     * otherwise (signature, audience, the caller rules).
     */
    public enum Rejection { MISSING, MALFORMED, UNKNOWN_ISSUER, EXPIRED, REFUSED }

    /** How an upstream failed a request the gateway forwarded. */
    public enum UpstreamError { TIMEOUT, BAD_GATEWAY, UNAVAILABLE }

    private final MeterRegistry registry;

    GatewayMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    public void rejected(Rejection reason) {
        Counter.builder("gateway.token.rejections").description("Requests refused at the edge for their token")
                .tag("reason", reason.name().toLowerCase().replace('_', '-')).register(registry).increment();
    }

    public void upstreamError(Route route, UpstreamError kind) {
        Counter.builder("gateway.upstream.errors").description("Forwarded requests an upstream failed")
                .tag("route", route.name()).tag("kind", kind.name().toLowerCase().replace('_', '-'))
                .register(registry).increment();
    }

    /** One gauge per upstream of the route, read from its circuit when scraped. */
    void watch(Route route) {
        for (Upstream upstream : route.pool().all()) {
            Gauge.builder("gateway.circuit.open", upstream, u -> u.circuit().state() == CircuitBreaker.State.OPEN ? 1 : 0)
                    .description("1 while the upstream's circuit is open (requests are not sent to it)")
                    .tag("route", route.name()).tag("upstream", Integer.toString(upstream.index()))
                    .register(registry);
        }
    }
}
