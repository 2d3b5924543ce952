package org.chuanyu.projects.park;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A projects service that was down serves only once it has read the parks feed to its end
 * (docs/adr/0002-copies-follow-their-source-through-an-outbox-feed.md).
 */
class ParkMovesReadinessTest {

    @Test
    void notReadyUntilTheFeedHasBeenReadToItsEndOnce() {
        AtomicReference<Instant> caughtUp = new AtomicReference<>();
        ParkMovesReadiness readiness = new ParkMovesReadiness();
        readiness.follower = new ParkMoveFollower() {
            @Override
            public Instant caughtUpAt() {
                return caughtUp.get();
            }
        };
        readiness.config = new ParkMovesConfig() {
            public boolean enabled() {
                return true;
            }

            public Duration every() {
                return Duration.ofMillis(250);
            }

            public Duration delayed() {
                return Duration.ofSeconds(1);
            }

            public int batch() {
                return 200;
            }
        };
        assertEquals(HealthCheckResponse.Status.DOWN, readiness.call().getStatus());
        caughtUp.set(Instant.now());
        assertEquals(HealthCheckResponse.Status.UP, readiness.call().getStatus());
    }
}
