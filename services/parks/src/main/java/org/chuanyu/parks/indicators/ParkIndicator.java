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
import jakarta.persistence.Version;
import org.chuanyu.parks.registry.Park;

import java.time.Instant;
import java.util.Optional;

/**
 * One park's figures for one business year: the current state. Every amendment first writes the
 * state it replaces to {@link IndicatorRevision}; once a reviewer locks the year it no longer changes.
 * Its scope is its park's.
 */
@Entity
@Table(name = "park_indicator")
public class ParkIndicator extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "park_id")
    public Park park;

    @Column(name = "year")
    public int year;

    @Embedded
    public IndicatorValues values;

    public String source;
    @Column(name = "reported_by")
    public String reportedBy;
    @Column(name = "reported_at")
    public Instant reportedAt;

    @Column(name = "locked_by")
    public String lockedBy;
    @Column(name = "locked_at")
    public Instant lockedAt;

    @Version
    public long version;

    /** A first report of the year. */
    public static ParkIndicator report(Park park, int year, IndicatorValues values, String source,
                                       String reportedBy, Instant reportedAt) {
        ParkIndicator indicator = new ParkIndicator();
        indicator.park = park;
        indicator.year = year;
        indicator.values = values;
        indicator.source = source;
        indicator.reportedBy = reportedBy;
        indicator.reportedAt = reportedAt;
        indicator.persist();
        return indicator;
    }

    public static Optional<ParkIndicator> of(Park park, int year) {
        return find("park = ?1 and year = ?2", park, year).firstResultOptional();
    }

    public boolean isLocked() {
        return lockedAt != null;
    }

    /**
     * Replaces the figures and source, keeping the replaced state as a revision. Nothing happens
     * (no revision, same version) when the new report says exactly what the current one does.
     *
     * @return whether anything changed
     */
    public boolean amend(IndicatorValues newValues, String newSource, String amendedBy, Instant amendedAt) {
        if (values.sameAs(newValues) && source.equals(newSource)) {
            return false;
        }
        IndicatorRevision.keep(this, amendedBy, amendedAt);
        values = newValues;
        source = newSource;
        reportedBy = amendedBy;
        reportedAt = amendedAt;
        return true;
    }

    /** Closes the year to amendments after review; the caller has checked it is not locked yet. */
    public void lock(String lockedBy, Instant lockedAt) {
        this.lockedBy = lockedBy;
        this.lockedAt = lockedAt;
    }
}
