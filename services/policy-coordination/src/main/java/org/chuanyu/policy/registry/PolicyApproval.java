package org.chuanyu.policy.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.chuanyu.jurisdiction.approval.DualApproval;
import org.chuanyu.jurisdiction.caller.Province;

import java.time.Instant;

/** One province's approval of one version of a joint policy. */
@Entity
@Table(name = "policy_approval")
public class PolicyApproval extends VersionDecision {

    public String approver;
    @Column(name = "approved_at")
    public Instant approvedAt;

    public DualApproval.Approval asApproval() {
        return new DualApproval.Approval(Province.ofRealm(province).orElseThrow(), approver, approvedAt);
    }
}
