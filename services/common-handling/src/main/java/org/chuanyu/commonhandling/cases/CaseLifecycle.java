package org.chuanyu.commonhandling.cases;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static org.chuanyu.commonhandling.cases.CaseAction.*;
import static org.chuanyu.commonhandling.cases.CaseSide.*;
import static org.chuanyu.commonhandling.cases.CaseStatus.*;

/**
 * The case lifecycle in one place: which action is allowed in which status for which side, and
 * where it leads. Pure; the service checks the caller's side through the jurisdiction rules and
 * asks here.
 * <pre>
 * SUBMITTED ─accept→ ACCEPTED ─forward→ FORWARDED ─start review→ IN_REVIEW ─approve/deny→ APPROVED|DENIED ─deliver→ DELIVERED
 *     └─reject at intake→ REJECTED_AT_INTAKE      └─(same district) start review→ IN_REVIEW
 * any open status ─request supplement→ SUPPLEMENT_REQUESTED ─supplement arrived→ the status it left
 * any open status ─withdraw→ WITHDRAWN
 * </pre>
 * Before forwarding, the accepting side asks for supplements; after forwarding, the handling side.
 */
public final class CaseLifecycle {

    /** Statuses in which the applicant may still withdraw or be asked for materials. */
    private static final Set<CaseStatus> OPEN = EnumSet.of(SUBMITTED, ACCEPTED, FORWARDED, IN_REVIEW, SUPPLEMENT_REQUESTED);

    private CaseLifecycle() {
    }

    /**
     * The actions {@code sides} may take on a case in {@code status}, given whether its handling
     * district differs from the accepting one.
     */
    public static Set<CaseAction> allowed(CaseStatus status, Set<CaseSide> sides, boolean crossDistrict) {
        Set<CaseAction> actions = EnumSet.noneOf(CaseAction.class);
        boolean accepting = sides.contains(ACCEPTING);
        boolean handling = sides.contains(HANDLING);
        boolean applicantChannel = accepting || sides.contains(SUBMITTER);
        switch (status) {
            case SUBMITTED -> {
                if (accepting) {
                    actions.addAll(EnumSet.of(ACCEPT, REJECT_AT_INTAKE, REQUEST_SUPPLEMENT));
                }
            }
            case ACCEPTED -> {
                if (accepting) {
                    actions.add(REQUEST_SUPPLEMENT);
                    if (crossDistrict) {
                        actions.add(FORWARD);
                    }
                }
                if (handling && !crossDistrict) {
                    actions.add(START_REVIEW);
                }
            }
            case FORWARDED -> {
                if (handling) {
                    actions.addAll(EnumSet.of(START_REVIEW, REQUEST_SUPPLEMENT));
                }
            }
            case IN_REVIEW -> {
                if (handling) {
                    actions.addAll(EnumSet.of(APPROVE, DENY, REQUEST_SUPPLEMENT));
                }
            }
            case SUPPLEMENT_REQUESTED -> {
                if (applicantChannel) {
                    actions.add(SUPPLEMENT_ARRIVED);
                }
            }
            case APPROVED, DENIED -> {
                if (accepting) {
                    actions.add(DELIVER);
                }
            }
            default -> { }
        }
        if (OPEN.contains(status) && applicantChannel) {
            actions.add(WITHDRAW);
        }
        return actions;
    }

    /**
     * The status an allowed action leads to. {@code resumeTo} is the status a supplement request
     * interrupted, used when the material arrives.
     */
    public static CaseStatus next(CaseStatus status, CaseAction action, Optional<CaseStatus> resumeTo) {
        return switch (action) {
            case ACCEPT -> ACCEPTED;
            case REJECT_AT_INTAKE -> REJECTED_AT_INTAKE;
            case FORWARD -> FORWARDED;
            case START_REVIEW -> IN_REVIEW;
            case REQUEST_SUPPLEMENT -> SUPPLEMENT_REQUESTED;
            case SUPPLEMENT_ARRIVED -> resumeTo.orElseThrow(
                    () -> new IllegalStateException("a case waiting for supplements remembers the status it left"));
            case APPROVE -> APPROVED;
            case DENY -> DENIED;
            case DELIVER -> DELIVERED;
            case WITHDRAW -> WITHDRAWN;
        };
    }
}
