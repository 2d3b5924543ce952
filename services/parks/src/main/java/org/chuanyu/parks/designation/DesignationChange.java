package org.chuanyu.parks.designation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.chuanyu.jurisdiction.approval.ProvinceApproval;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A pending (or applied, or rejected) change of a joint-zone park's designations, awaiting both provinces. */
@Entity
@Table(name = "park_designation_change")
public class DesignationChange extends PanacheEntityBase {

    public enum Action { ADD, REMOVE }

    public enum Status { PENDING, APPLIED, REJECTED }

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
    /** One approval per province so far (the shared two-province shape), oldest first. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "park_designation_change_approval", joinColumns = @JoinColumn(name = "change_id"))
    @OrderBy("approvedAt")
    public List<ProvinceApproval> approvals = new ArrayList<>();
    @Column(name = "applied_at")
    public Instant appliedAt;
    @Column(name = "rejected_by")
    public String rejectedBy;
    @Column(name = "rejected_by_province")
    public String rejectedByProvince;
    @Column(name = "rejected_at")
    public Instant rejectedAt;
    @Column(name = "rejection_reason")
    public String rejectionReason;
    @Version
    public long version;
}
