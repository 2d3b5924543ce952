package org.chuanyu.commonhandling.cases;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.chuanyu.commonhandling.calendar.CalendarChanged;
import org.chuanyu.jurisdiction.scope.CurrentScope;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * When a year's holidays are loaded or changed, the deadlines of every open case, in every
 * district, are counted again on the new calendar. It runs after the calendar change has
 * committed, under the system scope, in batches so that a large backlog never holds one long
 * transaction (a case changed by a clerk meanwhile is recounted on its own next transition).
 */
@ApplicationScoped
public class DeadlineRecomputation {

    private static final Logger LOG = Logger.getLogger(DeadlineRecomputation.class);

    @Inject
    CurrentScope currentScope;
    @Inject
    CaseDesk desk;
    @ConfigProperty(name = "common-handling.deadlines.recompute-batch")
    int batch;

    // After the calendar's own observer (default priority) has dropped the cached clock.
    void onCalendarChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS)
                           @Priority(Interceptor.Priority.APPLICATION + 900) CalendarChanged change) {
        int recounted = recomputeOpenCases();
        LOG.infof("calendar %d changed: deadlines of %d open cases recounted", change.year(), recounted);
    }

    /** Counts every open case's deadlines again; returns how many cases were recounted. */
    public int recomputeOpenCases() {
        long after = 0;
        int total = 0;
        while (true) {
            long from = after;
            List<Long> done = currentScope.asSystem(() -> QuarkusTransaction.requiringNew().call(() -> {
                List<CaseFile> open = CaseFile.<CaseFile>find("id > ?1 and status in ?2 order by id",
                        from, CaseStatus.awaitingDecision()).range(0, batch - 1).list();
                open.forEach(desk::recomputeDeadlines);
                return open.stream().map(c -> c.id).toList();
            }));
            if (done.isEmpty()) {
                return total;
            }
            total += done.size();
            after = done.get(done.size() - 1);
        }
    }
}
