package org.chuanyu.gateway.routing;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** A route's upstreams, taken in turn; an upstream whose circuit is open is skipped. */
public final class UpstreamPool {

    private final List<Upstream> upstreams;
    private final AtomicInteger cursor = new AtomicInteger();

    public UpstreamPool(List<Upstream> upstreams) {
        if (upstreams.isEmpty()) {
            throw new IllegalArgumentException("a route needs at least one upstream");
        }
        this.upstreams = List.copyOf(upstreams);
    }

    public List<Upstream> all() {
        return upstreams;
    }

    /**
     * The next upstream in round-robin order that is not in {@code tried} and whose circuit lets a
     * request through; empty when none does.
     */
    public Optional<Upstream> next(Set<Upstream> tried) {
        int n = upstreams.size();
        int start = Math.floorMod(cursor.getAndIncrement(), n);
        for (int i = 0; i < n; i++) {
            Upstream candidate = upstreams.get((start + i) % n);
            if (!tried.contains(candidate) && candidate.circuit().tryAcquire()) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
