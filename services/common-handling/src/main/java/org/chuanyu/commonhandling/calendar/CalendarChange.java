package org.chuanyu.commonhandling.calendar;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/** One entry of the append-only record of calendar changes: who, from which realm, when, before and after. */
@Entity
@Table(name = "calendar_change")
public class CalendarChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public int year;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "recorded_by_province")
    public String recordedByProvince;
    @Column(name = "recorded_at")
    public Instant recordedAt;
    /** The schedule before the change; null when the change first loaded the year. */
    @Column(name = "before_schedule")
    @JdbcTypeCode(SqlTypes.JSON)
    public PublishedSchedule beforeSchedule;
    /** The proposal whose approval applied this change; null for the schedules file. */
    @Column(name = "proposal_id")
    public Long proposalId;
    @Column(name = "after_schedule")
    @JdbcTypeCode(SqlTypes.JSON)
    public PublishedSchedule afterSchedule;
}
