package org.chuanyu.jurisdiction.approval;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.chuanyu.jurisdiction.caller.Province;
import org.chuanyu.jurisdiction.scope.CurrentScope;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@code approvals_waiting{kind, province}}: changes that wait for one province's approval, by kind
 * (docs/operations.md, "Meters"), so that each province's administrators see what waits for them. Each service
 * names its kinds by producing {@link Kind} beans, a query of {@code (province, waiting)} rows read with the system
 * scope. The counts are read again every {@code platform.metrics.approvals-refresh} on a thread of this bean's own,
 * never by the scrape, which must not wait for the database.
 */
@ApplicationScoped
public class ApprovalsWaiting {

    private static final Logger LOG = Logger.getLogger(ApprovalsWaiting.class);

    /** A kind of change both provinces approve: its tag and a query answering (province, waiting) rows. */
    public record Kind(String name, String sql) {
    }

    @Inject
    Instance<Kind> kinds;
    @Inject
    MeterRegistry registry;
    @Inject
    CurrentScope currentScope;
    @Inject
    EntityManager em;
    @ConfigProperty(name = "platform.metrics.approvals-refresh")
    Duration refresh;

    private volatile Map<String, Long> counts = Map.of();
    private ScheduledExecutorService reader;

    void start(@Observes StartupEvent event) {
        List<Kind> all = kinds.stream().toList();
        if (all.isEmpty()) {
            return;
        }
        for (Kind kind : all) {
            for (Province p : Province.values()) {
                String province = p.realm();
                String key = kind.name() + "/" + province;
                Gauge.builder("approvals.waiting", this, a -> a.counts.getOrDefault(key, 0L))
                        .description("Changes waiting for this province's approval, by kind")
                        .tag("kind", kind.name()).tag("province", province).register(registry);
            }
        }
        reader = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "approvals-waiting");
            t.setDaemon(true);
            return t;
        });
        reader.scheduleWithFixedDelay(() -> read(all), 0, refresh.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (reader != null) {
            reader.shutdownNow();
        }
    }

    /** Reads every kind now (the meters' test asks for it rather than waiting for the next round). */
    public void read() {
        read(kinds.stream().toList());
    }

    private void read(List<Kind> all) {
        try {
            Map<String, Long> fresh = new HashMap<>();
            currentScope.asSystem(() -> QuarkusTransaction.requiringNew().call(() -> {
                for (Kind kind : all) {
                    @SuppressWarnings("unchecked")
                    List<Object[]> rows = em.createNativeQuery(kind.sql()).getResultList();
                    rows.forEach(row -> fresh.put(kind.name() + "/" + row[0], ((Number) row[1]).longValue()));
                }
                return null;
            }));
            counts = fresh;
        } catch (RuntimeException e) {
            // The last counts stay; the database being away is the database alert's business, said once a round.
            LOG.warnf("approvals waiting not read: %s", e.toString());
        }
    }
}
