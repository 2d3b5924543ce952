package org.chuanyu.notifications.delivery;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(5), Duration.ofHours(1));

    @Test
    void theFirstRetryComesWithinTenSecondsAndEachWaitDoublesUpToAnHour() {
        assertEquals(Duration.ofSeconds(5), backoff.after(1, 0));
        assertEquals(Duration.ofSeconds(10), backoff.after(2, 0));
        assertEquals(Duration.ofSeconds(20), backoff.after(3, 0));
        assertEquals(Duration.ofHours(1), backoff.after(12, 0));
        assertEquals(Duration.ofHours(1), backoff.after(500, 0), "no overflow however many failures");
    }

    @Test
    void jitterShortensAWaitByAFifthAtMost() {
        assertEquals(Duration.ofSeconds(4), backoff.after(1, 1.0));
        Duration d = backoff.after(2, 0.5);
        assertTrue(d.compareTo(Duration.ofSeconds(8)) >= 0 && d.compareTo(Duration.ofSeconds(10)) <= 0, d.toString());
    }

    @Test
    void aDayOfRetriesIsAboutThirtyAttempts() {
        Duration total = Duration.ZERO;
        int attempts = 1;
        while (total.compareTo(Duration.ofHours(24)) < 0) {
            total = total.plus(backoff.after(attempts, 0));
            attempts++;
        }
        assertTrue(attempts > 20 && attempts < 40, "attempts in a day: " + attempts);
    }
}
