package org.chuanyu.jurisdiction.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.AfterCompletionCallback;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.BeforeCompletionCallback;
import jakarta.ws.rs.core.MediaType;
import org.chuanyu.jurisdiction.caller.CurrentCaller;
import org.chuanyu.jurisdiction.problem.ProblemException;
import org.chuanyu.jurisdiction.scope.RecordScope;
import org.chuanyu.jurisdiction.time.BusinessClock;
import org.chuanyu.jurisdiction.web.BusinessDates;
import org.chuanyu.jurisdiction.web.Page;
import org.chuanyu.jurisdiction.web.PageLimits;
import org.chuanyu.jurisdiction.web.QueryParameters;

import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A service's outbox (docs/notifications.md): events are written in the transaction that makes the change, so an
 * event exists exactly when its change committed, and read as a feed by the platform's relay only.
 */
@ApplicationScoped
public class Outbox {

    /**
     * Writers take this transaction-level advisory lock before they insert, so positions are handed out in commit
     * order: a reader that has seen position n never misses a smaller one committed later. Advisory locks are per
     * database, and every service has its own, so one constant serves all. It is taken as the transaction commits,
     * after the persistence context has written every other change (ADR 0013), so a writer holds it for its events'
     * insert and its commit only, not for the rest of its work: a submission does not wait for another's supervision,
     * nor for a job's batch of five hundred cases.
     */
    static final long WRITERS_LOCK = 0x6f75_7462_6f78L;

    @Inject
    EntityManager em;
    @Inject
    BusinessClock clock;
    @Inject
    ObjectMapper json;
    @Inject
    EventsConfig config;
    @Inject
    CurrentCaller caller;
    @Inject
    PageLimits limits;
    /** Each persistence context's events still to write (written, or forgotten on rollback, as it completes). */
    private final Map<SessionImplementor, List<OutboxEvent>> pending = new IdentityHashMap<>();

    /** What every service's feed operation says of itself, after its own first sentence. */
    public static final String FEED_DESCRIPTION = "Events after a position, oldest first (the catalogue of types: "
            + "GET /api/notifications/event-types). Positions are in commit order, so a reader that remembers the last "
            + "one it applied misses nothing. Only the platform-relay account may read it; people and external systems "
            + "are told through the notifications service, filtered by what each may read.";
    public static final String AFTER = "Position of the last event already read (0 for the start)";
    public static final String LIMIT = "At most this many events, 1–500 (default 50)";

    /** An empty {@code data} object to fill. */
    public ObjectNode data() {
        return json.createObjectNode();
    }

    /**
     * Records an event about {@code subject}; {@code data} must hold no personal data. Mandatory transaction: the
     * event commits with the change or not at all.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(String type, String subject, ObjectNode data) {
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.type = type;
        event.subject = subject;
        event.occurredAt = clock.now();
        event.data = data;
        pending(em.unwrap(SessionImplementor.class)).add(event);
    }

    private List<OutboxEvent> pending(SessionImplementor session) {
        synchronized (pending) {
            List<OutboxEvent> events = pending.get(session);
            if (events != null) {
                return events;
            }
            List<OutboxEvent> created = new ArrayList<>();
            pending.put(session, created);
            // Hibernate runs this in its own before-completion, after it has flushed every other change of the
            // transaction; after completion the list is forgotten, written or rolled back.
            session.getActionQueue().registerCallback(
                    (BeforeCompletionCallback) s -> write(s, created));
            session.getActionQueue().registerCallback(
                    (AfterCompletionCallback) (ok, s) -> forget(s));
            return created;
        }
    }

    private void forget(SharedSessionContractImplementor session) {
        synchronized (pending) {
            pending.remove((SessionImplementor) session);
        }
    }

    /** The events in one batch of inserts (one round trip however many), in the order they were published. */
    private void write(SharedSessionContractImplementor session, List<OutboxEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        SessionImplementor s = (SessionImplementor) session;
        s.createNativeQuery("select pg_advisory_xact_lock(" + WRITERS_LOCK + ")").getSingleResult();
        s.doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into outbox_event "
                    + "(id, type, subject, occurred_at, data) values (?, ?, ?, ?, cast(? as jsonb))")) {
                for (OutboxEvent e : events) {
                    insert.setObject(1, e.id);
                    insert.setString(2, e.type);
                    insert.setString(3, e.subject);
                    insert.setObject(4, OffsetDateTime.ofInstant(e.occurredAt, ZoneOffset.UTC));
                    insert.setString(5, e.data.toString());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /**
     * The record's scopes as {@code data.scopes}: the notifications service delivers an event only to subscribers
     * who may read one of them (a shared case has two).
     */
    public ObjectNode withScopes(ObjectNode data, RecordScope... scopes) {
        ArrayNode list = data.putArray("scopes");
        for (RecordScope scope : scopes) {
            list.add(scope(scope));
        }
        return data;
    }

    /** One scope as {@code {province, district, zone}} ({@code zone} null outside joint zones). */
    public ObjectNode scope(RecordScope scope) {
        ObjectNode node = json.createObjectNode().put("province", scope.province().realm()).put("district", scope.district());
        if (scope.zone() != null) {
            node.put("zone", scope.zone());
        } else {
            node.putNull("zone");
        }
        return node;
    }

    /**
     * The feed: events after {@code after}, oldest first, at most {@code size}; only the platform's relay may read
     * it (people and external systems are told through the notifications service, filtered by what each may read).
     */
    @Transactional
    public Page<CloudEvent> after(String afterParameter, String limitParameter) {
        if (!caller.require().isRelay()) {
            throw ProblemException.forbidden("The event feed is read by the platform's relay only");
        }
        Integer after = QueryParameters.wholeNumber("after", afterParameter);
        int size = limits.resolve(QueryParameters.wholeNumber("limit", limitParameter));
        if (after != null && after < 0) {
            throw ProblemException.invalid("after", "must be 0 or a position the feed answered");
        }
        List<OutboxEvent> events = em.createQuery("from OutboxEvent where position > ?1 order by position", OutboxEvent.class)
                .setParameter(1, after == null ? 0L : (long) after).setMaxResults(size + 1).getResultList();
        List<CloudEvent> items = events.stream().limit(size).map(this::view).toList();
        String next = events.size() > size ? Long.toString(events.get(size - 1).position) : null;
        return new Page<>(items, next);
    }

    private CloudEvent view(OutboxEvent e) {
        return new CloudEvent(e.position, "1.0", e.id.toString(), config.source(), e.type, e.subject,
                BusinessDates.at(e.occurredAt), MediaType.APPLICATION_JSON, e.data);
    }
}
