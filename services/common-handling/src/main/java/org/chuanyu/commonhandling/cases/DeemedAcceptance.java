package org.chuanyu.commonhandling.cases;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.chuanyu.jurisdiction.time.BusinessClock;
import org.chuanyu.jurisdiction.web.BusinessDates;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.util.List;

/**
 * Accepts, on the law's behalf, the cases an office neither refused nor asked for materials within five working days
 * of receiving them (行政许可法 art. 32; {@link IntakeRules}): as of the day the materials were received, so the
 * decision's deadline counts from that day. The platform is the actor on the timeline. Cases are taken
 * {@code FOR UPDATE SKIP LOCKED}, so a clerk acting on one at the same moment is never waited for (and wins: the
 * case is no longer submitted when the scan comes back).
 */
@ApplicationScoped
public class DeemedAcceptance {

    private static final Logger LOG = Logger.getLogger(DeemedAcceptance.class);
    /** Who the timeline names as the actor. */
    static final String JOB = "deemed-acceptance";

    @Inject
    CaseBatches batches;
    @Inject
    BusinessClock businessClock;
    @Inject
    CaseItems items;
    @Inject
    CaseClock clock;
    @Inject
    CaseTimeline timeline;
    @Inject
    CaseSupervision supervision;
    @Inject
    CaseMeters meters;
    @ConfigProperty(name = "common-handling.intake.batch")
    int batch;

    @Scheduled(identity = JOB, every = "${common-handling.intake.scan-every}",
            delayed = "${common-handling.intake.first-scan-after}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        int accepted = scan();
        if (accepted > 0) {
            LOG.infof("%d cases deemed accepted (行政许可法 art. 32)", accepted);
        }
    }

    /** One scan, batch after batch; returns how many cases it accepted. */
    public int scan() {
        return batches.each(batch, em -> em.createQuery("from CaseFile c where c.deemedAcceptedAt <= :now"
                        + " and c.status = :submitted order by c.deemedAcceptedAt", CaseFile.class)
                .setParameter("now", businessClock.now()).setParameter("submitted", CaseStatus.SUBMITTED), this::accept);
    }

    private void accept(CaseFile c) {
        LocalDate received = BusinessDates.at(c.submittedAt).toLocalDate();
        CaseItems.Terms terms = items.version(c.itemCode, c.itemVersion)
                .orElseThrow(() -> new IllegalStateException("item version of " + c.number + " vanished"));
        CaseClock.Due decision = clock.due(received, terms.decisionDays(), List.of());
        c.acceptedOn = received;
        c.decisionDue = decision.at();
        c.deadlineProvisional = c.deadlineProvisional || decision.provisional();
        c.deemedAcceptedAt = null;
        c.status = CaseStatus.ACCEPTED;
        c.nextDue = c.decisionDue;
        c.overdue = c.overdue && !c.nextDue.isAfter(businessClock.now());
        timeline.appendBySystem(c, JOB, CaseAction.ACCEPT.name(), CaseStatus.SUBMITTED, CaseStatus.ACCEPTED,
                "deemed accepted as of " + received + " (行政许可法 art. 32): not refused nor asked for materials within "
                        + "5 working days");
        supervision.update(c, "deemed accepted");
        meters.reached(c, CaseMeters.Milestone.ACCEPTED);
    }
}
