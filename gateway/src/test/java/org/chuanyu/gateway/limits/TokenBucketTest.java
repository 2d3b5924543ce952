package org.chuanyu.gateway.limits;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aFullBucketAllowsItsSizeThenRefusesWithRetryAfter() {
        TokenBucket bucket = new TokenBucket(3, Duration.ofSeconds(30), 0);
        assertEquals(2, bucket.take(0).remaining());
        assertEquals(1, bucket.take(0).remaining());
        RateDecision last = bucket.take(0);
        assertTrue(last.allowed());
        assertEquals(0, last.remaining());
        assertEquals(30, last.resetSeconds());
        RateDecision refused = bucket.take(0);
        assertFalse(refused.allowed());
        assertEquals(10, refused.retryAfterSeconds(), "one request comes back every 10 s");
    }

    @Test
    void tokensComeBackEvenlyAndNeverBeyondTheSize() {
        TokenBucket bucket = new TokenBucket(2, Duration.ofSeconds(2), 0);
        bucket.take(0);
        bucket.take(0);
        assertFalse(bucket.take(0).allowed());
        assertTrue(bucket.take(SECOND).allowed());
        assertEquals(1, bucket.take(100 * SECOND).remaining());
    }

    @Test
    void retryAfterIsNeverZero() {
        TokenBucket bucket = new TokenBucket(100, Duration.ofSeconds(1), 0);
        for (int i = 0; i < 100; i++) {
            bucket.take(0);
        }
        assertEquals(1, bucket.take(0).retryAfterSeconds());
    }

    @Test
    void bucketsAreForgottenOnceFullAgain() {
        java.util.concurrent.atomic.AtomicLong now = new java.util.concurrent.atomic.AtomicLong();
        RateLimiter limiter = new RateLimiter(1, Duration.ofSeconds(1), now::get);
        limiter.take("subject:a");
        limiter.take("address:198.51.100.4");
        limiter.forgetIdle();
        assertEquals(2, limiter.size(), "still refilling: kept");
        now.set(2 * SECOND);
        limiter.forgetIdle();
        assertEquals(0, limiter.size());
    }
}
