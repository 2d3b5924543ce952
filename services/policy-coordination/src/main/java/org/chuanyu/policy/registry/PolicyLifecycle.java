package org.chuanyu.policy.registry;

import java.util.Optional;

/**
 * Which status a policy may be given by hand, as a pure rule: a province's own draft is published; an effective
 * policy (published or in force) expires or is repealed. A joint policy comes into force only through both
 * provinces' approvals, never by a status change, and nothing returns to DRAFT.
 */
final class PolicyLifecycle {

    private PolicyLifecycle() {
    }

    /** Why a policy in {@code from} may not be given {@code to} by hand; empty when it may. */
    static Optional<String> refusal(PolicyStatus from, boolean joint, PolicyStatus to) {
        boolean allowed = switch (to) {
            case PUBLISHED -> from == PolicyStatus.DRAFT && !joint;
            case EXPIRED, REPEALED -> from.isEffective();
            case DRAFT, IN_FORCE -> false;
        };
        if (allowed) {
            return Optional.empty();
        }
        if (to == PolicyStatus.PUBLISHED && joint) {
            return Optional.of("A joint policy comes into force with one approval from each province: "
                    + "POST …/approvals");
        }
        if (to == PolicyStatus.IN_FORCE) {
            return Optional.of("IN_FORCE follows from both provinces' approvals");
        }
        return Optional.of("A " + from + " policy cannot become " + to);
    }
}
