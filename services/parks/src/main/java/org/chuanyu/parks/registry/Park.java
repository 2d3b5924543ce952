package org.chuanyu.parks.registry;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.chuanyu.jurisdiction.caller.Province;
import org.chuanyu.jurisdiction.scope.RecordScope;

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

    @Version
    public long version;

    public RecordScope scope() {
        return RecordScope.of(Province.ofRealm(province).orElseThrow(), district, zone);
    }
}
