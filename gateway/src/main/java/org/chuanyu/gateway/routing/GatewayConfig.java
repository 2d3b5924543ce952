package org.chuanyu.gateway.routing;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The gateway's behaviour: configured, not coded. Keys and examples are in docs/gateway.md. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Route name → its path prefixes, upstreams and limits. */
    Map<String, Route> routes();

    /**
     * Direct peers (IP addresses or CIDR blocks) whose {@code X-Forwarded-For} and
     * {@code X-Forwarded-Proto} are believed; from anyone else those headers are replaced.
     */
    Optional<List<String>> trustedProxies();

    /** Per remote address, for requests without a valid token (refused /api calls, /openapi, /status). */
    RateLimit unauthenticatedRateLimit();

    /** How long an HSTS-capable browser keeps to https; sent only on requests that came over TLS. */
    @WithDefault("P365D")
    Duration hstsMaxAge();

    Status status();

    /** How often rate-limit buckets that are full again are dropped (memory follows active callers). */
    @WithDefault("1m")
    Duration idleBucketSweep();

    /** Pooled keep-alive connections per upstream instance. */
    @WithDefault("64")
    int upstreamConnections();

    /** Inbound headers removed from every request: nothing forwarded may tell a service who the caller is. */
    IdentityHeaders identityHeaders();

    interface IdentityHeaders {
        /** Header names, case-insensitive, e.g. {@code X-Forwarded-User}. */
        List<String> names();

        /** Name prefixes, case-insensitive, e.g. {@code X-Auth-}. */
        List<String> prefixes();
    }

    interface Route {
        /** Path prefixes forwarded unchanged, e.g. {@code /api/parks}; a prefix matches itself and everything below it. */
        List<String> prefixes();

        /** Base URLs of the service's instances, balanced round-robin, e.g. {@code http://127.0.0.1:8081}. */
        List<URI> upstreams();

        /**
         * The management interfaces of the same instances, in the same order ({@code /q/health/ready} for
         * {@code GET /status}, {@code /q/openapi} for the merged document), e.g. {@code http://127.0.0.1:9081}.
         * Absent: an instance serves them on its {@code upstreams} address (the tests' stand-in services).
         */
        Optional<List<URI>> managementUpstreams();

        /** Longest wait for an upstream to connect and then to answer; past it the caller gets 504. */
        @WithDefault("10s")
        Duration timeout();

        /** Largest request body forwarded; larger bodies are refused with 413 (counted while streaming). */
        @WithDefault("10M")
        @WithConverter(MemorySizeConverter.class)
        MemorySize maxBodySize();

        /** Per caller (the token's subject; a service account's client). */
        RateLimit rateLimit();

        CircuitBreakerConfig circuitBreaker();

        /** Whether the service's {@code /q/openapi} is part of the merged document at {@code GET /openapi}. */
        @WithDefault("true")
        boolean openapi();
    }

    /** A token bucket: {@code requests} may be spent at once, and they come back evenly over {@code period}. */
    interface RateLimit {
        @WithDefault("100")
        int requests();

        @WithDefault("1s")
        Duration period();
    }

    interface CircuitBreakerConfig {
        /** Consecutive failures (refused, timed out) of one upstream that open its circuit. */
        @WithDefault("3")
        int failureThreshold();

        /** How long an open circuit skips its upstream before one trial request is let through. */
        @WithDefault("5s")
        Duration openFor();
    }

    interface Status {
        /** Longest wait for an upstream's {@code /q/health/ready} when {@code GET /status} asks. */
        @WithDefault("2s")
        Duration probeTimeout();
    }
}
