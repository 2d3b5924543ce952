package org.chuanyu.policy.registry;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** What an approval and a rejection of a joint policy share: one province's decision on one version of it. */
@MappedSuperclass
public abstract class VersionDecision extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "policy_id")
    public Long policyId;
    @Column(name = "policy_version")
    public int policyVersion;
    public String province;
}
