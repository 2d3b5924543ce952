package org.chuanyu.commonhandling.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import org.chuanyu.jurisdiction.caller.Caller;
import org.chuanyu.jurisdiction.caller.CurrentCaller;
import org.chuanyu.jurisdiction.caller.Role;
import org.chuanyu.jurisdiction.problem.ProblemException;
import org.chuanyu.jurisdiction.time.BusinessClock;
import org.chuanyu.jurisdiction.validation.RequestBodies;

import java.time.temporal.ChronoUnit;

/**
 * The handling side stops the decision's clock for a special procedure (art. 45) and asks once to extend it (art.
 * 42), which the handling province's admin decides. Checks in the platform's order: the case visible (404), the caller
 * on its handling side, or the deciding admin (403), the request valid (400), the case in a state that allows it (409,
 * {@link ClockStopRules}). Each step is on the timeline; the deadlines and the light follow.
 */
@ApplicationScoped
@Transactional
public class ClockStopDesk {

    static final String PROCEDURE_STARTED = "SPECIAL_PROCEDURE_STARTED";
    static final String PROCEDURE_ENDED = "SPECIAL_PROCEDURE_ENDED";
    static final String EXTENSION_REQUESTED = "EXTENSION_REQUESTED";
    static final String EXTENSION_APPROVED = "EXTENSION_APPROVED";
    static final String EXTENSION_REJECTED = "EXTENSION_REJECTED";

    @Inject
    CaseDesk cases;
    @Inject
    CaseViews views;
    @Inject
    CaseTimeline timeline;
    @Inject
    CaseSupervision supervision;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    BusinessClock businessClock;
    @Inject
    Validator validator;

    public ClockStopApi.Procedure startProcedure(String number, ClockStopApi.StartProcedure request) {
        CaseFile c = handledBy(number);
        RequestBodies.requireValid(validator, request, "a kind and a reason");
        boolean running = SpecialProcedure.of(c.id).stream().anyMatch(SpecialProcedure::running);
        refuseIf(ClockStopRules.procedureRefusal(c.status, running));
        Caller caller = currentCaller.require();
        SpecialProcedure p = new SpecialProcedure();
        p.caseId = c.id;
        p.kind = request.kind();
        p.reason = request.reason().strip();
        p.fromDate = businessClock.today();
        p.startedBy = caller.username();
        p.persist();
        timeline.append(c, caller, PROCEDURE_STARTED, c.status, c.status, p.kind + ": " + p.reason);
        supervision.update(c, p.kind + " started: the clock stands still");
        return ClockStopApi.Procedure.of(p);
    }

    public ClockStopApi.Procedure endProcedure(String number, String id) {
        CaseFile c = handledBy(number);
        SpecialProcedure p = SpecialProcedure.<SpecialProcedure>find("id = ?1 and caseId = ?2", idOf(id), c.id)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("Special procedure"));
        refuseIf(p.running() ? null : "This special procedure ended on " + p.untilDate);
        Caller caller = currentCaller.require();
        p.untilDate = businessClock.today();
        p.endedBy = caller.username();
        SpecialProcedure.flush();
        cases.recomputeDeadlines(c);
        timeline.append(c, caller, PROCEDURE_ENDED, c.status, c.status, p.kind + " from " + p.fromDate + " to "
                + p.untilDate);
        supervision.update(c, p.kind + " ended: the deadline moved by the days it ran");
        return ClockStopApi.Procedure.of(p);
    }

    public ClockStopApi.ExtensionView requestExtension(String number, ClockStopApi.RequestExtension request) {
        CaseFile c = handledBy(number);
        RequestBodies.requireValid(validator, request, "working days (1 to 10) and a reason");
        boolean askedOrGranted = Extension.of(c.id).stream().anyMatch(e -> e.status != Extension.Status.REJECTED);
        refuseIf(ClockStopRules.extensionRefusal(c.status, askedOrGranted));
        Caller caller = currentCaller.require();
        Extension e = new Extension();
        e.caseId = c.id;
        e.workingDays = request.workingDays();
        e.reason = request.reason().strip();
        e.status = Extension.Status.REQUESTED;
        e.requestedBy = caller.username();
        e.requestedAt = businessClock.now().truncatedTo(ChronoUnit.MICROS);
        e.persist();
        timeline.append(c, caller, EXTENSION_REQUESTED, c.status, c.status, e.workingDays + " working days: " + e.reason);
        return ClockStopApi.ExtensionView.of(e);
    }

    public ClockStopApi.ExtensionView decideExtension(String number, String id, ClockStopApi.DecideExtension request) {
        CaseFile c = cases.requireVisible(number);
        Caller caller = currentCaller.require();
        if (!ClockStopRules.decidesExtension(caller.has(Role.PROVINCE_ADMIN), caller.province().realm(),
                c.handlingProvince)) {
            throw ProblemException.forbidden("An extension is decided by a province-admin of the handling province");
        }
        Extension e = Extension.<Extension>find("id = ?1 and caseId = ?2", idOf(id), c.id).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Extension"));
        RequestBodies.requireValid(validator, request, "approve (true or false)");
        refuseIf(e.status == Extension.Status.REQUESTED ? null : "This extension was already " + e.status);
        refuseIf(ClockStopRules.extensionRefusal(c.status, false));
        e.status = request.approve() ? Extension.Status.APPROVED : Extension.Status.REJECTED;
        e.decidedBy = caller.username();
        e.decidedAt = businessClock.now().truncatedTo(ChronoUnit.MICROS);
        String comment = e.workingDays + " working days" + (request.comment() == null || request.comment().isBlank()
                ? "" : ": " + request.comment().strip());
        if (request.approve()) {
            c.extensionDays = e.workingDays;
            cases.recomputeDeadlines(c);
            timeline.append(c, caller, EXTENSION_APPROVED, c.status, c.status, comment);
            supervision.update(c, "an extension of " + e.workingDays + " working days was approved");
        } else {
            timeline.append(c, caller, EXTENSION_REJECTED, c.status, c.status, comment);
        }
        return ClockStopApi.ExtensionView.of(e);
    }

    /** The case, visible (404) and on the caller's handling side (403). */
    private CaseFile handledBy(String number) {
        CaseFile c = cases.requireVisible(number);
        if (!views.sidesOf(c).contains(CaseSide.HANDLING)) {
            throw ProblemException.forbidden("Only the handling side stops or extends the decision's clock");
        }
        return c;
    }

    /** An id no record can have (not a whole number) finds nothing, as a missing one does: -1. */
    private static long idOf(String raw) {
        try {
            return raw == null ? -1 : Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void refuseIf(String refusal) {
        if (refusal != null) {
            throw ProblemException.conflict(refusal);
        }
    }
}
