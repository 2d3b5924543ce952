package org.chuanyu.parks.designation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.List;

/** A designation a park holds, e.g. 产业合作示范园区 (first batch, 2020). */
@Entity
@Table(name = "park_designation")
public class ParkDesignation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "park_id")
    public Long parkId;
    public String name;
    public Integer batch;
    public int year;
    public String issuer;

    public static List<ParkDesignation> of(List<Long> parkIds) {
        return parkIds.isEmpty() ? List.of() : list("parkId in ?1 order by year, name", parkIds);
    }
}
