package org.chuanyu.notifications.delivery;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Counts dead deliveries and the age of the oldest open one every few seconds, for the meters and their alerts. */
@ApplicationScoped
public class DeliveryBacklog {

    private static final long EVERY_SECONDS = 15;

    @Inject
    EntityManager em;
    @Inject
    DeliveryMeters meters;

    private ScheduledExecutorService timer;

    void start(@Observes StartupEvent started) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "delivery-backlog");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::count, EVERY_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    void count() {
        try {
            Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                    "select (select count(*) from delivery where status = 'DEAD'), coalesce((select extract(epoch from "
                            + "now() - min(created_at)) from delivery where status in ('PENDING', 'SENDING', 'FAILED')), 0)")
                    .getSingleResult());
            meters.backlog(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        } catch (RuntimeException e) {
            // The database away: the meters keep their last values until it is back.
        }
    }
}
