package org.chuanyu.projects.progress;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A progress report: investment completed in a period and the cumulative total the reporter declares.
 * Never changed once filed; a correction is a new report naming the one it corrects, which then no longer counts.
 */
@Entity
@Table(name = "progress_report")
public class ProgressReport extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "project_id")
    public Long projectId;
    @Enumerated(EnumType.STRING)
    public Cadence cadence;
    @Column(name = "period_start")
    public LocalDate periodStart;
    @Column(name = "period_end")
    public LocalDate periodEnd;
    @Column(name = "completed_in_period")
    public BigDecimal completedInPeriod;
    public BigDecimal cumulative;
    public String narrative;
    public String reporter;
    @Column(name = "reported_at", insertable = false, updatable = false)
    public Instant reportedAt;
    @Column(name = "corrects_id")
    public Long correctsId;
    /** Set once a later report corrects this one. */
    public boolean corrected;
    public String province;
    public String district;
    public String zone;
}
