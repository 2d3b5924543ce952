package org.chuanyu.gateway.edge;

import io.opentelemetry.api.trace.Span;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.chuanyu.gateway.limits.RateDecision;
import org.chuanyu.gateway.routing.GatewayConfig;
import org.chuanyu.jurisdiction.http.RequestId;
import org.chuanyu.jurisdiction.problem.ProblemType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Runs first for every request, the gateway's own endpoints included: gives it a request id (the trace
 * context is OpenTelemetry's, which joins a caller's valid {@code traceparent} or starts one), removes inbound headers that could speak for the caller, writes honest forwarding
 * headers, and on the way out adds the request id and security headers and writes the access log.
 */
@ApplicationScoped
public class EdgeFilter {

    /** Before Quarkus' own filters (CORS included), so even a refused preflight carries a request id. */
    static final int PRIORITY = 10_000;
    private static final List<String> TRACE_CONTEXT_HEADERS = List.of("traceparent", "tracestate");

    private final TrustedProxies trustedProxies;
    private final Set<String> strippedNames;
    private final List<String> strippedPrefixes;
    private final String hsts;
    private final AccessLog accessLog;
    private final AllowedOrigins origins;

    EdgeFilter(GatewayConfig config, AccessLog accessLog,
               @ConfigProperty(name = "quarkus.http.cors.origins") Optional<List<String>> corsOrigins) {
        this.origins = new AllowedOrigins(corsOrigins.orElse(List.of()));
        this.trustedProxies = new TrustedProxies(config.trustedProxies().orElse(List.of()));
        this.strippedNames = config.identityHeaders().names().stream().map(EdgeFilter::lower).collect(Collectors.toSet());
        this.strippedPrefixes = config.identityHeaders().prefixes().stream().map(EdgeFilter::lower).toList();
        this.hsts = "max-age=" + config.hstsMaxAge().toSeconds() + "; includeSubDomains";
        this.accessLog = accessLog;
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        MultiMap headers = request.headers();
        String peer = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        boolean peerTrusted = trustedProxies.trusts(peer);

        String given = headers.get(RequestId.HEADER);
        // The library's rule, so the services keep the id the gateway forwards.
        String requestId = given != null && RequestId.isWellFormed(given) ? given : UUID.randomUUID().toString();
        String client = trustedProxies.clientAddress(peer, headers.get("X-Forwarded-For"));
        boolean secure = request.isSSL()
                || (peerTrusted && "https".equalsIgnoreCase(firstValue(headers.get("X-Forwarded-Proto"))));
        Exchange exchange = new Exchange(requestId, request.path(), client, secure, Span.current().getSpanContext());
        exchange.attach(ctx);

        stripIdentityHeaders(headers);
        rewriteForwardingHeaders(request, headers, peer, peerTrusted, secure);
        headers.set(RequestId.HEADER, requestId);
        // OpenTelemetry read the caller's trace context when the request arrived; the call to the service
        // carries the gateway's own (its client span as parent). Copied too, it would reach the service twice.
        TRACE_CONTEXT_HEADERS.forEach(headers::remove);

        HttpServerResponse response = ctx.response();
        ctx.addHeadersEndHandler(v -> securityHeaders(exchange, response.headers()));
        ctx.addEndHandler(ar -> accessLog.write(request.method().name(), exchange, response.getStatusCode()));
        String origin = headers.get("Origin");
        // The request's own origin as the browser saw it: behind the ingress, TLS ended there (X-Forwarded-Proto).
        if (origin != null && !origins.allows(origin, secure ? "https" : "http", request.authority() == null ? null
                : request.authority().toString())) {
            GatewayProblem.of(ProblemType.FORBIDDEN, "browsers at this origin may not call the API; allowed are the "
                    + "platform's consoles and the gateway's own pages", exchange).send(response);
            return;
        }
        ctx.next();
    }

    private void securityHeaders(Exchange exchange, MultiMap out) {
        out.set(RequestId.HEADER, exchange.requestId());
        out.set("X-Content-Type-Options", "nosniff");
        out.set("Referrer-Policy", "no-referrer");
        if (exchange.path().startsWith("/api/") || exchange.path().equals("/api") || exchange.path().equals("/status")) {
            // Answers about records of people and enterprises: no shared or browser cache keeps them.
            out.set("Cache-Control", "no-store");
        }
        if (exchange.secure()) {
            out.set("Strict-Transport-Security", hsts);
        }
        RateDecision rate = exchange.rateDecision();
        if (rate != null) {
            out.set("RateLimit-Limit", Integer.toString(rate.limit()));
            out.set("RateLimit-Remaining", Integer.toString(rate.remaining()));
            out.set("RateLimit-Reset", Long.toString(rate.resetSeconds()));
            if (!rate.allowed()) {
                out.set("Retry-After", Long.toString(rate.retryAfterSeconds()));
            }
        }
    }

    private void stripIdentityHeaders(MultiMap headers) {
        List<String> doomed = headers.names().stream()
                .filter(name -> {
                    String n = lower(name);
                    return strippedNames.contains(n) || strippedPrefixes.stream().anyMatch(n::startsWith);
                })
                .toList();
        doomed.forEach(headers::remove);
    }

    /**
     * The services see who connected to the gateway, never what an untrusted client wrote: from an
     * untrusted peer every forwarding header is replaced; a trusted proxy's chain is extended.
     */
    private static void rewriteForwardingHeaders(HttpServerRequest request, MultiMap headers, String peer,
                                                 boolean peerTrusted, boolean secure) {
        String chain = peerTrusted ? headers.get("X-Forwarded-For") : null;
        String host = peerTrusted && headers.contains("X-Forwarded-Host") ? headers.get("X-Forwarded-Host") : request.host();
        headers.remove("Forwarded");
        List<String> forwarding = headers.names().stream().filter(n -> lower(n).startsWith("x-forwarded-")).toList();
        forwarding.forEach(headers::remove);
        headers.set("X-Forwarded-For", chain == null || chain.isBlank() ? peer : chain + ", " + peer);
        headers.set("X-Forwarded-Proto", secure ? "https" : "http");
        if (host != null) {
            headers.set("X-Forwarded-Host", host);
        }
    }

    private static String firstValue(String header) {
        if (header == null) {
            return null;
        }
        int comma = header.indexOf(',');
        return (comma < 0 ? header : header.substring(0, comma)).trim();
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
