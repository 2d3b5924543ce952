package org.chuanyu.notifications.delivery;

import java.time.Duration;

/**
 * When a failed delivery is tried again: the first retry after {@code first}, each later one twice as long after the
 * previous, never more than {@code longest}, each wait shortened by up to a fifth at random so that many receivers
 * back from an outage are not all called in the same second. Pure (the jitter is a parameter).
 */
public record Backoff(Duration first, Duration longest) {

    /**
     * @param failures how many attempts failed so far (1 after the first)
     * @param jitter   a number in [0, 1)
     */
    public Duration after(int failures, double jitter) {
        long base = first.toMillis();
        long wait = base << Math.min(Math.max(failures - 1, 0), 30);
        wait = Math.min(wait, longest.toMillis());
        return Duration.ofMillis(wait - (long) (wait * 0.2 * jitter));
    }
}
