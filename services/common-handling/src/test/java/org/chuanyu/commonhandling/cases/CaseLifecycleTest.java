package org.chuanyu.commonhandling.cases;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static org.chuanyu.commonhandling.cases.CaseAction.*;
import static org.chuanyu.commonhandling.cases.CaseSide.*;
import static org.chuanyu.commonhandling.cases.CaseStatus.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lifecycle as a clerk at each side would meet it. */
class CaseLifecycleTest {

    static final Set<CaseSide> LINSHUI_WINDOW = EnumSet.of(ACCEPTING);
    static final Set<CaseSide> YUBEI_AUTHORITY = EnumSet.of(HANDLING);
    static final Set<CaseSide> TIANFU_TONGBAN = EnumSet.of(SUBMITTER);

    @Test
    void linshuiAcceptsAndForwardsYubeiReviewsAndDecidesLinshuiDelivers() {
        CaseStatus s = SUBMITTED;
        assertEquals(EnumSet.of(ACCEPT, REJECT_AT_INTAKE, REQUEST_SUPPLEMENT, WITHDRAW),
                CaseLifecycle.allowed(s, LINSHUI_WINDOW, true));
        s = CaseLifecycle.next(s, ACCEPT, Optional.empty());
        assertEquals(EnumSet.of(FORWARD, REQUEST_SUPPLEMENT, WITHDRAW), CaseLifecycle.allowed(s, LINSHUI_WINDOW, true));
        assertEquals(EnumSet.noneOf(CaseAction.class), CaseLifecycle.allowed(s, YUBEI_AUTHORITY, true),
                "the handling side waits until the case is forwarded");
        s = CaseLifecycle.next(s, FORWARD, Optional.empty());
        assertEquals(EnumSet.of(START_REVIEW, REQUEST_SUPPLEMENT), CaseLifecycle.allowed(s, YUBEI_AUTHORITY, true));
        s = CaseLifecycle.next(s, START_REVIEW, Optional.empty());
        assertEquals(EnumSet.of(APPROVE, DENY, REQUEST_SUPPLEMENT), CaseLifecycle.allowed(s, YUBEI_AUTHORITY, true));
        assertEquals(EnumSet.of(WITHDRAW), CaseLifecycle.allowed(s, LINSHUI_WINDOW, true),
                "after forwarding the accepting window cannot decide");
        s = CaseLifecycle.next(s, APPROVE, Optional.empty());
        assertEquals(EnumSet.of(DELIVER), CaseLifecycle.allowed(s, LINSHUI_WINDOW, true));
        assertEquals(DELIVERED, CaseLifecycle.next(s, DELIVER, Optional.empty()));
    }

    @Test
    void sameDistrictCaseGoesStraightToReview() {
        Set<CaseSide> both = EnumSet.of(ACCEPTING, HANDLING);
        assertEquals(EnumSet.of(START_REVIEW, REQUEST_SUPPLEMENT, WITHDRAW), CaseLifecycle.allowed(ACCEPTED, both, false));
    }

    @Test
    void supplementReturnsToTheStatusItLeft() {
        assertEquals(IN_REVIEW, CaseLifecycle.next(SUPPLEMENT_REQUESTED, SUPPLEMENT_ARRIVED, Optional.of(IN_REVIEW)));
        assertEquals(SUBMITTED, CaseLifecycle.next(SUPPLEMENT_REQUESTED, SUPPLEMENT_ARRIVED, Optional.of(SUBMITTED)));
        assertEquals(EnumSet.of(SUPPLEMENT_ARRIVED, WITHDRAW), CaseLifecycle.allowed(SUPPLEMENT_REQUESTED, TIANFU_TONGBAN, true));
        assertFalse(CaseStatus.CLOCK_RUNNING.contains(SUPPLEMENT_REQUESTED), "a supplement request stops the clock");
    }

    @Test
    void externalSystemOnlyWithdrawsAndSupplements() {
        assertEquals(EnumSet.of(WITHDRAW), CaseLifecycle.allowed(SUBMITTED, TIANFU_TONGBAN, true));
        assertEquals(EnumSet.noneOf(CaseAction.class), CaseLifecycle.allowed(APPROVED, TIANFU_TONGBAN, true));
    }

    @ParameterizedTest
    @EnumSource(value = CaseStatus.class, names = {"REJECTED_AT_INTAKE", "DELIVERED", "WITHDRAWN"})
    void finalStatusesAllowNothing(CaseStatus status) {
        assertTrue(status.isFinal());
        assertEquals(EnumSet.noneOf(CaseAction.class),
                CaseLifecycle.allowed(status, EnumSet.allOf(CaseSide.class), true));
    }

    @Test
    void nobodyWithoutASideActs() {
        for (CaseStatus status : CaseStatus.values()) {
            assertEquals(EnumSet.noneOf(CaseAction.class), CaseLifecycle.allowed(status, Set.of(), true), status.name());
        }
    }
}
