package org.chuanyu.notifications.subscriptions;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A signing secret of a subscription, encrypted at rest ({@link SigningSecrets}); a rotated one expires. */
@Entity
@Table(name = "subscription_secret")
public class SubscriptionSecret extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "subscription_id")
    public UUID subscriptionId;
    /** The secret ({@code whsec_…}), encrypted. */
    public String secret;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "expires_at")
    public Instant expiresAt;

    /** The secrets that sign now: the current one and any rotated one still within its overlap, newest first. */
    public static List<SubscriptionSecret> signing(UUID subscription, Instant now) {
        return list("subscriptionId = ?1 and (expiresAt is null or expiresAt > ?2) order by id desc", subscription, now);
    }
}
