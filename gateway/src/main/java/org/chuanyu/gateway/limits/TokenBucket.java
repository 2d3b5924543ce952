package org.chuanyu.gateway.limits;

import java.time.Duration;

/**
 * A token bucket: up to {@code capacity} requests at once, refilled evenly so that {@code capacity}
 * requests come back per {@code period}. Time is passed in, so the arithmetic is tested without waiting.
 */
public final class TokenBucket {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final int capacity;
    private final double nanosPerToken;
    private double tokens;
    private long updatedAt;

    public TokenBucket(int capacity, Duration period, long nowNanos) {
        if (capacity < 1 || period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("a rate limit needs at least one request per positive period");
        }
        this.capacity = capacity;
        this.nanosPerToken = (double) period.toNanos() / capacity;
        this.tokens = capacity;
        this.updatedAt = nowNanos;
    }

    public synchronized RateDecision take(long nowNanos) {
        refill(nowNanos);
        boolean allowed = tokens >= 1;
        if (allowed) {
            tokens -= 1;
        }
        long reset = ceilSeconds((capacity - tokens) * nanosPerToken);
        long retryAfter = allowed ? 0 : Math.max(1, ceilSeconds((1 - tokens) * nanosPerToken));
        return new RateDecision(allowed, capacity, (int) Math.floor(tokens), reset, retryAfter);
    }

    /** True when the bucket has been full for a while: it can be forgotten without changing any answer. */
    public synchronized boolean isFull(long nowNanos) {
        refill(nowNanos);
        return tokens >= capacity;
    }

    private void refill(long nowNanos) {
        long elapsed = nowNanos - updatedAt;
        if (elapsed > 0) {
            tokens = Math.min(capacity, tokens + elapsed / nanosPerToken);
            updatedAt = nowNanos;
        }
    }

    private static long ceilSeconds(double nanos) {
        return (long) Math.ceil(nanos / NANOS_PER_SECOND);
    }
}
