package org.chuanyu.parks.registry;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.chuanyu.jurisdiction.caller.Province;
import org.chuanyu.jurisdiction.scope.RecordScope;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Optional;

/** A park: a scoped record of the registry (province, district, optional joint zone). */
@Entity
@Table(name = "park")
public class Park extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;
    public String name;
    @Column(name = "name_en")
    public String nameEn;
    /** Realm name of the owning province: {@code sichuan} or {@code chongqing}. */
    public String province;
    public String district;
    public String zone;

    @Enumerated(EnumType.STRING)
    public ParkKind kind = ParkKind.OTHER;
    @Enumerated(EnumType.STRING)
    public ParkLevel level = ParkLevel.MUNICIPAL;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] industries = new String[0];
    /** GeoJSON text, validated before it is stored. */
    @ColumnTransformer(write = "?::jsonb")
    public String boundary;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    public RecordScope scope() {
        return RecordScope.of(Province.ofRealm(province).orElseThrow(), district, zone);
    }

    /** The park with this code if it exists and the current transaction's scope can read it. */
    public static Optional<Park> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
