package org.chuanyu.projects.registry;

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
import org.chuanyu.projects.lifecycle.Stage;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** An investment project: a scoped record whose scope is its destination park's. */
@Entity
@Table(name = "project")
public class Project extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;
    public String name;
    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "investor_name")
    public String investorName;
    @Column(name = "investor_credit_code")
    public String investorCreditCode;
    @Column(name = "investor_origin")
    public String investorOrigin;
    @Enumerated(EnumType.STRING)
    @Column(name = "source_region")
    public SourceRegion sourceRegion;

    public String industry;
    @Column(name = "park_code")
    public String parkCode;
    /** Realm name of the province: {@code sichuan} or {@code chongqing}. */
    public String province;
    public String district;
    public String zone;

    @Column(name = "planned_investment")
    public BigDecimal plannedInvestment;
    /** Sum of the progress reports that count (uncorrected); kept by the progress desk. */
    @Column(name = "completed_investment")
    public BigDecimal completedInvestment = BigDecimal.ZERO;
    /** Planned investment per calendar year ("2026" → CNY), the yardstick of the red/black list. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "annual_plans")
    public Map<String, BigDecimal> annualPlans = new TreeMap<>();

    public String leader;
    @Column(name = "task_force")
    public String taskForce;
    @Column(name = "transferred_from_east")
    public boolean transferredFromEast;
    @Enumerated(EnumType.STRING)
    @Column(name = "key_level")
    public KeyLevel keyLevel = KeyLevel.NONE;

    @Enumerated(EnumType.STRING)
    public Stage stage = Stage.LEAD;
    /** The lifecycle stage a suspended project was in; null unless suspended. */
    @Enumerated(EnumType.STRING)
    @Column(name = "suspended_from")
    public Stage suspendedFrom;
    @Column(name = "stage_reason")
    public String stageReason;
    /** Planned and actual dates by stage name. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Milestone> milestones = new TreeMap<>();

    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at", updatable = false)
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    public RecordScope scope() {
        return RecordScope.of(Province.ofRealm(province).orElseThrow(), district, zone);
    }

    public Milestone milestone(Stage stage) {
        return milestones.getOrDefault(stage.name(), new Milestone(null, null));
    }

    /** The project with this code if it exists and the current transaction's scope can read it. */
    public static Optional<Project> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
