package org.chuanyu.parks.divisions;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * The name and parent a code had from {@code validFrom} (inclusive) until {@code validTo}
 * (exclusive; null while still valid). Periods of one code never overlap (the database enforces it).
 */
@Entity
@Table(name = "division_period")
public class DivisionPeriod extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;
    public String name;
    @Column(name = "name_en")
    public String nameEn;
    @Column(name = "parent_code")
    public String parentCode;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "valid_to")
    public LocalDate validTo;

    public boolean isOpen() {
        return validTo == null;
    }
}
