package org.chuanyu.projects.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import org.chuanyu.jurisdiction.caller.CurrentCaller;
import org.chuanyu.jurisdiction.problem.Problem;
import org.chuanyu.jurisdiction.problem.ProblemException;
import org.chuanyu.jurisdiction.problem.ProblemType;
import org.chuanyu.jurisdiction.validation.RequestBodies;
import org.chuanyu.jurisdiction.validation.Violations;
import org.chuanyu.jurisdiction.time.BusinessClock;
import org.chuanyu.jurisdiction.web.BusinessDates;
import org.chuanyu.projects.registry.Project;
import org.chuanyu.projects.registry.ProjectRegistry;

import java.util.List;

/** Filing and reading progress reports; keeps the project's completed investment equal to what counts. */
@ApplicationScoped
@Transactional
public class ProgressDesk {

    @Inject
    BusinessClock businessClock;

    @Inject
    ProjectRegistry registry;
    @Inject
    CurrentCaller caller;
    @Inject
    Validator validator;

    public ProgressReportView file(String projectCode, ProgressReportDraft draft) {
        Project project = registry.requireWritable(projectCode);
        RequestBodies.requireValid(validator, draft, "the progress report");
        Violations errors = new Violations();
        if (draft.periodEnd().isBefore(draft.periodStart())) {
            errors.add("periodEnd", "is before periodStart");
        }
        if (draft.periodStart().isAfter(businessClock.today())) {
            errors.add("periodStart", "is in the future");
        }
        errors.throwIfAny();
        // One filer at a time per project: the sum and the cumulative check must see every earlier report.
        Project.getEntityManager().lock(project, LockModeType.PESSIMISTIC_WRITE);
        ProgressReport corrected = null;
        if (draft.corrects() != null) {
            corrected = ProgressReport.<ProgressReport>find("id = ?1 and projectId = ?2", draft.corrects(), project.id)
                    .firstResultOptional()
                    .orElseThrow(() -> ProblemException.invalid("corrects", "is not a report of this project"));
            if (corrected.corrected) {
                throw ProblemException.conflict("Report " + corrected.id + " was already corrected; correct the latest correction");
            }
            if (!corrected.periodStart.equals(draft.periodStart()) || !corrected.periodEnd.equals(draft.periodEnd())) {
                throw ProblemException.invalid("periodStart", "must be the corrected report's period ("
                        + corrected.periodStart + " – " + corrected.periodEnd + ")");
            }
        }
        List<ProgressLedger.Entry> counting = ProgressReport.<ProgressReport>list("projectId = ?1 and corrected = false", project.id)
                .stream().map(r -> new ProgressLedger.Entry(r.id, r.completedInPeriod, r.cumulative)).toList();
        ProgressLedger.Outcome outcome = ProgressLedger.file(counting, draft.corrects(), draft.completedInPeriod(), draft.cumulative());
        if (!outcome.accepted()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "1 field is invalid",
                    List.of(new Problem.FieldViolation(outcome.field().get(), outcome.problem())));
        }
        if (corrected != null) {
            corrected.corrected = true;
        }
        ProgressReport r = new ProgressReport();
        r.projectId = project.id;
        r.cadence = draft.cadence();
        r.periodStart = draft.periodStart();
        r.periodEnd = draft.periodEnd();
        r.completedInPeriod = draft.completedInPeriod();
        r.cumulative = draft.cumulative() != null ? draft.cumulative() : outcome.sum();
        r.narrative = draft.narrative();
        r.reporter = caller.require().username();
        r.correctsId = draft.corrects();
        r.province = project.province;
        r.district = project.district;
        r.zone = project.zone;
        r.persist();
        project.completedInvestment = outcome.sum();
        project.updatedAt = businessClock.now();
        ProgressReport.flush();
        ProgressReport.getEntityManager().refresh(r);
        return view(r);
    }

    public List<ProgressReportView> ofProject(String projectCode) {
        Project project = registry.requireVisible(projectCode);
        return ProgressReport.<ProgressReport>list("projectId = ?1 order by id", project.id).stream().map(ProgressDesk::view).toList();
    }

    private static ProgressReportView view(ProgressReport r) {
        return new ProgressReportView(r.id, r.cadence, r.periodStart, r.periodEnd, r.completedInPeriod, r.cumulative,
                ProjectRegistry.CURRENCY, r.narrative, r.reporter, BusinessDates.at(r.reportedAt), r.correctsId, !r.corrected);
    }
}
