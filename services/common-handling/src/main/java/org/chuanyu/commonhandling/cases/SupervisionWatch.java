package org.chuanyu.commonhandling.cases;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.chuanyu.jurisdiction.time.BusinessClock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Turns the lights when time passes a limit. Each case stores the instant its light next changes
 * ({@code supervision_next_at}, indexed), so a scan reads only the cases whose light changes now, never the million
 * that are as they were. Rows are taken {@code FOR UPDATE SKIP LOCKED}: a case a clerk is changing is left for the next
 * scan rather than waited for, and replicas scanning at once never take the same case twice. Submissions insert rows
 * no scan holds, so they never wait on one.
 */
@ApplicationScoped
public class SupervisionWatch {

    private static final Logger LOG = Logger.getLogger(SupervisionWatch.class);

    @Inject
    CaseBatches batches;
    @Inject
    BusinessClock businessClock;
    @Inject
    CaseSupervision supervision;
    @ConfigProperty(name = "common-handling.supervision.batch")
    int batch;

    @Scheduled(identity = CaseSupervision.JOB, every = "${common-handling.supervision.scan-every}",
            delayed = "${common-handling.supervision.first-scan-after}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        long started = System.nanoTime();
        int turned = scan();
        if (turned > 0) {
            LOG.infof("the lights of %d cases were looked at again in %d ms", turned,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        }
    }

    /** One scan, batch after batch; returns how many cases it looked at. */
    public int scan() {
        return batches.batches(batch, em -> em.createQuery("from CaseFile c where c.supervisionNextAt <= :now"
                        + " order by c.supervisionNextAt", CaseFile.class).setParameter("now", businessClock.now()),
                cases -> {
                    // Nothing else in the batch's transaction stops a clock: the batch's stops read at once are exact.
                    CaseStops stops = CaseStops.of(cases.stream().map(c -> c.id).toList());
                    List<CaseSupervision.Change> changes = new ArrayList<>();
                    cases.forEach(c -> supervision.update(c, "time passed a limit", stops).ifPresent(changes::add));
                    // The cases and their timelines written first; the outbox's writers' lock, which every submission
                    // takes too, then held only for the events' insert and the commit.
                    CaseFile.getEntityManager().flush();
                    changes.forEach(supervision::announce);
                });
    }
}
