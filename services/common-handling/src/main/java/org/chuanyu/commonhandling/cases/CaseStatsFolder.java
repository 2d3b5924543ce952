package org.chuanyu.commonhandling.cases;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Folds the statistics deltas that case changes append (migration V3.4) into the day and month roll-up, so that
 * statistics read a few rows per item and month rather than every case. Statistics are exact between folds too:
 * they read the deltas not folded yet. Every replica may run it; the database lets one fold at a time.
 */
@ApplicationScoped
public class CaseStatsFolder {

    @Inject
    EntityManager em;

    @Scheduled(identity = "case-stats-fold", every = "${common-handling.stats.fold-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        fold();
    }

    /** Roll-up rows written, or -1 when another replica was folding. */
    public long fold() {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("select case_stats_fold()").getSingleResult()).longValue());
    }
}
