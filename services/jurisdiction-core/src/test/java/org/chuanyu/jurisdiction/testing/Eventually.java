package org.chuanyu.jurisdiction.testing;

import java.time.Duration;

/**
 * For what happens in the background after a request (a recount after a calendar change): the assertion is tried
 * again, every {@link #POLL}, until it passes or {@code within} has passed; then its last failure is thrown.
 */
public final class Eventually {

    static final Duration POLL = Duration.ofMillis(50);

    private Eventually() {
    }

    public static void assertWithin(Duration within, Runnable assertion) {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting", e);
            }
        }
    }
}
