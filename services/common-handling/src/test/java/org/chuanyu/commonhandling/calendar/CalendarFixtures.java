package org.chuanyu.commonhandling.calendar;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.chuanyu.jurisdiction.scope.CurrentScope;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test support: forgets a year a test class owns (its record of changes stays, being append-only),
 * and counts the committed {@link CalendarChanged} events per year.
 */
@ApplicationScoped
public class CalendarFixtures {

    private final Map<Integer, AtomicInteger> events = new ConcurrentHashMap<>();

    @Inject
    CurrentScope currentScope;
    @Inject
    Event<CalendarChanged> calendarChanged;

    /** The year is no longer loaded, as if no one had ever loaded it; the event count starts again. */
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
        events.remove(year);
    }

    public int eventsFor(int year) {
        AtomicInteger count = events.get(year);
        return count == null ? 0 : count.get();
    }

    void count(@Observes(during = TransactionPhase.AFTER_SUCCESS) CalendarChanged changed) {
        events.computeIfAbsent(changed.year(), y -> new AtomicInteger()).incrementAndGet();
    }
}
