package org.chuanyu.commonhandling.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.chuanyu.jurisdiction.approval.ProvinceApproval;
import org.chuanyu.jurisdiction.approval.DualApproval;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One version of an item: everything a case needs to know about the item, from its effective
 * date, once one admin of each province has approved it ({@link DualApproval}). Never changed
 * after approval: a change is a new version, and running cases keep theirs.
 */
@Entity
@Table(name = "item_version")
public class ItemVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String item;
    public int number;
    public String name;
    @Column(name = "name_en")
    public String nameEn;
    public int batch;
    @Column(name = "go_live_on")
    public LocalDate goLiveOn;
    @Enumerated(EnumType.STRING)
    public HandlingMode mode;
    @Column(name = "acceptance_working_days")
    public int acceptanceWorkingDays;
    @Column(name = "decision_working_days")
    public int decisionWorkingDays;
    /** Promised limits of the steps (承诺时限), null where only the statutory one applies. */
    @Column(name = "intake_limit_days")
    public Integer intakeLimitDays;
    @Column(name = "decision_limit_days")
    public Integer decisionLimitDays;
    @Column(name = "delivery_limit_days")
    public Integer deliveryLimitDays;
    @Column(name = "department_sichuan")
    public String departmentSichuan;
    @Column(name = "department_chongqing")
    public String departmentChongqing;
    @Column(name = "effective_from")
    public LocalDate effectiveFrom;
    @Enumerated(EnumType.STRING)
    public VersionStatus status;
    public String reason;
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
    @Column(name = "rejected_by_province")
    public String rejectedByProvince;
    @Column(name = "rejection_reason")
    public String rejectionReason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "item_material", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    @Fetch(FetchMode.SUBSELECT)
    public List<Material> materials = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "item_version_approval", joinColumns = @JoinColumn(name = "version_id"))
    @OrderBy("approvedAt")
    @Fetch(FetchMode.SUBSELECT)
    public List<ProvinceApproval> approvals = new ArrayList<>();

    /** The approvals so far, as the shared two-province rule sees them. */
    public DualApproval dualApproval() {
        return ProvinceApproval.dual(approvals);
    }

    /** A required material of this version. */
    @Embeddable
    public static class Material {
        public String code;
        public String name;
        public boolean mandatory;

        static Material of(RequiredMaterial material) {
            Material m = new Material();
            m.code = material.code();
            m.name = material.name().strip();
            m.mandatory = material.mandatory();
            return m;
        }
    }
}
