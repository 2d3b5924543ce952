package org.chuanyu.projects.lifecycle;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** One step of a project's lifecycle, kept for the record: who moved it, when, and why. */
@Entity
@Table(name = "stage_transition")
public class StageTransition extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "project_id")
    public Long projectId;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage")
    public Stage fromStage;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage")
    public Stage toStage;
    @Column(name = "on_date")
    public LocalDate onDate;
    public String reason;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at", insertable = false, updatable = false)
    public Instant decidedAt;
    public String province;
    public String district;
    public String zone;
}
