package org.chuanyu.commonhandling.cases;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.chuanyu.jurisdiction.time.BusinessClock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;


/**
 * Marks cases whose running deadline has passed, and decided ones not delivered in time, and records it on their
 * timelines, exactly once however many replicas run: a scan takes its cases FOR UPDATE SKIP LOCKED ({@link CaseBatches}),
 * so a case another replica is marking is skipped, and once marked it no longer matches. Cases waiting for a supplement
 * are not watched: their clock stands still.
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
    CaseBatches batches;
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

    /** One scan, batch after batch; returns how many cases this scan marked. */
    public int scan() {
        // A running clock past its deadline, or a decision not delivered in time (art. 44).
        return batches.each(batch, em -> em.createQuery("from CaseFile c where c.overdue = false and ((c.status in :running"
                        + " and c.nextDue <= :now) or (c.status in :decided and c.deliveryDue <= :now)) order by c.id",
                        CaseFile.class)
                .setParameter("running", CaseStatus.CLOCK_RUNNING).setParameter("now", businessClock.now())
                .setParameter("decided", java.util.EnumSet.of(CaseStatus.APPROVED, CaseStatus.DENIED)), c -> {
                    c.overdue = true;
                    timeline.appendBySystem(c, JOB, EVENT, c.nextDue != null ? "deadline " + c.nextDue + " passed"
                            : "delivery deadline " + c.deliveryDue + " passed");
                });
    }
}
