package org.chuanyu.commonhandling.cases;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.chuanyu.jurisdiction.scope.CurrentScope;
import org.chuanyu.jurisdiction.time.BusinessClock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;

/**
 * Marks cases whose running deadline has passed and records it on their timelines, exactly once
 * however many replicas run: each scan takes a transaction-scoped PostgreSQL advisory lock, so
 * one replica scans at a time and the next sees the flags the previous one committed. Cases
 * waiting for a supplement are not watched: their clock stands still.
 */
@ApplicationScoped
public class OverdueWatch {

    @Inject
    BusinessClock businessClock;
    @Inject
    CaseMeters meters;

    private static final Logger LOG = Logger.getLogger(OverdueWatch.class);
    /** Who the timeline names as the actor. */
    static final String JOB = "overdue-watch";
    static final String EVENT = "OVERDUE";

    @Inject
    CurrentScope currentScope;
    @Inject
    EntityManager em;
    @Inject
    CaseTimeline timeline;
    @ConfigProperty(name = "common-handling.overdue.batch")
    int batch;

    @Scheduled(identity = JOB, every = "${common-handling.overdue.scan-every}",
            delayed = "${common-handling.overdue.first-scan-after}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        int marked = scan();
        if (marked > 0) {
            LOG.infof("%d cases became overdue", marked);
        }
        meters.refreshOverdue();
    }

    /** One scan, batch after batch; returns how many cases this scan marked (0 when another replica holds the lock). */
    public int scan() {
        int total = 0;
        int marked;
        do {
            marked = currentScope.asSystem(() -> QuarkusTransaction.requiringNew().call(this::markOneBatch));
            total += marked;
        } while (marked == batch);
        return total;
    }

    private int markOneBatch() {
        Boolean mine = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(hashtext(:name))")
                .setParameter("name", "common-handling/" + JOB).getSingleResult();
        if (!Boolean.TRUE.equals(mine)) {
            return 0;
        }
        Instant now = businessClock.now();
        // FOR UPDATE SKIP LOCKED: a case a clerk is changing waits for the next scan; the scan never waits for a row.
        // A running clock past its deadline, or a decision not delivered in time (art. 44).
        List<CaseFile> late = em.createQuery("from CaseFile c where c.overdue = false and ((c.status in :running"
                        + " and c.nextDue <= :now) or (c.status in :decided and c.deliveryDue <= :now)) order by c.id",
                        CaseFile.class)
                .setParameter("running", CaseStatus.CLOCK_RUNNING).setParameter("now", now)
                .setParameter("decided", java.util.EnumSet.of(CaseStatus.APPROVED, CaseStatus.DENIED))
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", org.hibernate.LockOptions.SKIP_LOCKED)
                .setMaxResults(batch).getResultList();
        for (CaseFile c : late) {
            c.overdue = true;
            timeline.appendBySystem(c, JOB, EVENT, c.nextDue != null ? "deadline " + c.nextDue + " passed"
                    : "delivery deadline " + c.deliveryDue + " passed");
        }
        return late.size();
    }
}
