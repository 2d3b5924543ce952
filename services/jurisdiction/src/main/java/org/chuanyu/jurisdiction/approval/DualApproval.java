package org.chuanyu.jurisdiction.approval;

import org.chuanyu.jurisdiction.caller.Caller;
import org.chuanyu.jurisdiction.caller.Province;
import org.chuanyu.jurisdiction.caller.Role;
import org.chuanyu.jurisdiction.problem.ProblemException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A joint decision (changing a joint zone, a joint-zone park's designation, a joint policy, the
 * common item catalogue) takes effect only with one approval from each province. Two approvals
 * from the same province never count twice. Immutable: {@link #approve} returns the next state.
 */
public record DualApproval(List<Approval> approvals) {

    /** Who approved, for which province, and when. */
    public record Approval(Province province, String approver, Instant at) {
    }

    public DualApproval {
        approvals = List.copyOf(approvals);
    }

    public static DualApproval pending() {
        return new DualApproval(List.of());
    }

    /**
     * Adds the caller's approval for its province. 403 unless the caller is a province-admin or a
     * cross-province-admin; 409 when its province has already approved.
     */
    public DualApproval approve(Caller caller, Instant at) {
        requireApprover(caller);
        if (approvedBy(caller.province())) {
            throw ProblemException.conflict(caller.province().realm()
                    + " has already approved; the other province's approval is still needed");
        }
        List<Approval> next = new ArrayList<>(approvals);
        next.add(new Approval(caller.province(), caller.username(), at));
        return new DualApproval(next);
    }

    /**
     * 403 unless the caller may approve joint decisions at all. An approval endpoint calls this before it
     * looks at the decision's state, so that a caller who may never approve learns nothing from a 409.
     */
    public static void requireApprover(Caller caller) {
        if (!caller.has(Role.PROVINCE_ADMIN) && !caller.has(Role.CROSS_PROVINCE_ADMIN)) {
            throw ProblemException.forbidden("Only a province-admin or cross-province-admin approves joint decisions");
        }
    }

    public boolean approvedBy(Province province) {
        return approvals.stream().anyMatch(a -> a.province() == province);
    }

    /** True once every province has approved: the decision may take effect. */
    public boolean isComplete() {
        return missing().isEmpty();
    }

    public Set<Province> missing() {
        Set<Province> missing = EnumSet.allOf(Province.class);
        approvals.forEach(a -> missing.remove(a.province()));
        return missing;
    }
}
