package org.chuanyu.jurisdiction.approval;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.chuanyu.jurisdiction.caller.Province;

import java.time.Instant;
import java.util.List;

/**
 * One province's approval of a joint decision as a service stores it: a row of the decision's approval table
 * ({@code province}, {@code approver}, {@code approved_at}), mapped as an element collection of the decision
 * (common-handling's item versions and calendar proposals, parks' zone and designation changes). The rule is
 * {@link DualApproval}.
 */
@Embeddable
public class ProvinceApproval {

    public String province;
    public String approver;
    @Column(name = "approved_at")
    public Instant approvedAt;

    /** The stored approvals, as the shared two-province rule sees them. */
    public static DualApproval dual(List<ProvinceApproval> stored) {
        return new DualApproval(stored.stream()
                .map(a -> new DualApproval.Approval(Province.ofRealm(a.province).orElseThrow(), a.approver, a.approvedAt))
                .toList());
    }

    /** The approval the rule added last (after {@link DualApproval#approve}), to store. */
    public static ProvinceApproval newestOf(DualApproval approvals) {
        DualApproval.Approval newest = approvals.approvals().get(approvals.approvals().size() - 1);
        ProvinceApproval a = new ProvinceApproval();
        a.province = newest.province().realm();
        a.approver = newest.approver();
        a.approvedAt = newest.at();
        return a;
    }
}
