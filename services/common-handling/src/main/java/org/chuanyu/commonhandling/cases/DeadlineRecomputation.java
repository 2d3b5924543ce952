package org.chuanyu.commonhandling.cases;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.chuanyu.commonhandling.calendar.CalendarChanged;
import org.chuanyu.jurisdiction.scope.CurrentScope;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * When a year's holidays are loaded or changed, the deadlines of every open case, in every district, are counted
 * again on the new calendar. It runs after the calendar change has committed, in the background (never inside the
 * request that approved it: docs/security.md, finding 7), under the system scope, in batches so that a large
 * backlog never holds one long transaction. One recount runs at a time on a replica. A batch that meets a case a
 * clerk changed meanwhile is tried again.
 */
@ApplicationScoped
public class DeadlineRecomputation {

    private static final Logger LOG = Logger.getLogger(DeadlineRecomputation.class);
    /** Tries of one batch that met a concurrent change of one of its cases. */
    static final int BATCH_TRIES = 3;

    @Inject
    CurrentScope currentScope;
    @Inject
    CaseDesk desk;
    @Inject
    CaseSupervision supervision;
    @Inject
    DeadlineRecomputation self;
    @ConfigProperty(name = "common-handling.deadlines.recompute-batch")
    int batch;

    private final ExecutorService recounts = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "deadline-recount");
        t.setDaemon(true);
        return t;
    });

    // After the calendar's own observer (default priority) has dropped the cached clock.
    void onCalendarChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS)
                           @Priority(Interceptor.Priority.APPLICATION + 900) CalendarChanged change) {
        recounts.submit(() -> {
            try {
                int recounted = self.recomputeOpenCases();
                LOG.infof("calendar %d changed: deadlines of %d open cases recounted", change.year(), recounted);
            } catch (RuntimeException e) {
                LOG.errorf(e, "calendar %d changed: the recount of open cases' deadlines failed", change.year());
            }
        });
    }

    @PreDestroy
    void stop() {
        recounts.shutdownNow();
    }

    /** Counts every open case's deadlines again; returns how many cases were recounted. */
    @ActivateRequestContext
    public int recomputeOpenCases() {
        long after = 0;
        int total = 0;
        while (true) {
            List<Long> done = recountBatchAfter(after);
            if (done.isEmpty()) {
                return total;
            }
            total += done.size();
            after = done.get(done.size() - 1);
        }
    }

    private List<Long> recountBatchAfter(long from) {
        for (int attempt = 1; ; attempt++) {
            try {
                return currentScope.asSystem(() -> QuarkusTransaction.requiringNew().call(() -> {
                    // The batch's rows first, in id order, before anything is published (ADR 0012).
                    List<CaseFile> open = CaseFile.<CaseFile>find("id > ?1 and status in ?2 order by id",
                                    from, CaseStatus.awaitingDecision())
                            .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).range(0, batch - 1).list();
                    open.forEach(c -> {
                        java.time.Instant acceptance = c.acceptanceDue;
                        java.time.Instant decision = c.decisionDue;
                        desk.recomputeDeadlines(c);
                        // The light follows a deadline that moved; a case whose deadlines stand is left as it is.
                        if (!java.util.Objects.equals(acceptance, c.acceptanceDue)
                                || !java.util.Objects.equals(decision, c.decisionDue)) {
                            supervision.update(c, "the holiday calendar changed: deadlines recounted");
                        }
                    });
                    return open.stream().map(c -> c.id).toList();
                }));
            } catch (RuntimeException e) { // a clerk changed one of the batch's cases meanwhile
                if (attempt >= BATCH_TRIES) {
                    throw e;
                }
            }
        }
    }
}
