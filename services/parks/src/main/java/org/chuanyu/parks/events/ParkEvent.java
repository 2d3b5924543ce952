package org.chuanyu.parks.events;

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

/** One row of the parks outbox (V6): a CloudEvent with its position in commit order. */
@Entity
@Table(name = "park_event")
public class ParkEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long position;

    public UUID id;
    public String type;
    public String subject;
    @Column(name = "occurred_at")
    public Instant occurredAt;
    /** The event's {@code data}: identifiers and scope, never personal data. */
    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode data;
}
