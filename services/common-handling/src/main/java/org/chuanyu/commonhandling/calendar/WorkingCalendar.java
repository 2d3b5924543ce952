package org.chuanyu.commonhandling.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The statutory clock built from the calendar in the database. The clock is kept between calls and
 * rebuilt after a committed {@link CalendarChanged} on this replica, or once it is older than
 * {@code common-handling.calendar.cache-ttl} (a change made on another replica).
 */
@ApplicationScoped
public class WorkingCalendar {

    private record Cached(WorkingDayClock clock, Instant readAt) {
    }

    @Inject
    CalendarRegistry registry;
    @Inject
    CalendarConfig config;

    // Bumped by every change: a clock read before a change must not be kept after it.
    private final AtomicLong generation = new AtomicLong();
    private volatile Cached cached;

    /** The clock as of the calendar's last committed state (within the cache's time to live). */
    public WorkingDayClock clock() {
        Cached current = cached;
        if (current != null && current.readAt().plus(config.cacheTtl()).isAfter(Instant.now())) {
            return current.clock();
        }
        long seen = generation.get();
        WorkingDayClock fresh = new WorkingDayClock(registry.loadedSchedules());
        if (generation.get() == seen) {
            cached = new Cached(fresh, Instant.now());
        }
        return fresh;
    }

    void onCalendarChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CalendarChanged changed) {
        generation.incrementAndGet();
        cached = null;
    }
}
