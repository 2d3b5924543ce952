package org.chuanyu.parks.designation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.ColumnTransformer;

import java.time.Instant;

/** A pending (or applied) change of a joint-zone park's designations, awaiting both provinces. */
@Entity
@Table(name = "park_designation_change")
public class DesignationChange extends PanacheEntityBase {

    public enum Action { ADD, REMOVE }

    public enum Status { PENDING, APPLIED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "park_id")
    public Long parkId;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Action action;
    public String name;
    public Integer batch;
    public Integer year;
    public String issuer;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Status status = Status.PENDING;
    @Column(name = "proposed_by")
    public String proposedBy;
    @Column(name = "proposed_realm")
    public String proposedRealm;
    @Column(name = "proposed_at", updatable = false)
    public Instant proposedAt;
    /** JSON array of {province, approver, at}: the DualApproval state. */
    @ColumnTransformer(write = "?::jsonb")
    public String approvals = "[]";
    @Column(name = "applied_at")
    public Instant appliedAt;
    @Version
    public long version;
}
