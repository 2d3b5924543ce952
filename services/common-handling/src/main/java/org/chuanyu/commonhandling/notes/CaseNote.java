package org.chuanyu.commonhandling.notes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/** A staff note on a case, as stored: written once, never changed (the database has no policy that would let it). */
@Entity
@Table(name = "case_note")
public class CaseNote extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "case_id")
    public Long caseId;
    public Instant at;
    public String author;
    public String realm;
    public String role;
    public String text;

    static List<CaseNote> of(long caseId) {
        return list("caseId = ?1 order by id", caseId);
    }

    static long countOf(long caseId) {
        return count("caseId", caseId);
    }
}
