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
import org.chuanyu.jurisdiction.testing.Accounts;

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
                // a waiting proposal would block the next one; decided proposals stay, like the record of changes
                CalendarProposal.update("status = ?1 where year = ?2 and status = ?3", CalendarProposal.Status.REJECTED,
                        year, CalendarProposal.Status.PENDING);
                CalendarDay.delete("year", year);
                CalendarYear.deleteById(year);
                // so that a clock cached before the reset is not used after it
                calendarChanged.fire(new CalendarChanged(year));
            });
            return null;
        });
    }

    /**
     * Proposes the schedule as {@code proposer} and approves it for both provinces (the proposer's own admin
     * first, then the other's), as the API asks of every load or correction; returns the year's new ETag.
     */
    public static String loadWithBothProvinces(String proposer, int year, String schedule, String ifMatch) {
        String path = "/api/common-handling/calendar/" + year;
        var request = Accounts.as(proposer).contentType("application/json").body(schedule);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        int id = request.put(path).then().statusCode(202).body("status", org.hamcrest.Matchers.equalTo("PENDING"))
                .extract().path("id");
        boolean sichuan = proposer.startsWith("sc-") || proposer.endsWith("-sc");
        Accounts.as(sichuan ? "sc-admin" : "cq-admin").post(path + "/proposals/" + id + "/approvals").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("PENDING"));
        Accounts.as(sichuan ? "cq-admin" : "sc-admin").post(path + "/proposals/" + id + "/approvals").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("APPLIED"));
        return Accounts.as(proposer).get(path).then().statusCode(200).extract().header("ETag");
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
