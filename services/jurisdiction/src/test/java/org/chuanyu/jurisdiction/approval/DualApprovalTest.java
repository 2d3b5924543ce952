package org.chuanyu.jurisdiction.approval;

import org.chuanyu.jurisdiction.caller.Province;
import org.chuanyu.jurisdiction.problem.ProblemException;
import org.chuanyu.jurisdiction.problem.ProblemType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static org.chuanyu.jurisdiction.DemoCallers.caller;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DualApprovalTest {

    static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

    @Test
    void oneApprovalIsNotEnough() {
        DualApproval state = DualApproval.pending().approve(caller("sc-admin"), NOW);
        assertFalse(state.isComplete());
        assertEquals(Set.of(Province.CHONGQING), state.missing());
    }

    @Test
    void theSameProvinceTwiceIsNotEnough() {
        DualApproval state = DualApproval.pending().approve(caller("sc-admin"), NOW);
        ProblemException e = assertThrows(ProblemException.class,
                () -> state.approve(caller("joint-office-sc"), NOW));
        assertEquals(ProblemType.CONFLICT, e.type());
        assertFalse(state.isComplete());
    }

    @Test
    void oneApprovalFromEachProvinceCompletesIt() {
        DualApproval state = DualApproval.pending()
                .approve(caller("joint-office-cq"), NOW)
                .approve(caller("sc-admin"), NOW);
        assertTrue(state.isComplete());
        assertEquals(2, state.approvals().size());
    }

    @Test
    void clerksAndExternalSystemsCannotApprove() {
        assertEquals(ProblemType.FORBIDDEN, assertThrows(ProblemException.class,
                () -> DualApproval.pending().approve(caller("yubei-clerk"), NOW)).type());
        assertEquals(ProblemType.FORBIDDEN, assertThrows(ProblemException.class,
                () -> DualApproval.pending().approve(caller("tianfu-tongban"), NOW)).type());
    }
}
