package org.chuanyu.commonhandling.cases;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.List;

/** A supplement request (补正): the clock stands still from {@code fromDate} until the material arrives. */
@Entity
@Table(name = "case_pause")
public class CasePause extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "case_id")
    public Long caseId;
    @Column(name = "from_date")
    public LocalDate fromDate;
    @Column(name = "until_date")
    public LocalDate untilDate;
    public String materials;
    @Column(name = "due_date")
    public LocalDate dueDate;

    public static List<CasePause> of(long caseId) {
        return list("caseId = ?1 order by fromDate, id", caseId);
    }

    public CaseClock.Pause asPause() {
        return new CaseClock.Pause(fromDate, untilDate);
    }
}
