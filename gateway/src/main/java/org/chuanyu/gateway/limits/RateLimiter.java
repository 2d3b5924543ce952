package org.chuanyu.gateway.limits;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/** One token bucket per key (a caller, or a remote address), all with the same limit. */
public final class RateLimiter {

    private final int requests;
    private final Duration period;
    private final LongSupplier nanoClock;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(int requests, Duration period, LongSupplier nanoClock) {
        this.requests = requests;
        this.period = period;
        this.nanoClock = nanoClock;
        new TokenBucket(requests, period, 0); // fail at start-up on a nonsensical limit
    }

    public RateDecision take(String key) {
        long now = nanoClock.getAsLong();
        return buckets.computeIfAbsent(key, k -> new TokenBucket(requests, period, now)).take(now);
    }

    /** Drops full buckets, so memory follows the active callers rather than every address ever seen. */
    public void forgetIdle() {
        long now = nanoClock.getAsLong();
        buckets.values().removeIf(b -> b.isFull(now));
    }

    int size() {
        return buckets.size();
    }
}
