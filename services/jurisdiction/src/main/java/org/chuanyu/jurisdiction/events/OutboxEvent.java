package org.chuanyu.jurisdiction.events;

import com.fasterxml.jackson.databind.JsonNode;
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

/**
 * One row of a service's outbox ({@code outbox_event}, in each service's own database): a CloudEvent with its
 * position in commit order.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long position;

    public UUID id;
    public String type;
    public String subject;
    @Column(name = "occurred_at")
    public Instant occurredAt;
    /** The event's {@code data}: identifiers, scope and what changed; never personal data. */
    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode data;
}
