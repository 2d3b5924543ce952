package org.chuanyu.parks.area;

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
import java.util.List;

/** One dated entry of a park's area history; entries are appended, never edited. */
@Entity
@Table(name = "park_area")
public class ParkArea extends PanacheEntityBase {

    /** 批复面积 (filed), 托管/实际管辖面积 (managed), 规划面积 (planned). */
    public enum Kind { FILED, MANAGED, PLANNED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "park_id")
    public Long parkId;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    @Column(name = "area_km2")
    public BigDecimal areaKm2;
    @Column(name = "effective_on")
    public LocalDate effectiveOn;
    public String source;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "recorded_at", insertable = false, updatable = false)
    public Instant recordedAt;

    public static List<ParkArea> historyOf(long parkId) {
        return list("parkId = ?1 order by effectiveOn, kind", parkId);
    }

    /** The history of several parks at once, for list views. */
    public static List<ParkArea> historyOf(List<Long> parkIds) {
        return parkIds.isEmpty() ? List.of() : list("parkId in ?1 order by effectiveOn, kind", parkIds);
    }
}
