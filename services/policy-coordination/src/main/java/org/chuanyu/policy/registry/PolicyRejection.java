package org.chuanyu.policy.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/** One province's rejection of one version of a joint policy: that version comes into force no more. */
@Entity
@Table(name = "policy_rejection")
public class PolicyRejection extends VersionDecision {

    @Column(name = "rejected_by")
    public String rejectedBy;
    @Column(name = "rejected_at")
    public Instant rejectedAt;
    public String reason;
}
