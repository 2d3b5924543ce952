package org.chuanyu.commonhandling.cases;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;

/**
 * Idempotency-Keys protect retries, which come within minutes; kept for ever they would only grow.
 * Keys older than the retention are forgotten (a retry after that files a new case). Every replica
 * may sweep: deleting what is already deleted is harmless.
 */
@ApplicationScoped
public class SubmissionKeyRetention {

    @Inject
    EntityManager em;
    @ConfigProperty(name = "common-handling.idempotency.retention")
    Duration retention;

    @Scheduled(identity = "submission-key-retention", every = "${common-handling.idempotency.sweep-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        sweep();
    }

    /** Forgets keys older than the retention; returns how many. */
    public int sweep() {
        Instant cutoff = Instant.now().minus(retention);
        return QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery("delete from case_submission_key where created_at < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate());
    }
}
