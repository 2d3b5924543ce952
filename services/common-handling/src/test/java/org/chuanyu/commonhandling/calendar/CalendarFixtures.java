package org.chuanyu.commonhandling.calendar;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.chuanyu.jurisdiction.scope.CurrentScope;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test support: forgets a year a test class owns (its record of changes stays, being append-only),
 * and counts the committed {@link CalendarChanged} events per year.
 * <p>
 * A test reads the events through a {@link #watch()} it starts itself, so it counts only what happens
 * during the test: the process may have fired events before (on an empty database the service loads
 * the shipped years at start-up, and every other test class shares this application).
 */
@ApplicationScoped
public class CalendarFixtures {

    private final Map<Integer, AtomicInteger> events = new ConcurrentHashMap<>();

    @Inject
    CurrentScope currentScope;
    @Inject
    Event<CalendarChanged> calendarChanged;

    /** The year is no longer loaded, as if no one had ever loaded it. */
    public void forget(int year) {
        currentScope.asSystem(() -> {
            QuarkusTransaction.requiringNew().run(() -> {
                CalendarDay.delete("year", year);
                CalendarYear.deleteById(year);
                // so that a clock cached before the reset is not used after it
                calendarChanged.fire(new CalendarChanged(year));
            });
            return null;
        });
    }

    /** Starts counting: the watch sees the events committed from now on, and none before. */
    public EventWatch watch() {
        Map<Integer, Integer> before = new HashMap<>();
        events.forEach((year, count) -> before.put(year, count.get()));
        return new EventWatch(before);
    }

    private int committed(int year) {
        AtomicInteger count = events.get(year);
        return count == null ? 0 : count.get();
    }

    void count(@Observes(during = TransactionPhase.AFTER_SUCCESS) CalendarChanged changed) {
        events.computeIfAbsent(changed.year(), y -> new AtomicInteger()).incrementAndGet();
    }

    /** The events committed since {@link #watch()} was called. */
    public final class EventWatch {

        private final Map<Integer, Integer> before;

        private EventWatch(Map<Integer, Integer> before) {
            this.before = before;
        }

        public int eventsFor(int year) {
            return committed(year) - before.getOrDefault(year, 0);
        }
    }
}
