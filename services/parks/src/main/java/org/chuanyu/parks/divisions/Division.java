package org.chuanyu.parks.divisions;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A GB/T 2260 code as the registry knows it. What it was called, and under which parent, lives in
 * its {@link DivisionPeriod}s; what happened to it, in its {@link DivisionChange}s. The version
 * counts recorded changes and is the division's ETag.
 */
@Entity
@Table(name = "division")
public class Division extends PanacheEntityBase {

    @Id
    public String code;

    /** Realm name of the province the code belongs to; computed by the database from the code. */
    @Column(insertable = false, updatable = false)
    public String province;

    @Version
    public long version;

    public DivisionLevel level() {
        return DivisionLevel.of(code);
    }
}
