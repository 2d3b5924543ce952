package org.chuanyu.gateway.routing;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * One upstream's circuit. Closed: requests pass. After {@code failureThreshold} consecutive failures it
 * opens and the upstream is skipped; once {@code openFor} has passed it half-opens and lets exactly one
 * trial request through: success closes it, failure opens it for another pause.
 */
public final class CircuitBreaker {

    public enum State { CLOSED, OPEN, HALF_OPEN }

    private final int failureThreshold;
    private final long openForNanos;
    private final LongSupplier nanoClock;

    private State state = State.CLOSED;
    private int consecutiveFailures;
    private long openedAt;
    private boolean trialInFlight;

    public CircuitBreaker(int failureThreshold, Duration openFor, LongSupplier nanoClock) {
        if (failureThreshold < 1) {
            throw new IllegalArgumentException("failure threshold must be at least 1");
        }
        this.failureThreshold = failureThreshold;
        this.openForNanos = openFor.toNanos();
        this.nanoClock = nanoClock;
    }

    /** True when a request may go to this upstream now; in half-open, only the one trial gets true. */
    public synchronized boolean tryAcquire() {
        switch (state) {
            case CLOSED:
                return true;
            case OPEN:
                if (nanoClock.getAsLong() - openedAt < openForNanos) {
                    return false;
                }
                state = State.HALF_OPEN;
                trialInFlight = true;
                return true;
            default:
                if (trialInFlight) {
                    return false;
                }
                trialInFlight = true;
                return true;
        }
    }

    /** The upstream answered. */
    public synchronized void onSuccess() {
        state = State.CLOSED;
        consecutiveFailures = 0;
        trialInFlight = false;
    }

    /** The upstream refused the connection or did not answer in time. */
    public synchronized void onFailure() {
        consecutiveFailures++;
        trialInFlight = false;
        if (state == State.HALF_OPEN || consecutiveFailures >= failureThreshold) {
            state = State.OPEN;
            openedAt = nanoClock.getAsLong();
        }
    }

    /** The request ended for a reason that says nothing about the upstream (the client's body was too large). */
    public synchronized void release() {
        trialInFlight = false;
    }

    /** As the status page shows it: an open circuit whose pause is over reads as half-open. */
    public synchronized State state() {
        if (state == State.OPEN && nanoClock.getAsLong() - openedAt >= openForNanos) {
            return State.HALF_OPEN;
        }
        return state;
    }
}
