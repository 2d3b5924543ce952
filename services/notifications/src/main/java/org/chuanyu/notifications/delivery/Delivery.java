package org.chuanyu.notifications.delivery;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One event to one subscription, and how its attempts went (V1 {@code delivery}). */
@Entity
@Table(name = "delivery")
public class Delivery extends PanacheEntityBase {

    /** SENDING is a worker's claim (until {@link #claimedUntil}); to its owner it is still pending. */
    public enum Status { PENDING, SENDING, FAILED, DELIVERED, DEAD }

    @Id
    public UUID id;
    @Column(name = "subscription_id")
    public UUID subscriptionId;
    @Column(name = "event_seq")
    public long eventSeq;
    public String subject;
    @Enumerated(EnumType.STRING)
    public Status status;
    public int attempts;
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;
    @Column(name = "claimed_until")
    public Instant claimedUntil;
    @Column(name = "first_attempt_at")
    public Instant firstAttemptAt;
    @Column(name = "last_attempt_at")
    public Instant lastAttemptAt;
    @Column(name = "last_status")
    public Integer lastStatus;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "delivered_at")
    public Instant deliveredAt;
    @Column(name = "created_at")
    public Instant createdAt;

    public static Delivery of(UUID subscription, long eventSeq, String subject, Instant now) {
        Delivery d = new Delivery();
        d.id = UUID.randomUUID();
        d.subscriptionId = subscription;
        d.eventSeq = eventSeq;
        d.subject = subject;
        d.status = Status.PENDING;
        d.nextAttemptAt = now;
        d.createdAt = now;
        return d;
    }
}
