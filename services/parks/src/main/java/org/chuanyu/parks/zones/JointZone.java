package org.chuanyu.parks.zones;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A joint zone as both provinces last agreed it. Its member divisions are effective-dated
 * ({@link ZoneMember}); everything here changes only when a {@link ZoneChange} is approved by
 * both provinces. The version is the zone's ETag.
 */
@Entity
@Table(name = "joint_zone")
public class JointZone extends PanacheEntityBase {

    @Id
    public String code;
    public String name;
    @Column(name = "name_en")
    public String nameEn;
    /** Null while no revenue-sharing rule is recorded. */
    @Column(name = "existing_revenue")
    @Enumerated(EnumType.STRING)
    public ExistingRevenue existingRevenue;

    @Version
    public long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "joint_zone_side", joinColumns = @JoinColumn(name = "zone"))
    @OrderBy("province")
    public List<Side> sides = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "joint_zone_document", joinColumns = @JoinColumn(name = "zone"))
    @OrderBy("position")
    public List<Document> documents = new ArrayList<>();

    /** What one province contributes to the zone. */
    @Embeddable
    public static class Side {
        public String province;
        @Column(name = "seconded_staff")
        public Integer secondedStaff;
        /** Percent of new revenue that goes to this province. */
        @Column(name = "new_revenue_share")
        public BigDecimal newRevenueShare;
    }

    /** A government document approving or defining the zone. */
    @Embeddable
    public static class Document {
        public int position;
        public String title;
        public String number;
        public String issuer;
        @Column(name = "issued_on")
        public LocalDate issuedOn;
    }
}
