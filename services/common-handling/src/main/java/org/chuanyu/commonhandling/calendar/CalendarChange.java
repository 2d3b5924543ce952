package org.chuanyu.commonhandling.calendar;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnTransformer;

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
    /** The schedule as JSON ({@link PublishedSchedule}); null when the change first loaded the year. */
    @Column(name = "before_schedule")
    @ColumnTransformer(write = "?::jsonb")
    public String beforeSchedule;
    /** The proposal whose approval applied this change; null for the schedules file. */
    @Column(name = "proposal_id")
    public Long proposalId;
    @Column(name = "after_schedule")
    @ColumnTransformer(write = "?::jsonb")
    public String afterSchedule;
}
