package org.chuanyu.commonhandling.cases;

/** Where a 川渝通办 case stands. */
public enum CaseStatus {
    /** Filed at a window, online or by an external system; not yet accepted. */
    SUBMITTED,
    /** 受理: accepted, possibly with materials to be supplemented later (容缺受理). */
    ACCEPTED,
    /** 不予受理: refused at intake, with a reason. Final. */
    REJECTED_AT_INTAKE,
    /** 流转: sent to the handling district, which differs from the accepting one. */
    FORWARDED,
    /** Under review by the handling authority. */
    IN_REVIEW,
    /** 补正: waiting for materials; the statutory clock stops. */
    SUPPLEMENT_REQUESTED,
    /** Decided in the applicant's favour; awaiting delivery. */
    APPROVED,
    /** Decided against the applicant, with reason and document reference; awaiting delivery. */
    DENIED,
    /** 送达/办结: the decision reached the applicant. Final. */
    DELIVERED,
    /** Withdrawn by the applicant's channel. Final. */
    WITHDRAWN;

    /** The statuses in which a statutory clock runs (a supplement request stops it). */
    public static final java.util.Set<CaseStatus> CLOCK_RUNNING =
            java.util.EnumSet.of(SUBMITTED, ACCEPTED, FORWARDED, IN_REVIEW);

    public boolean isFinal() {
        return this == REJECTED_AT_INTAKE || this == DELIVERED || this == WITHDRAWN;
    }

    /** The statuses in which a deadline applies. */
    public static java.util.Set<CaseStatus> awaitingDecision() {
        return java.util.Arrays.stream(values()).filter(CaseStatus::awaitsDecision)
                .collect(java.util.stream.Collectors.toCollection(() -> java.util.EnumSet.noneOf(CaseStatus.class)));
    }

    /** Whether a deadline applies: until the decision is made (or the case ends at intake). */
    public boolean awaitsDecision() {
        return !isFinal() && this != APPROVED && this != DENIED;
    }
}
