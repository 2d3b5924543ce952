package org.chuanyu.policy.registry;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One province's rejection of one version of a joint policy: that version comes into force no more. */
@Entity
@Table(name = "policy_rejection")
public class PolicyRejection extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "policy_id")
    public Long policyId;
    @Column(name = "policy_version")
    public int policyVersion;
    public String province;
    @Column(name = "rejected_by")
    public String rejectedBy;
    @Column(name = "rejected_at")
    public Instant rejectedAt;
    public String reason;
}
