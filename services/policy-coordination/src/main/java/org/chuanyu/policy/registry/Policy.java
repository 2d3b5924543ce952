package org.chuanyu.policy.registry;

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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A policy as stored: its current content (also kept as {@link PolicyVersion}s), who issued it, and
 * where it stands. Applicability lives in array columns so lists can filter on it; benefits as JSON.
 */
@Entity
@Table(name = "policy")
public class Policy extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "issuing_province")
    public String issuingProvince;
    public String department;
    @Column(name = "document_number")
    public String documentNumber;
    public String title;
    @Column(name = "title_en")
    public String titleEn;
    @Enumerated(EnumType.STRING)
    public PolicyKind kind;
    public boolean joint;
    @Enumerated(EnumType.STRING)
    public PolicyStatus status;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "valid_to")
    public LocalDate validTo;
    public String body;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Benefit> benefits = new ArrayList<>();

    @Column(name = "app_provinces")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] appProvinces = new String[0];
    @Column(name = "app_districts")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] appDistricts = new String[0];
    @Column(name = "app_zones")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] appZones = new String[0];
    @Column(name = "app_parks")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] appParks = new String[0];
    @Column(name = "app_industries")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] appIndustries = new String[0];
    @Column(name = "app_stages")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] appStages = new String[0];
    @Column(name = "min_investment")
    public BigDecimal minInvestment;

    @Column(name = "current_version")
    public int currentVersion;
    @Column(name = "search_terms")
    public String searchTerms;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    @Column(name = "row_version")
    public long rowVersion;

    public Province issuer() {
        return Province.ofRealm(issuingProvince).orElseThrow();
    }
}
