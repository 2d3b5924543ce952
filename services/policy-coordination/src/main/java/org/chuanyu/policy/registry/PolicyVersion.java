package org.chuanyu.policy.registry;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.time.Instant;

/** One version of a policy's content, kept for ever (as JSON of {@link PolicyContent}). */
@Entity
@Table(name = "policy_version")
@IdClass(PolicyVersion.Key.class)
public class PolicyVersion extends PanacheEntityBase {

    @Id
    @Column(name = "policy_id")
    public Long policyId;
    @Id
    public int number;
    @JdbcTypeCode(SqlTypes.JSON)
    public PolicyContent content;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;

    /** The composite key: policy and version number. */
    public static class Key implements Serializable {
        public Long policyId;
        public int number;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(policyId, k.policyId) && number == k.number;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(policyId, number);
        }
    }
}
