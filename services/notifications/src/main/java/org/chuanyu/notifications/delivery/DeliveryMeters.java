package org.chuanyu.notifications.delivery;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The delivery meters the alerts read (k8s/base/alerts): attempts by outcome, how long from the source's commit to
 * the receiver's 2xx, and the dead deliveries and oldest open one, refreshed by {@link DeliveryBacklog}.
 */
@ApplicationScoped
public class DeliveryMeters {

    private final MeterRegistry registry;
    private final Counter dead;
    private final Counter withheld;
    private final Timer lag;
    private final AtomicLong deadNow = new AtomicLong();
    private final AtomicLong oldestOpenSeconds = new AtomicLong();

    public DeliveryMeters(MeterRegistry registry) {
        this.registry = registry;
        this.dead = Counter.builder("notifications_deliveries_dead").description("Deliveries given up").register(registry);
        this.withheld = Counter.builder("notifications_deliveries_withheld")
                .description("Deliveries dropped because the owner could no longer read the record").register(registry);
        this.lag = Timer.builder("notifications_delivery_lag").description("From the source's commit to the receiver's 2xx")
                .publishPercentileHistogram().register(registry);
        registry.gauge("notifications_dead_deliveries", deadNow);
        registry.gauge("notifications_oldest_open_delivery_seconds", oldestOpenSeconds);
    }

    void attempted(int status, long nanos, Instant committed) {
        String outcome = status >= 200 && status < 300 ? "delivered" : status == 0 ? "unreachable" : "refused";
        Counter.builder("notifications_delivery_attempts").description("Webhook attempts by outcome")
                .tag("outcome", outcome).register(registry).increment();
        if ("delivered".equals(outcome) && committed != null) {
            lag.record(Duration.between(committed, Instant.now()));
        }
    }

    void dead() {
        dead.increment();
    }

    void withheld() {
        withheld.increment();
    }

    void backlog(long deadCount, long oldestOpen) {
        deadNow.set(deadCount);
        oldestOpenSeconds.set(oldestOpen);
    }
}
