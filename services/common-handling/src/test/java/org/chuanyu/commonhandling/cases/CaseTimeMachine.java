package org.chuanyu.commonhandling.cases;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.chuanyu.jurisdiction.scope.CurrentScope;
import org.chuanyu.jurisdiction.web.BusinessDates;

import java.time.LocalDate;
import java.util.List;

/**
 * Test support: moves a case filed today back in time (its filing, acceptance and supplement
 * pauses) and counts its deadlines again, as the system would have when those dates were today.
 */
@ApplicationScoped
public class CaseTimeMachine {

    @Inject
    CurrentScope currentScope;
    @Inject
    CaseDesk desk;

    public void backdate(String number, LocalDate submitted, LocalDate accepted, List<CaseClock.Pause> pauses) {
        currentScope.asSystem(() -> QuarkusTransaction.requiringNew().call(() -> {
            CaseFile c = CaseFile.<CaseFile>find("number", number).singleResult();
            c.submittedAt = submitted.atTime(10, 0).atZone(BusinessDates.ZONE).toInstant();
            c.acceptedOn = accepted;
            for (CaseClock.Pause p : pauses) {
                CasePause pause = new CasePause();
                pause.caseId = c.id;
                pause.fromDate = p.from();
                pause.untilDate = p.until();
                pause.materials = "户口簿";
                pause.persist();
            }
            CasePause.flush();
            desk.recomputeDeadlines(c);
            return null;
        }));
    }
}
