package org.chuanyu.notifications.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.chuanyu.jurisdiction.caller.CurrentCaller;
import org.chuanyu.jurisdiction.caller.JointZones;
import org.chuanyu.jurisdiction.problem.ProblemException;
import org.chuanyu.jurisdiction.time.BusinessClock;
import org.chuanyu.jurisdiction.web.BusinessDates;
import org.chuanyu.jurisdiction.web.ListQuery;
import org.chuanyu.jurisdiction.web.Page;
import org.chuanyu.jurisdiction.web.PageRequest;
import org.chuanyu.notifications.audience.EventAudience;
import org.chuanyu.jurisdiction.directory.AccountDirectory;
import org.chuanyu.notifications.events.StoredEvent;
import org.chuanyu.notifications.subscriptions.Subscription;
import org.chuanyu.notifications.subscriptions.SubscriptionDesk;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A subscription's deliveries for its owner: the record, a redelivery, a replay (docs/notifications.md). */
@ApplicationScoped
@Transactional
public class DeliveryDesk {

    /** One replay sends at most this many events; a receiver that lost more asks again from the last one's time. */
    static final int MOST_REPLAYED = 10_000;

    @Inject
    SubscriptionDesk subscriptions;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    EntityManager em;
    @Inject
    BusinessClock clock;
    @Inject
    AccountDirectory directory;
    @Inject
    JointZones zones;
    @Inject
    DeliverySignal signal;

    /** Newest first. */
    public Page<DeliveryView> list(String subscriptionId, DeliveryView.State state, PageRequest request) {
        Subscription s = subscriptions.requireOwn(subscriptionId, LockModeType.NONE);
        List<Delivery.Status> statuses = state == null ? null : switch (state) {
            case PENDING -> List.of(Delivery.Status.PENDING, Delivery.Status.SENDING);
            case FAILED -> List.of(Delivery.Status.FAILED);
            case DELIVERED -> List.of(Delivery.Status.DELIVERED);
            case DEAD -> List.of(Delivery.Status.DEAD);
        };
        Page<Delivery> page = ListQuery.of(Delivery.class, "d")
                .and("d.subscriptionId = :subscription", "subscription", s.id)
                .and("d.status in :statuses", "statuses", statuses)
                .descending(em, request, ListQuery.Key.number("d.eventSeq", d -> d.eventSeq));
        return page.withItems(views(page.items()));
    }

    /** Sends a delivery again soon, whatever became of it; the receiver sees the same webhook-id. */
    public DeliveryView redeliver(String id) {
        Delivery d = findOwn(id);
        d.status = Delivery.Status.PENDING;
        d.nextAttemptAt = clock.now();
        d.firstAttemptAt = null;
        d.claimedUntil = null;
        d.deliveredAt = null;
        signal.madeDeliveries();
        return views(List.of(d)).get(0);
    }

    /**
     * Sends again every event since {@code since} that the subscription asks for and its owner may read now, in order;
     * answers how many.
     */
    public int replay(String subscriptionId, Instant since) {
        Subscription s = subscriptions.requireOwn(subscriptionId, LockModeType.PESSIMISTIC_WRITE);
        List<StoredEvent> events = StoredEvent.<StoredEvent>find("time >= ?1 order by seq", since).page(0, MOST_REPLAYED + 1)
                .list();
        if (events.size() > MOST_REPLAYED) {
            throw ProblemException.invalid("since", "reaches back over more than " + MOST_REPLAYED
                    + " events; replay from a later time, then on from the last one received");
        }
        var owner = directory.lookUp(s.owner());
        Instant now = clock.now();
        int replayed = 0;
        for (StoredEvent e : events) {
            if (!s.filter().matches(e.type, e.data) || owner.map(c -> !EventAudience.mayRead(c, zones, e.data)).orElse(true)) {
                continue;
            }
            em.createNativeQuery("insert into delivery (id, subscription_id, event_seq, subject, status, next_attempt_at, "
                            + "created_at) values (?1, ?2, ?3, ?4, 'PENDING', ?5, ?5) on conflict (subscription_id, event_seq) "
                            + "do update set status = 'PENDING', next_attempt_at = ?5, first_attempt_at = null, "
                            + "claimed_until = null, delivered_at = null")
                    .setParameter(1, UUID.randomUUID()).setParameter(2, s.id).setParameter(3, e.seq)
                    .setParameter(4, e.subject).setParameter(5, now).executeUpdate();
            replayed++;
        }
        if (replayed > 0) {
            signal.madeDeliveries();
        }
        return replayed;
    }

    private Delivery findOwn(String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("Delivery");
        }
        Delivery d = Delivery.findById(uuid, LockModeType.PESSIMISTIC_WRITE);
        if (d == null) {
            throw ProblemException.notFound("Delivery");
        }
        Subscription s = Subscription.findById(d.subscriptionId);
        if (s == null || !s.owner().is(currentCaller.require())) {
            throw ProblemException.notFound("Delivery");
        }
        return d;
    }

    private List<DeliveryView> views(List<Delivery> deliveries) {
        if (deliveries.isEmpty()) {
            return List.of();
        }
        Map<Long, StoredEvent> events = StoredEvent.<StoredEvent>list("seq in ?1",
                        deliveries.stream().map(d -> d.eventSeq).toList()).stream()
                .collect(Collectors.toMap(e -> e.seq, Function.identity()));
        return deliveries.stream().map(d -> {
            StoredEvent e = events.get(d.eventSeq);
            boolean open = d.status != Delivery.Status.DELIVERED && d.status != Delivery.Status.DEAD;
            return new DeliveryView(d.id, d.subscriptionId, e.id, e.type, e.subject, DeliveryView.State.of(d.status),
                    d.attempts, d.lastStatus, d.lastError, at(d.lastAttemptAt), open ? at(d.nextAttemptAt) : null,
                    at(d.deliveredAt), at(d.createdAt));
        }).toList();
    }

    private static java.time.OffsetDateTime at(Instant instant) {
        return instant == null ? null : BusinessDates.at(instant);
    }
}
