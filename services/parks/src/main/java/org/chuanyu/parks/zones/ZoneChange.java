package org.chuanyu.parks.zones;

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
import org.chuanyu.jurisdiction.approval.DualApproval;
import org.chuanyu.jurisdiction.approval.ProvinceApproval;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A proposed definition of a joint zone, waiting for one approval from each province
 * ({@link DualApproval}); it takes effect when the second province approves.
 */
@Entity
@Table(name = "zone_change")
public class ZoneChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String zone;
    @Enumerated(EnumType.STRING)
    public ZoneChangeKind kind;
    /** The zone as it will be. */
    @JdbcTypeCode(SqlTypes.JSON)
    public ZoneDefinition proposed;
    /** The zone as it was when proposed; null for a new zone. */
    @JdbcTypeCode(SqlTypes.JSON)
    public ZoneDefinition previous;
    @Column(name = "base_version")
    public Long baseVersion;
    public String reason;
    @Column(name = "effective_on")
    public LocalDate effectiveOn;
    @Enumerated(EnumType.STRING)
    public ZoneChangeStatus status;
    @Column(name = "proposed_by")
    public String proposedBy;
    @Column(name = "proposed_by_province")
    public String proposedByProvince;
    @Column(name = "proposed_at")
    public Instant proposedAt;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Column(name = "took_effect_on")
    public LocalDate tookEffectOn;
    @Column(name = "rejected_by")
    public String rejectedBy;
    @Column(name = "rejected_by_province")
    public String rejectedByProvince;
    @Column(name = "rejection_reason")
    public String rejectionReason;

    @Version
    public long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "zone_change_approval", joinColumns = @JoinColumn(name = "change_id"))
    @OrderBy("approvedAt")
    public List<ProvinceApproval> approvals = new ArrayList<>();

    /** The approvals so far, as the shared two-province rule sees them. */
    public DualApproval dualApproval() {
        return ProvinceApproval.dual(approvals);
    }
}
