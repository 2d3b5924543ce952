package org.chuanyu.notifications.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.chuanyu.jurisdiction.relay.RelayToken;
import org.chuanyu.notifications.delivery.DeliverySignal;
import org.chuanyu.notifications.delivery.Fanout;
import org.chuanyu.notifications.events.StoredEvent;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Takes every service's events through that service's own feed, as the platform's relay (docs/notifications.md,
 * "Intake"): a page of events, their deliveries and the feed's new position are one transaction, so a kill at any
 * moment loses nothing and repeats nothing that committed (an event's id is taken in once). Order per subject is the
 * source's commit order, since a subject has one source.
 */
@ApplicationScoped
public class FeedIntake {

    private static final Logger LOG = Logger.getLogger(FeedIntake.class);

    @Inject
    IntakeConfig config;
    @Inject
    RelayToken relay;
    @Inject
    ObjectMapper json;
    @Inject
    EntityManager em;
    @Inject
    Fanout fanout;
    @Inject
    DeliverySignal signal;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final Set<String> checked = ConcurrentHashMap.newKeySet();
    private final Map<String, String> problems = new ConcurrentHashMap<>();
    private final Map<String, Instant> caughtUp = new ConcurrentHashMap<>();
    private ScheduledExecutorService timer;

    void start(@Observes StartupEvent started) {
        if (!config.intake().enabled()) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "feed-intake");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::readAll, 0, config.intake().every().toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    /** Reads every feed to its end once; answers how many events were new. */
    public synchronized int readAll() {
        int taken = 0;
        for (Map.Entry<String, IntakeConfig.Source> source : config.sources().entrySet()) {
            taken += read(source.getKey(), source.getValue().url());
        }
        return taken;
    }

    /** When each feed was last read to its end (the readiness check and docs/notifications.md's lag). */
    public Map<String, Instant> caughtUp() {
        return Map.copyOf(caughtUp);
    }

    public Map<String, String> problems() {
        return Map.copyOf(problems);
    }

    private int read(String feed, String url) {
        int taken = 0;
        try {
            if (!checked.contains(feed)) {
                checkPosition(feed, url);
                checked.add(feed);
            }
            while (true) {
                long after = position(feed);
                JsonNode page = fetch(url, after, config.intake().batch());
                JsonNode items = page.path("items");
                if (items.isEmpty()) {
                    caughtUp.put(feed, Instant.now());
                    problems.remove(feed);
                    return taken;
                }
                int made = QuarkusTransaction.requiringNew().call(() -> apply(feed, after, items));
                taken += items.size();
                if (made > 0) {
                    signal.madeDeliveries();
                }
            }
        } catch (RuntimeException e) {
            // A source, Keycloak or the database away: nothing half-applied; the next round starts from the stored
            // position. Said once per kind of trouble.
            if (!Objects.equals(problems.get(feed), e.getMessage())) {
                LOG.warnf("intake: could not read the %s feed (%s)", feed, e.getMessage());
            }
            problems.put(feed, String.valueOf(e.getMessage()));
            return taken;
        }
    }

    /** Reads the feed again from its start when the event at the stored position is not the one taken there. */
    private void checkPosition(String feed, String url) {
        Object[] stored = QuarkusTransaction.requiringNew().call(() -> stored(feed));
        long position = ((Number) stored[0]).longValue();
        if (position == 0) {
            return;
        }
        JsonNode at = fetch(url, position - 1, 1).path("items").path(0);
        if (at.path("position").asLong(-1) != position || !at.path("id").asText("").equals(stored[1])) {
            LOG.warnf("intake: the %s feed no longer holds event %s at %d; reading it again from its start", feed,
                    stored[1], position);
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "update feed_position set position = 0, event_id = null, updated_at = now() where feed = ?1")
                    .setParameter(1, feed).executeUpdate());
        }
    }

    private Object[] stored(String feed) {
        em.createNativeQuery("insert into feed_position (feed) values (?1) on conflict do nothing").setParameter(1, feed)
                .executeUpdate();
        return (Object[]) em.createNativeQuery("select position, event_id from feed_position where feed = ?1")
                .setParameter(1, feed).getSingleResult();
    }

    private long position(String feed) {
        return ((Number) QuarkusTransaction.requiringNew().call(() -> stored(feed))[0]).longValue();
    }

    private int apply(String feed, long expectedAfter, JsonNode items) {
        // The row lock makes a second instance wait, then see that the page was taken already.
        long stored = ((Number) em.createNativeQuery("select position from feed_position where feed = ?1 for update")
                .setParameter(1, feed).getSingleResult()).longValue();
        if (stored != expectedAfter) {
            return 0;
        }
        Instant now = Instant.now();
        int made = 0;
        JsonNode last = null;
        for (JsonNode e : items) {
            last = e;
            UUID id = UUID.fromString(e.path("id").asText());
            @SuppressWarnings("unchecked")
            java.util.List<Number> seq = em.createNativeQuery("insert into event (id, source, type, subject, time, data) "
                            + "values (?1, ?2, ?3, ?4, ?5, cast(?6 as jsonb)) on conflict (id) do nothing returning seq")
                    .setParameter(1, id).setParameter(2, e.path("source").asText())
                    .setParameter(3, e.path("type").asText()).setParameter(4, e.path("subject").asText())
                    .setParameter(5, OffsetDateTime.parse(e.path("time").asText()))
                    .setParameter(6, e.path("data").toString()).getResultList();
            if (seq.isEmpty()) {
                continue; // taken in before (the feed is being read again from its start)
            }
            StoredEvent event = new StoredEvent();
            event.seq = seq.get(0).longValue();
            event.id = id;
            event.type = e.path("type").asText();
            event.subject = e.path("subject").asText();
            event.data = e.path("data");
            made += fanout.deliveriesOf(event, now);
        }
        em.createNativeQuery("update feed_position set position = ?1, event_id = ?2, updated_at = now() where feed = ?3")
                .setParameter(1, last.path("position").asLong()).setParameter(2, last.path("id").asText())
                .setParameter(3, feed).executeUpdate();
        return made;
    }

    private JsonNode fetch(String url, long after, int limit) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "?after=" + after + "&limit=" + limit))
                .timeout(config.intake().timeout()).header("Authorization", relay.authorization())
                .header("Accept", "application/json").GET().build();
        try {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 401) {
                relay.forget();
            }
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("the feed answered " + answer.statusCode());
            }
            return json.readTree(answer.body());
        } catch (IOException e) {
            throw new IllegalStateException("the feed cannot be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
    }
}
