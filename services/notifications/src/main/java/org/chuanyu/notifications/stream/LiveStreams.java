package org.chuanyu.notifications.stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.chuanyu.jurisdiction.caller.Caller;
import org.chuanyu.jurisdiction.caller.JointZones;
import org.chuanyu.jurisdiction.web.BusinessDates;
import org.chuanyu.notifications.audience.EventAudience;
import org.chuanyu.notifications.events.StoredEvent;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The open live streams of this instance, fed from the events taken in (the {@code event} table, so every instance
 * sees every event whichever took it in). One thread looks for new events while anyone listens and sends each to
 * the streams whose caller may read its record; a stream ends when its token expires, so a withdrawn right lasts no
 * longer than the token that carried it.
 */
@ApplicationScoped
public class LiveStreams {

    private static final Logger LOG = Logger.getLogger(LiveStreams.class);

    /** One listener: who, what it asked for, where to send, until when. */
    record Listener(Caller caller, Set<String> types, SseEventSink sink, Sse sse, Instant until, AtomicLong after) {
    }

    @Inject
    StreamConfig config;
    @Inject
    JointZones zones;
    @Inject
    ObjectMapper json;

    private final Set<Listener> listeners = ConcurrentHashMap.newKeySet();
    private final AtomicLong latest = new AtomicLong(-1);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "live-streams");
        t.setDaemon(true);
        return t;
    });
    private ScheduledFuture<?> polling;
    private ScheduledFuture<?> beating;

    void stop(@Observes ShutdownEvent stopping) {
        timer.shutdownNow();
        listeners.forEach(l -> l.sink().close());
    }

    /** Opens a stream from {@code lastEventId} (a reconnect) or from now. False when the instance has no room. */
    synchronized boolean open(Caller caller, Set<String> types, SseEventSink sink, Sse sse, Instant until,
                              Long lastEventId) {
        if (listeners.size() >= config.most()) {
            return false;
        }
        long now = newest();
        long from = lastEventId == null ? now : Math.max(lastEventId, now - config.replay());
        Listener listener = new Listener(caller, types, sink, sse, until, new AtomicLong(from));
        listeners.add(listener);
        sink.send(sse.newEventBuilder().comment("stream open").build());
        if (polling == null) {
            polling = timer.scheduleWithFixedDelay(this::poll, config.every().toMillis(), config.every().toMillis(),
                    TimeUnit.MILLISECONDS);
            beating = timer.scheduleWithFixedDelay(this::heartbeat, config.heartbeat().toMillis(),
                    config.heartbeat().toMillis(), TimeUnit.MILLISECONDS);
        }
        return true;
    }

    int open() {
        return listeners.size();
    }

    private long newest() {
        long known = latest.get();
        if (known >= 0) {
            return known;
        }
        Number max = QuarkusTransaction.requiringNew().call(() -> (Number) StoredEvent.getEntityManager()
                .createNativeQuery("select coalesce(max(seq), 0) from event").getSingleResult());
        return max.longValue();
    }

    private void poll() {
        try {
            dropClosedAndExpired();
            if (listeners.isEmpty()) {
                synchronized (this) {
                    if (listeners.isEmpty() && polling != null) {
                        polling.cancel(false);
                        beating.cancel(false);
                        polling = null;
                        latest.set(-1);
                    }
                }
                return;
            }
            long from = listeners.stream().mapToLong(l -> l.after().get()).min().orElse(0);
            List<StoredEvent> events = QuarkusTransaction.requiringNew().call(() -> StoredEvent.<StoredEvent>find(
                    "seq > ?1 order by seq", from).page(0, config.replay()).list());
            for (StoredEvent e : events) {
                for (Listener l : listeners) {
                    if (e.seq > l.after().get()) {
                        deliver(l, e);
                        l.after().set(e.seq);
                    }
                }
                latest.set(e.seq);
            }
        } catch (RuntimeException e) {
            LOG.debugf("live streams: %s", e.getMessage()); // the database away: the next round tries again
        }
    }

    private void deliver(Listener l, StoredEvent e) {
        if (!l.types().isEmpty() && !l.types().contains(e.type)) {
            return;
        }
        if (!EventAudience.mayRead(l.caller(), zones, e.data)) {
            return;
        }
        ObjectNode event = json.createObjectNode().put("specversion", "1.0").put("id", e.id.toString())
                .put("source", e.source).put("type", e.type).put("subject", e.subject)
                .put("time", BusinessDates.at(e.time).toString()).put("datacontenttype", "application/json");
        event.set("data", e.data);
        l.sink().send(l.sse().newEventBuilder().id(Long.toString(e.seq)).name(e.type).data(event.toString()).build());
    }

    private void heartbeat() {
        dropClosedAndExpired();
        listeners.forEach(l -> l.sink().send(l.sse().newEventBuilder().comment("heartbeat").build()));
    }

    private void dropClosedAndExpired() {
        Instant now = Instant.now();
        listeners.removeIf(l -> {
            if (l.sink().isClosed()) {
                return true;
            }
            if (!now.isBefore(l.until())) {
                l.sink().send(l.sse().newEventBuilder().name("token-expired").data("{\"reason\":\"the token expired; "
                        + "sign in again and reconnect with Last-Event-ID\"}").build());
                l.sink().close();
                return true;
            }
            return false;
        });
    }
}
