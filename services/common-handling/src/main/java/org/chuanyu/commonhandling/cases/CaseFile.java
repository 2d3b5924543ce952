package org.chuanyu.commonhandling.cases;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.chuanyu.jurisdiction.caller.Province;
import org.chuanyu.jurisdiction.scope.RecordScope;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A case as stored: two scopes (accepting, handling) and the submitting system, if any. */
@Entity
@Table(name = "case_file")
public class CaseFile extends PanacheEntityBase {

    public enum ApplicantKind { PERSON, ENTERPRISE }

    public enum Channel { WINDOW, ONLINE, EXTERNAL_SYSTEM }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String number;
    @Column(name = "item_code")
    public String itemCode;
    @Column(name = "item_version")
    public int itemVersion;
    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_kind")
    public ApplicantKind applicantKind;
    @Column(name = "applicant_name")
    public String applicantName;
    /** Resident ID number or unified social credit code, in full; masked by every view but the allowed ones. */
    @Column(name = "applicant_id")
    public String applicantId;
    @Column(name = "applicant_contact")
    public String applicantContact;
    @Column(name = "accepting_province")
    public String acceptingProvince;
    @Column(name = "accepting_district")
    public String acceptingDistrict;
    @Column(name = "accepting_zone")
    public String acceptingZone;
    @Column(name = "accepting_window")
    public String acceptingWindow;
    @Column(name = "handling_province")
    public String handlingProvince;
    @Column(name = "handling_district")
    public String handlingDistrict;
    @Column(name = "handling_zone")
    public String handlingZone;
    @Column(name = "handling_department")
    public String handlingDepartment;
    @Enumerated(EnumType.STRING)
    public Channel channel;
    /** Client id of the external system that submitted the case; null for window and online cases. */
    public String submitter;
    @Enumerated(EnumType.STRING)
    public CaseStatus status;
    /** The status a supplement request interrupted, to return to when the material arrives. */
    @Enumerated(EnumType.STRING)
    @Column(name = "resume_status")
    public CaseStatus resumeStatus;
    @Column(name = "submitted_at")
    public Instant submittedAt;
    @Column(name = "acceptance_due")
    public Instant acceptanceDue;
    @Column(name = "decision_due")
    public Instant decisionDue;
    @Column(name = "deadline_provisional")
    public boolean deadlineProvisional;
    public boolean overdue;
    /** Documents submitted (name, checksum, size, location), a JSON column; never the file bytes. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<CaseApi.Material> materials = new ArrayList<>();
    @Column(name = "accepted_on")
    public java.time.LocalDate acceptedOn;
    /** The deadline the work queue orders by: the decision's once accepted, else the acceptance's. */
    @Column(name = "next_due")
    public Instant nextDue;
    /** When the decision must reach the applicant (行政许可法 art. 44: 10 working days); null before it is decided. */
    @Column(name = "delivery_due")
    public Instant deliveryDue;
    /** When the case was approved or denied. */
    @Column(name = "decided_at")
    public Instant decidedAt;
    /** Working days from acceptance to the decision, supplement pauses excluded. */
    @Column(name = "decision_working_days")
    public Integer decisionWorkingDays;
    /**
     * When a case still submitted is accepted by law (行政许可法 art. 32: five working days after its materials were
     * received, unless refused or asked for materials first); null once that no longer applies.
     */
    @Column(name = "deemed_accepted_at")
    public Instant deemedAcceptedAt;
    /** Whose days were they, kept when the case ended (CaseWorkingDays); null before, and for cases ended earlier. */
    @Column(name = "wd_accepting")
    public Integer wdAccepting;
    @Column(name = "wd_handling")
    public Integer wdHandling;
    @Column(name = "wd_applicant")
    public Integer wdApplicant;
    @Column(name = "wd_special_procedure")
    public Integer wdSpecialProcedure;
    @Column(name = "wd_delivery")
    public Integer wdDelivery;
    /** Working days an approved extension added to the decision's limit (行政许可法 art. 42); 0 without one. */
    @Column(name = "extension_days")
    public int extensionDays;
    /** Who has each side (realm and user name, both or neither): docs/common-handling.md, "Assignment". */
    @Column(name = "accepting_assignee_realm")
    public String acceptingAssigneeRealm;
    @Column(name = "accepting_assignee")
    public String acceptingAssignee;
    @Column(name = "handling_assignee_realm")
    public String handlingAssigneeRealm;
    @Column(name = "handling_assignee")
    public String handlingAssignee;
    /** The warning light (docs/common-handling.md, "Supervision"); all null once the case has ended. */
    @Column(name = "supervision_level")
    public String supervisionLevel;
    @Column(name = "supervision_step")
    public String supervisionStep;
    @Column(name = "supervision_side")
    public String supervisionSide;
    @Column(name = "supervision_step_due")
    public Instant supervisionStepDue;
    @Column(name = "supervision_reason")
    public String supervisionReason;
    /** When the light next changes by time alone: what the supervision watch looks for. */
    @Column(name = "supervision_next_at")
    public Instant supervisionNextAt;
    @Version
    public long version;
    /** The timeline's head: the last event's sequence number and MAC (0 and null before the first). */
    @Column(name = "timeline_seq")
    public int timelineSeq;
    @Column(name = "timeline_head")
    public String timelineHead;
    /** A MAC over the number, the head, the status and the decision (CaseTimeline), and the key it was made with. */
    @Column(name = "seal_key_id")
    public String sealKeyId;
    public String seal;

    public RecordScope acceptingScope() {
        return new RecordScope(Province.ofRealm(acceptingProvince).orElseThrow(), acceptingDistrict, acceptingZone, submitter);
    }

    public RecordScope handlingScope() {
        return new RecordScope(Province.ofRealm(handlingProvince).orElseThrow(), handlingDistrict, handlingZone, submitter);
    }

    public CaseApi.Assignee assignee(CaseSide side) {
        return switch (side) {
            case ACCEPTING -> CaseApi.Assignee.of(acceptingAssigneeRealm, acceptingAssignee);
            case HANDLING -> CaseApi.Assignee.of(handlingAssigneeRealm, handlingAssignee);
            case SUBMITTER -> throw new IllegalArgumentException("the submitting system's side has no assignee");
        };
    }

    public void assign(CaseSide side, CaseApi.Assignee assignee) {
        String realm = assignee == null ? null : assignee.realm();
        String username = assignee == null ? null : assignee.username();
        switch (side) {
            case ACCEPTING -> {
                acceptingAssigneeRealm = realm;
                acceptingAssignee = username;
            }
            case HANDLING -> {
                handlingAssigneeRealm = realm;
                handlingAssignee = username;
            }
            case SUBMITTER -> throw new IllegalArgumentException("the submitting system's side has no assignee");
        }
    }

    public boolean crossDistrict() {
        return !acceptingDistrict.equals(handlingDistrict);
    }
}
