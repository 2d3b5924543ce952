package org.chuanyu.policy.alignment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A topic both provinces regulate, linking each side's policy and the parameters compared. */
@Entity
@Table(name = "alignment_topic")
public class AlignmentTopic extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String code;
    public String title;
    @Column(name = "title_en")
    public String titleEn;
    @Column(name = "sichuan_policy_id")
    public Long sichuanPolicyId;
    @Column(name = "chongqing_policy_id")
    public Long chongqingPolicyId;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Parameter> parameters = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    public AlignmentStatus status;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] differing = new String[0];
    @Column(name = "created_at", updatable = false)
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    @Column(name = "row_version")
    public long rowVersion;
}
