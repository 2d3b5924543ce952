package org.chuanyu.commonhandling.calendar;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.chuanyu.jurisdiction.approval.ProvinceApproval;
import org.chuanyu.jurisdiction.approval.DualApproval;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A proposed load or correction of a year: applied once one admin of each province has approved it. */
@Entity
@Table(name = "calendar_proposal")
public class CalendarProposal extends PanacheEntityBase {

    public enum Status { PENDING, APPLIED, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public int year;
    @Column(name = "base_version")
    public Long baseVersion;
    /** The proposed schedule. */
    @JdbcTypeCode(SqlTypes.JSON)
    public PublishedSchedule schedule;
    @Enumerated(EnumType.STRING)
    public Status status;
    @Column(name = "proposed_by")
    public String proposedBy;
    @Column(name = "proposed_by_province")
    public String proposedByProvince;
    @Column(name = "proposed_at")
    public Instant proposedAt;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Column(name = "rejected_by")
    public String rejectedBy;
    @Column(name = "rejection_reason")
    public String rejectionReason;
    @Version
    public long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "calendar_proposal_approval", joinColumns = @JoinColumn(name = "proposal_id"))
    @OrderBy("approvedAt")
    public List<ProvinceApproval> approvals = new ArrayList<>();

    /** The approvals so far, as the shared two-province rule sees them. */
    public DualApproval dualApproval() {
        return ProvinceApproval.dual(approvals);
    }
}
