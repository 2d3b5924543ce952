package org.chuanyu.policy.registry;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.chuanyu.policy.registry.PolicyStatus.DRAFT;
import static org.chuanyu.policy.registry.PolicyStatus.EXPIRED;
import static org.chuanyu.policy.registry.PolicyStatus.IN_FORCE;
import static org.chuanyu.policy.registry.PolicyStatus.PUBLISHED;
import static org.chuanyu.policy.registry.PolicyStatus.REPEALED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PolicyLifecycleTest {

    private static Set<PolicyStatus> reachable(PolicyStatus from, boolean joint) {
        Set<PolicyStatus> to = EnumSet.noneOf(PolicyStatus.class);
        for (PolicyStatus s : PolicyStatus.values()) {
            if (PolicyLifecycle.refusal(from, joint, s).isEmpty()) {
                to.add(s);
            }
        }
        return to;
    }

    @Test
    void aProvincesOwnDraftIsPublishedAndAnEffectivePolicyEnds() {
        assertEquals(EnumSet.of(PUBLISHED), reachable(DRAFT, false));
        assertEquals(EnumSet.of(EXPIRED, REPEALED), reachable(PUBLISHED, false));
        assertEquals(EnumSet.of(EXPIRED, REPEALED), reachable(IN_FORCE, true));
        assertEquals(EnumSet.noneOf(PolicyStatus.class), reachable(EXPIRED, false));
        assertEquals(EnumSet.noneOf(PolicyStatus.class), reachable(REPEALED, true));
    }

    @Test
    void aJointDraftComesIntoForceOnlyThroughApprovals() {
        assertEquals(EnumSet.noneOf(PolicyStatus.class), reachable(DRAFT, true));
        assertTrue(PolicyLifecycle.refusal(DRAFT, true, PUBLISHED).orElseThrow().contains("approvals"));
        assertTrue(PolicyLifecycle.refusal(DRAFT, false, IN_FORCE).orElseThrow().contains("approvals"));
        assertEquals("A PUBLISHED policy cannot become DRAFT",
                PolicyLifecycle.refusal(PUBLISHED, false, DRAFT).orElseThrow());
    }
}
