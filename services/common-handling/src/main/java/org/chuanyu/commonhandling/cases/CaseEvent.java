package org.chuanyu.commonhandling.cases;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/** One entry of a case's append-only timeline; {@code mac} chains it to the entry before. */
@Entity
@Table(name = "case_event")
public class CaseEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "case_id")
    public Long caseId;
    public int seq;
    public Instant at;
    public String actor;
    public String realm;
    public String role;
    public String action;
    @Column(name = "from_status")
    public String fromStatus;
    @Column(name = "to_status")
    public String toStatus;
    public String comment;
    @Column(name = "request_id")
    public String requestId;
    /** The key {@code mac} was made with (its id, never the key). */
    @Column(name = "key_id")
    public String keyId;
    public String mac;

    public static List<CaseEvent> of(long caseId) {
        return list("caseId = ?1 order by seq", caseId);
    }
}
