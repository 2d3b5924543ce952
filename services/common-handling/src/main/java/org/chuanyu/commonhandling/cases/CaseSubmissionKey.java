package org.chuanyu.commonhandling.cases;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Optional;

/** An Idempotency-Key a caller used, the request it came with, and the case it created. */
@Entity
@Table(name = "case_submission_key")
@IdClass(CaseSubmissionKey.Id.class)
public class CaseSubmissionKey extends PanacheEntityBase {

    /** Composite key: the caller (realm/client or realm/user) and its key. */
    public record Id(String caller, String key) implements Serializable {
        public Id() {
            this(null, null);
        }
    }

    @jakarta.persistence.Id
    public String caller;
    @jakarta.persistence.Id
    public String key;
    @Column(name = "request_hash")
    public String requestHash;
    @Column(name = "case_number")
    public String caseNumber;

    static Optional<CaseSubmissionKey> find(String caller, String key) {
        return find("caller = ?1 and key = ?2", caller, key).firstResultOptional();
    }

    static void remember(String caller, String key, String requestHash, String caseNumber) {
        CaseSubmissionKey k = new CaseSubmissionKey();
        k.caller = caller;
        k.key = key;
        k.requestHash = requestHash;
        k.caseNumber = caseNumber;
        k.persist();
    }
}
