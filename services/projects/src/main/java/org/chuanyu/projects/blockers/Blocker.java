package org.chuanyu.projects.blockers;

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

import java.time.Instant;
import java.time.LocalDate;

/** A problem holding a project up (问题), with its deadline and, once solved, its resolution. */
@Entity
@Table(name = "blocker")
public class Blocker extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "project_id")
    public Long projectId;
    public String description;
    @Enumerated(EnumType.STRING)
    public BlockerCategory category;
    @Enumerated(EnumType.STRING)
    public Severity severity;
    @Column(name = "raised_at")
    public Instant raisedAt;
    @Column(name = "raised_by")
    public String raisedBy;
    @Column(name = "due_on")
    public LocalDate dueOn;
    /** True when the deadline was counted without the holiday calendar (weekends only). */
    @Column(name = "due_provisional")
    public boolean dueProvisional;
    @Column(name = "owner_department")
    public String ownerDepartment;
    public String resolution;
    @Column(name = "resolved_at")
    public Instant resolvedAt;
    @Column(name = "resolved_by")
    public String resolvedBy;
    public String province;
    public String district;
    public String zone;
    @Version
    public long version;
}
