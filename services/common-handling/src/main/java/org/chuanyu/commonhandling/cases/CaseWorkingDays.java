package org.chuanyu.commonhandling.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.chuanyu.jurisdiction.time.BusinessClock;
import org.chuanyu.jurisdiction.web.BusinessDates;

import java.util.List;

/**
 * Whose days were they, for one case: its timeline's status changes, supplement pauses and special procedures handed
 * to {@link WorkingDaysAccount}, through today. A case that ends keeps its account (columns {@code wd_*}), which the
 * statistics per pair of districts add up.
 */
@ApplicationScoped
public class CaseWorkingDays {

    @Inject
    CaseClock clock;
    @Inject
    BusinessClock businessClock;

    public WorkingDaysAccount.Parts of(CaseFile c) {
        List<WorkingDaysAccount.Change> changes = CaseEvent.of(c.id).stream()
                .filter(e -> e.fromStatus != null && !e.fromStatus.equals(e.toStatus))
                .map(e -> new WorkingDaysAccount.Change(BusinessDates.at(e.at).toLocalDate(), CaseStatus.valueOf(e.toStatus)))
                .toList();
        List<WorkingDaysAccount.Stretch> supplements = CasePause.of(c.id).stream()
                .map(p -> new WorkingDaysAccount.Stretch(p.fromDate, p.untilDate)).toList();
        List<WorkingDaysAccount.Stretch> procedures = SpecialProcedure.of(c.id).stream()
                .map(p -> new WorkingDaysAccount.Stretch(p.fromDate, p.untilDate)).toList();
        return WorkingDaysAccount.of(BusinessDates.at(c.submittedAt).toLocalDate(), changes, supplements, procedures,
                businessClock.today(), c.crossDistrict(), clock::isWorkingDay);
    }

    /** Keeps the account of a case that has just ended. */
    void keep(CaseFile c) {
        WorkingDaysAccount.Parts parts = of(c);
        c.wdAccepting = parts.accepting();
        c.wdHandling = parts.handling();
        c.wdApplicant = parts.applicant();
        c.wdSpecialProcedure = parts.specialProcedure();
        c.wdDelivery = parts.delivery();
    }

    static CaseApi.WorkingDays view(WorkingDaysAccount.Parts parts) {
        return new CaseApi.WorkingDays(parts.accepting(), parts.handling(), parts.applicant(), parts.specialProcedure(),
                parts.delivery());
    }
}
