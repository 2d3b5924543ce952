package org.chuanyu.notifications.subscriptions;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.chuanyu.jurisdiction.directory.Account;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** A callback an owner asked to be told at, with the event types and filter it wants (V1). */
@Entity
@Table(name = "subscription")
public class Subscription extends PanacheEntityBase {

    public enum Status { ACTIVE, SUSPENDED }

    @Id
    public UUID id;
    @Column(name = "owner_realm")
    public String ownerRealm;
    @Column(name = "owner_username")
    public String ownerUsername;
    @Column(name = "owner_client")
    public String ownerClient;
    @Column(name = "owner_system")
    public boolean ownerSystem;
    @Column(name = "callback_url")
    public String callbackUrl;
    @Column(name = "event_types")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] eventTypes = new String[0];
    @Column(name = "item_codes")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] itemCodes = new String[0];
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] districts = new String[0];
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] statuses = new String[0];
    public String description;
    @Enumerated(EnumType.STRING)
    public Status status = Status.ACTIVE;
    @Column(name = "suspended_at")
    public Instant suspendedAt;
    @Column(name = "suspended_reason")
    public String suspendedReason;
    @Column(name = "failing_since")
    public Instant failingSince;
    @Column(name = "created_at")
    public Instant createdAt;
    @Version
    public long version;

    public Account owner() {
        return new Account(ownerRealm, ownerUsername, ownerClient, ownerSystem);
    }

    public SubscriptionFilter filter() {
        return new SubscriptionFilter(java.util.Set.of(eventTypes), java.util.Set.of(itemCodes),
                java.util.Set.of(districts), java.util.Set.of(statuses));
    }
}
