package org.chuanyu.notifications.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.chuanyu.jurisdiction.caller.JointZones;
import org.chuanyu.jurisdiction.web.BusinessDates;
import org.chuanyu.notifications.audience.EventAudience;
import org.chuanyu.jurisdiction.directory.AccountDirectory;
import org.chuanyu.notifications.events.StoredEvent;
import org.chuanyu.notifications.subscriptions.CallbackAddresses;
import org.chuanyu.notifications.subscriptions.SigningSecrets;
import org.chuanyu.notifications.subscriptions.Subscription;
import org.chuanyu.notifications.subscriptions.SubscriptionSecret;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Sends deliveries (docs/notifications.md, "Delivery"): claims what is due, at most one open delivery per subscription
 * and subject at a time so that a subject's events arrive in order, checks again that the owner may read the record,
 * POSTs the CloudEvent signed by Standard Webhooks, and records the outcome; failures are retried with backoff and
 * jitter until {@code give-up-after}, then the delivery is dead. A claim outlives a killed worker by
 * {@code claim-for} at most: at-least-once.
 */
@ApplicationScoped
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);
    private static final int ERROR_LENGTH = 500;
    static final String GONE = "the callback answered 410 Gone";

    @Inject
    DeliveryConfig config;
    @Inject
    EntityManager em;
    @Inject
    AccountDirectory directory;
    @Inject
    JointZones zones;
    @Inject
    CallbackAddresses callbacks;
    @Inject
    SigningSecrets secrets;
    @Inject
    ObjectMapper json;
    @Inject
    DeliverySignal signal;
    @Inject
    DeliveryMeters meters;

    private HttpClient http;
    private ExecutorService senders;
    private Thread loop;
    private volatile boolean running;

    void start(@Observes StartupEvent started) {
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(config.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        if (config.workers() <= 0) {
            return;
        }
        senders = Executors.newFixedThreadPool(config.workers(), r -> {
            Thread t = new Thread(r, "webhook-sender");
            t.setDaemon(true);
            return t;
        });
        running = true;
        loop = new Thread(this::run, "webhook-deliveries");
        loop.setDaemon(true);
        loop.start();
    }

    void stop(@Observes ShutdownEvent stopping) {
        running = false;
        if (loop != null) {
            loop.interrupt();
        }
        if (senders != null) {
            senders.shutdownNow();
        }
    }

    private void run() {
        while (running) {
            try {
                if (sendDue() < config.batch()) {
                    signal.await(config.pollEvery().toMillis());
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.warnf("deliveries: %s", e.getMessage());
                try {
                    Thread.sleep(config.pollEvery().toMillis());
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }

    /** Claims what is due and sends it, waiting for the answers; how many were claimed. */
    public int sendDue() {
        List<UUID> claimed = QuarkusTransaction.requiringNew().call(this::claim);
        if (senders == null) {
            claimed.forEach(this::attempt);
            return claimed.size();
        }
        List<Future<?>> sending = claimed.stream().<Future<?>>map(id -> senders.submit(() -> attempt(id))).toList();
        for (Future<?> f : sending) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return claimed.size();
            } catch (java.util.concurrent.ExecutionException e) {
                LOG.warnf("deliveries: a send failed unexpectedly (%s)", e.getCause().getMessage());
            }
        }
        return claimed.size();
    }

    /**
     * What is due, first attempts before retries: a receiver that is down (or a callback that never answers) must not
     * hold back the receivers that are up.
     */
    @SuppressWarnings("unchecked")
    private List<UUID> claim() {
        Instant now = Instant.now();
        List<UUID> ids = em.createNativeQuery("select d.id from delivery d join subscription s on s.id = d.subscription_id "
                        + "where s.status = 'ACTIVE' and d.next_attempt_at <= ?1 and (d.status in ('PENDING', 'FAILED') "
                        + "or (d.status = 'SENDING' and d.claimed_until < ?1)) and not exists (select 1 from delivery e "
                        + "where e.subscription_id = d.subscription_id and e.subject = d.subject and e.event_seq < d.event_seq "
                        + "and e.status in ('PENDING', 'SENDING', 'FAILED')) "
                        + "order by d.attempts > 0, d.next_attempt_at limit ?2 "
                        + "for update of d skip locked")
                .setParameter(1, now).setParameter(2, config.batch()).getResultList();
        if (!ids.isEmpty()) {
            em.createNativeQuery("update delivery set status = 'SENDING', claimed_until = ?1 where id = any(?2)")
                    .setParameter(1, now.plus(config.claimFor())).setParameter(2, ids.toArray(UUID[]::new))
                    .executeUpdate();
        }
        return ids;
    }

    private record Attempt(Delivery delivery, Subscription subscription, StoredEvent event, List<String> secrets) {
    }

    private void attempt(UUID id) {
        Attempt a = QuarkusTransaction.requiringNew().call(() -> load(id));
        if (a == null) {
            return;
        }
        boolean readable;
        try {
            readable = directory.lookUp(a.subscription().owner())
                    .map(c -> EventAudience.mayRead(c, zones, a.event().data)).orElse(false);
        } catch (AccountDirectory.DirectoryUnavailable e) {
            QuarkusTransaction.requiringNew().run(() -> release(id, e.getMessage()));
            return;
        }
        if (!readable) {
            // The owner's rights no longer cover the record: it is not told, and its list does not show it.
            QuarkusTransaction.requiringNew().run(() -> Delivery.deleteById(id));
            meters.withheld();
            return;
        }
        URI callback = URI.create(a.subscription().callbackUrl);
        Optional<String> refused = callbacks.refusalNow(callback);
        if (refused.isPresent()) {
            QuarkusTransaction.requiringNew().run(() -> failed(id, null, refused.get()));
            return;
        }
        String body = body(a.event());
        long timestamp = Instant.now().getEpochSecond();
        String webhookId = a.event().id.toString();
        HttpRequest request = HttpRequest.newBuilder(callback).timeout(config.timeout())
                .header("Content-Type", "application/cloudevents+json")
                .header("webhook-id", webhookId)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.header(a.secrets(), webhookId, timestamp, body))
                .header("User-Agent", "chuanyu-notifications/1")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long started = System.nanoTime();
        try {
            HttpResponse<Void> answer = http.send(request, HttpResponse.BodyHandlers.discarding());
            int status = answer.statusCode();
            meters.attempted(status, System.nanoTime() - started, a.event().time);
            if (status >= 200 && status < 300) {
                QuarkusTransaction.requiringNew().run(() -> delivered(id, status));
            } else if (status == 410) {
                QuarkusTransaction.requiringNew().run(() -> gone(id));
            } else {
                QuarkusTransaction.requiringNew().run(() -> failed(id, status, "the callback answered " + status));
            }
        } catch (IOException e) {
            meters.attempted(0, System.nanoTime() - started, a.event().time);
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            QuarkusTransaction.requiringNew().run(() -> failed(id, null, why));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Attempt load(UUID id) {
        Delivery d = Delivery.findById(id);
        if (d == null || d.status != Delivery.Status.SENDING) {
            return null;
        }
        Subscription s = Subscription.findById(d.subscriptionId);
        StoredEvent e = StoredEvent.findById(d.eventSeq);
        List<String> signing = SubscriptionSecret.signing(s.id, Instant.now()).stream()
                .map(row -> secrets.open(row.secret)).toList();
        return new Attempt(d, s, e, signing);
    }

    /** The CloudEvent in structured JSON mode, as the source wrote it (without its feed position). */
    String body(StoredEvent e) {
        ObjectNode event = json.createObjectNode().put("specversion", "1.0").put("id", e.id.toString())
                .put("source", e.source).put("type", e.type).put("subject", e.subject)
                .put("time", BusinessDates.at(e.time).toString()).put("datacontenttype", "application/json");
        event.set("data", e.data);
        return event.toString();
    }

    private void delivered(UUID id, int status) {
        Instant now = Instant.now();
        Delivery d = Delivery.findById(id);
        if (d == null) {
            return;
        }
        d.status = Delivery.Status.DELIVERED;
        d.attempts++;
        d.firstAttemptAt = d.firstAttemptAt == null ? now : d.firstAttemptAt;
        d.lastAttemptAt = now;
        d.lastStatus = status;
        d.lastError = null;
        d.deliveredAt = now;
        d.claimedUntil = null;
        Subscription.update("failingSince = null where id = ?1 and failingSince is not null", d.subscriptionId);
    }

    private void failed(UUID id, Integer status, String why) {
        Instant now = Instant.now();
        Delivery d = Delivery.findById(id);
        if (d == null) {
            return;
        }
        d.attempts++;
        d.firstAttemptAt = d.firstAttemptAt == null ? now : d.firstAttemptAt;
        d.lastAttemptAt = now;
        d.lastStatus = status;
        d.lastError = why.length() > ERROR_LENGTH ? why.substring(0, ERROR_LENGTH) : why;
        d.claimedUntil = null;
        if (!now.isBefore(d.firstAttemptAt.plus(config.giveUpAfter()))) {
            d.status = Delivery.Status.DEAD;
            meters.dead();
        } else {
            d.status = Delivery.Status.FAILED;
            d.nextAttemptAt = now.plus(new Backoff(config.firstRetry(), config.longestWait())
                    .after(d.attempts, ThreadLocalRandom.current().nextDouble()));
        }
        Subscription s = Subscription.findById(d.subscriptionId);
        if (s.failingSince == null) {
            s.failingSince = now;
        } else if (!now.isBefore(s.failingSince.plus(config.suspendAfter()))) {
            suspend(s, "no delivery succeeded for " + config.suspendAfter().toDays() + " days", now);
        }
    }

    private void gone(UUID id) {
        failed(id, 410, GONE);
        Delivery d = Delivery.findById(id);
        suspend(Subscription.findById(d.subscriptionId), GONE, Instant.now());
    }

    private static void suspend(Subscription s, String why, Instant now) {
        if (s.status == Subscription.Status.SUSPENDED) {
            return;
        }
        s.status = Subscription.Status.SUSPENDED;
        s.suspendedAt = now;
        s.suspendedReason = why;
        LOG.infof("subscription %s suspended: %s", s.id, why);
    }

    /** Keycloak could not say who may read: tried again shortly, not counted as an attempt. */
    private void release(UUID id, String why) {
        Delivery d = Delivery.findById(id);
        if (d == null) {
            return;
        }
        d.status = d.attempts == 0 ? Delivery.Status.PENDING : Delivery.Status.FAILED;
        d.claimedUntil = null;
        d.nextAttemptAt = Instant.now().plus(config.firstRetry());
        LOG.debugf("delivery %s postponed: %s", id, why);
    }
}
