package org.chuanyu.parks.divisions;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One entry of the append-only log of what happened to a code, and who recorded it. */
@Entity
@Table(name = "division_change")
public class DivisionChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;
    @Enumerated(EnumType.STRING)
    public ChangeKind kind;
    @Column(name = "effective_on")
    public LocalDate effectiveOn;
    public String[] towns;
    public String document;
    public String note;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "recorded_by_province")
    public String recordedByProvince;
    @Column(name = "recorded_at")
    public Instant recordedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "division_successor", joinColumns = @JoinColumn(name = "change_id"))
    @Column(name = "successor_code")
    @OrderBy
    public List<String> successors = new ArrayList<>();
}
