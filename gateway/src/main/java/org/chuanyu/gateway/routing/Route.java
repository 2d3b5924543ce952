package org.chuanyu.gateway.routing;

import org.chuanyu.gateway.limits.RateLimiter;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/** A configured route at run time: its upstreams with their circuits, and its per-caller buckets. */
public record Route(String name, List<String> prefixes, UpstreamPool pool, Duration timeout, long maxBodySize,
                    RateLimiter rateLimiter) {

    static Route of(String name, GatewayConfig.Route config) {
        List<URI> management = config.managementUpstreams().orElse(config.upstreams());
        if (management.size() != config.upstreams().size()) {
            throw new IllegalArgumentException("route " + name + " names " + config.upstreams().size()
                    + " upstream(s) but " + management.size() + " management upstream(s); they pair by position");
        }
        List<Upstream> upstreams = new java.util.ArrayList<>();
        for (int i = 0; i < config.upstreams().size(); i++) {
            GatewayConfig.CircuitBreakerConfig cb = config.circuitBreaker();
            upstreams.add(Upstream.of(name, i, config.upstreams().get(i), management.get(i),
                    new CircuitBreaker(cb.failureThreshold(), cb.openFor(), System::nanoTime)));
        }
        return new Route(name, List.copyOf(config.prefixes()), new UpstreamPool(upstreams), config.timeout(),
                config.maxBodySize().asLongValue(),
                new RateLimiter(config.rateLimit().requests(), config.rateLimit().period(), System::nanoTime));
    }
}
