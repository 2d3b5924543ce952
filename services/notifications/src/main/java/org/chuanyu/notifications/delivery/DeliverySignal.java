package org.chuanyu.notifications.delivery;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** Wakes the delivery loop when intake made deliveries, so a new event does not wait for the next poll. */
@ApplicationScoped
public class DeliverySignal {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition made = lock.newCondition();
    private boolean pending;

    public void madeDeliveries() {
        lock.lock();
        try {
            pending = true;
            made.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Waits up to {@code millis} for new deliveries; true when some were made. */
    boolean await(long millis) throws InterruptedException {
        lock.lock();
        try {
            if (!pending) {
                made.await(millis, TimeUnit.MILLISECONDS);
            }
            boolean was = pending;
            pending = false;
            return was;
        } finally {
            lock.unlock();
        }
    }
}
