package org.chuanyu.gateway.routing;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CircuitBreakerTest {

    private final AtomicLong now = new AtomicLong();
    private final CircuitBreaker circuit = new CircuitBreaker(3, Duration.ofSeconds(5), now::get);

    @Test
    void opensAfterTheConfiguredConsecutiveFailuresOnly() {
        circuit.onFailure();
        circuit.onFailure();
        circuit.onSuccess(); // the count starts again
        circuit.onFailure();
        circuit.onFailure();
        assertEquals(CircuitBreaker.State.CLOSED, circuit.state());
        circuit.onFailure();
        assertEquals(CircuitBreaker.State.OPEN, circuit.state());
        assertFalse(circuit.tryAcquire());
    }

    @Test
    void halfOpensAfterThePauseWithExactlyOneTrial() {
        openIt();
        now.addAndGet(Duration.ofSeconds(5).toNanos());
        assertEquals(CircuitBreaker.State.HALF_OPEN, circuit.state());
        assertTrue(circuit.tryAcquire());
        assertFalse(circuit.tryAcquire(), "a second request while the trial runs");
    }

    @Test
    void aSuccessfulTrialClosesIt() {
        openIt();
        now.addAndGet(Duration.ofSeconds(5).toNanos());
        assertTrue(circuit.tryAcquire());
        circuit.onSuccess();
        assertEquals(CircuitBreaker.State.CLOSED, circuit.state());
        assertTrue(circuit.tryAcquire());
        assertTrue(circuit.tryAcquire());
    }

    @Test
    void aFailedTrialOpensItForAnotherPause() {
        openIt();
        now.addAndGet(Duration.ofSeconds(5).toNanos());
        assertTrue(circuit.tryAcquire());
        circuit.onFailure();
        assertEquals(CircuitBreaker.State.OPEN, circuit.state());
        now.addAndGet(Duration.ofSeconds(4).toNanos());
        assertFalse(circuit.tryAcquire());
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertTrue(circuit.tryAcquire());
    }

    @Test
    void aTrialEndedByTheClientLetsTheNextRequestTry() {
        openIt();
        now.addAndGet(Duration.ofSeconds(5).toNanos());
        assertTrue(circuit.tryAcquire());
        circuit.release();
        assertTrue(circuit.tryAcquire());
    }

    private void openIt() {
        for (int i = 0; i < 3; i++) {
            circuit.onFailure();
        }
    }
}
