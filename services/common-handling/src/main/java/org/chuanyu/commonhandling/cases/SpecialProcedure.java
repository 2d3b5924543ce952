package org.chuanyu.commonhandling.cases;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.List;

/**
 * A special procedure (行政许可法 art. 45: hearing, inspection, testing, quarantine, appraisal, expert review): the
 * decision's clock stands still from {@code fromDate} through {@code untilDate}, both days included.
 */
@Entity
@Table(name = "case_special_procedure")
public class SpecialProcedure extends PanacheEntityBase {

    public enum Kind { HEARING, INSPECTION, TESTING, QUARANTINE, APPRAISAL, EXPERT_REVIEW }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "case_id")
    public Long caseId;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    public String reason;
    @Column(name = "from_date")
    public LocalDate fromDate;
    @Column(name = "until_date")
    public LocalDate untilDate;
    @Column(name = "started_by")
    public String startedBy;
    @Column(name = "ended_by")
    public String endedBy;

    public static List<SpecialProcedure> of(long caseId) {
        return list("caseId = ?1 order by fromDate, id", caseId);
    }

    public boolean running() {
        return untilDate == null;
    }

    public CaseClock.Pause asPause() {
        return new CaseClock.Pause(fromDate, untilDate);
    }
}
