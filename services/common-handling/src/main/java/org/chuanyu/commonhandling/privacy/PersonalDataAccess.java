package org.chuanyu.commonhandling.privacy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/** One answer that showed a case's personal data unmasked: who, when, which case, which fields (never their values). */
@Entity
@Table(name = "personal_data_access")
public class PersonalDataAccess extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Instant at;
    /** A person's user name, or an external system's client id. */
    public String actor;
    public String realm;
    @Column(name = "case_id")
    public Long caseId;
    @Column(name = "case_number")
    public String caseNumber;
    @Column(name = "accepting_province")
    public String acceptingProvince;
    @Column(name = "handling_province")
    public String handlingProvince;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] fields;
    @Column(name = "request_id")
    public String requestId;
}
