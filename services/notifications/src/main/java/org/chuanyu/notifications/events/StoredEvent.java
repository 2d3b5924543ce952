package org.chuanyu.notifications.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** An event taken in from a service's feed, once (V1 {@code event}). */
@Entity
@Table(name = "event")
public class StoredEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;
    public UUID id;
    public String source;
    public String type;
    public String subject;
    public Instant time;
    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode data;
    @Column(name = "received_at")
    public Instant receivedAt;
}
