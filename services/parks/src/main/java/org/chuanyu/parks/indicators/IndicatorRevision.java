package org.chuanyu.parks.indicators;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A state of a park's year that an amendment replaced: its figures, source, reporter and version,
 * and who replaced it when. Written once, never changed.
 */
@Entity
@Table(name = "park_indicator_revision")
public class IndicatorRevision extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indicator_id")
    public ParkIndicator indicator;

    /** The park's id, kept on the row so row-level security decides without joining the indicator. */
    @Column(name = "park_id")
    public Long parkId;

    /** The version the replaced state had (its ETag). */
    public long version;

    @Embedded
    public IndicatorValues values;

    public String source;
    @Column(name = "reported_by")
    public String reportedBy;
    @Column(name = "reported_at")
    public Instant reportedAt;

    @Column(name = "amended_by")
    public String amendedBy;
    @Column(name = "amended_at")
    public Instant amendedAt;

    /** Keeps the indicator's current state before an amendment replaces it. */
    static IndicatorRevision keep(ParkIndicator current, String amendedBy, Instant amendedAt) {
        IndicatorRevision revision = new IndicatorRevision();
        revision.indicator = current;
        revision.parkId = current.park.id;
        revision.version = current.version;
        revision.values = current.values.copy();
        revision.source = current.source;
        revision.reportedBy = current.reportedBy;
        revision.reportedAt = current.reportedAt;
        revision.amendedBy = amendedBy;
        revision.amendedAt = amendedAt;
        revision.persist();
        return revision;
    }
}
