package org.chuanyu.parks.zones;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A division's membership of a zone from {@code validFrom} (inclusive) until {@code validTo}
 * (exclusive; null while it lasts), with the area it contributes and the towns concerned.
 */
@Entity
@Table(name = "joint_zone_member")
public class ZoneMember extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String zone;
    public String division;
    @Column(name = "area_km2")
    public BigDecimal areaKm2;
    public String[] towns;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "valid_to")
    public LocalDate validTo;
}
