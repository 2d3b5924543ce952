package org.chuanyu.commonhandling.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import org.chuanyu.jurisdiction.caller.Caller;
import org.chuanyu.jurisdiction.caller.CurrentCaller;
import org.chuanyu.jurisdiction.caller.Province;
import org.chuanyu.jurisdiction.caller.Role;
import org.chuanyu.jurisdiction.identifiers.ResidentIdNumber;
import org.chuanyu.jurisdiction.identifiers.UnifiedSocialCreditCode;
import org.chuanyu.jurisdiction.problem.ProblemException;
import org.chuanyu.jurisdiction.problem.ProblemType;
import org.chuanyu.jurisdiction.scope.AccessRules;
import org.chuanyu.jurisdiction.scope.CurrentScope;
import org.chuanyu.jurisdiction.scope.RecordScope;
import org.chuanyu.jurisdiction.scope.Scope;
import org.chuanyu.jurisdiction.time.BusinessClock;
import org.chuanyu.jurisdiction.validation.RequestBodies;
import org.chuanyu.jurisdiction.validation.Violations;
import org.chuanyu.jurisdiction.web.BusinessDates;
import org.chuanyu.jurisdiction.web.ETags;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cases from intake to delivery. Every operation runs in a transaction (row-level security) and
 * follows the platform's order of checks: visible (404), allowed to act (403), valid (400),
 * current version (428/412), allowed by the lifecycle now (409, listing what is allowed).
 */
@ApplicationScoped
@Transactional
public class CaseDesk {

    @Inject
    BusinessClock businessClock;
    @Inject
    CaseMeters meters;

    @Inject
    CurrentCaller currentCaller;
    @Inject
    CurrentScope currentScope;
    @Inject
    Validator validator;
    @Inject
    ObjectMapper json;
    @Inject
    CaseItems items;
    @Inject
    CaseClock clock;
    @Inject
    CaseNumbers numbers;
    @Inject
    CaseTimeline timeline;
    @Inject
    CaseViews views;
    @Inject
    CaseSupervision supervision;
    @Inject
    CaseWorkingDays workingDays;
    @ConfigProperty(name = "common-handling.intake.deemed-accepted-after")
    int deemedAcceptedAfter;
    @ConfigProperty(name = "common-handling.delivery.working-days")
    int deliveryDays;

    /** A case as filed, and whether it was filed by an earlier request with the same Idempotency-Key. */
    public record Filed(CaseApi.View view, boolean replayed) {
    }

    public Filed submit(CaseApi.Submission submission, String idempotencyKey) {
        Caller caller = currentCaller.require();
        Scope scope = currentScope.get();
        RequestBodies.requireValid(validator, submission, "item, applicant, accepting and handling districts");
        // One reading of the clock: the case's number year, its submission time and the day its clock
        // starts must agree, even for a case filed in the last second of a year.
        Instant submittedAt = businessClock.now();
        LocalDate today = BusinessDates.at(submittedAt).toLocalDate();
        Violations errors = new Violations();
        Province accepting = Province.ofDivision(submission.acceptingDistrict()).orElse(null);
        Province handling = Province.ofDivision(submission.handlingDistrict()).orElse(null);
        if (accepting == null) {
            errors.add("acceptingDistrict", "is not a division of Sichuan (51…) or Chongqing (50…)");
        }
        if (handling == null) {
            errors.add("handlingDistrict", "is not a division of Sichuan (51…) or Chongqing (50…)");
        }
        String problem = submission.applicant().kind() == CaseFile.ApplicantKind.PERSON
                ? ResidentIdNumber.parse(submission.applicant().idNumber(), today).problem()
                : UnifiedSocialCreditCode.parse(submission.applicant().idNumber()).problem();
        if (problem != null) {
            errors.add("applicant.idNumber", problem);
        }
        CaseItems.Terms terms = items.inForce(submission.itemCode(), today).orElse(null);
        if (terms == null) {
            errors.add("itemCode", "is not an item in force in the catalogue (see GET /api/common-handling/items)");
        }
        String keyProblem = IdempotencyKeys.problem(idempotencyKey);
        if (keyProblem != null) {
            errors.add("Idempotency-Key", keyProblem);
        }
        errors.throwIfAny();

        boolean external = caller.has(Role.EXTERNAL_SYSTEM);
        String submitter = external ? caller.clientId() : null;
        AccessRules.requireCreatable(scope, "Case",
                new RecordScope(accepting, submission.acceptingDistrict(), null, submitter));

        String requestHash = hash(submission);
        if (idempotencyKey != null) {
            var earlier = CaseSubmissionKey.find(callerKey(caller), idempotencyKey);
            if (earlier.isPresent()) {
                if (!earlier.get().requestHash.equals(requestHash)) {
                    throw new ProblemException(ProblemType.UNPROCESSABLE,
                            "This Idempotency-Key was used for a different submission");
                }
                meters.replayed();
                return new Filed(views.view(requireVisible(earlier.get().caseNumber)), true);
            }
        }

        CaseFile c = new CaseFile();
        c.number = numbers.next(accepting, today.getYear());
        c.itemCode = terms.itemCode();
        c.itemVersion = terms.version();
        c.applicantKind = submission.applicant().kind();
        c.applicantName = submission.applicant().name().trim();
        c.applicantId = submission.applicant().idNumber().trim().toUpperCase();
        c.applicantContact = submission.applicant().contact();
        c.acceptingProvince = accepting.realm();
        c.acceptingDistrict = submission.acceptingDistrict();
        c.acceptingWindow = submission.acceptingWindow();
        c.handlingProvince = handling.realm();
        c.handlingDistrict = submission.handlingDistrict();
        c.handlingDepartment = submission.handlingDepartment();
        c.channel = external ? CaseFile.Channel.EXTERNAL_SYSTEM : CaseFile.Channel.WINDOW;
        c.submitter = submitter;
        c.status = CaseStatus.SUBMITTED;
        c.submittedAt = submittedAt;
        c.materials = submission.materials() == null ? new ArrayList<>() : new ArrayList<>(submission.materials());
        CaseClock.Due due = clock.due(today, terms.acceptanceDays(), List.of());
        c.acceptanceDue = due.at();
        c.deadlineProvisional = due.provisional();
        c.nextDue = c.acceptanceDue;
        c.deemedAcceptedAt = clock.due(today, deemedAcceptedAfter, List.of()).at();
        c.persist();
        timeline.append(c, caller, "SUBMIT", null, CaseStatus.SUBMITTED, null);
        supervision.update(c, "submitted");
        if (idempotencyKey != null) {
            CaseSubmissionKey.remember(callerKey(caller), idempotencyKey, requestHash, c.number);
        }
        CaseFile.flush();
        meters.reached(c, CaseMeters.Milestone.SUBMITTED);
        return new Filed(views.view(c), false);
    }

    public CaseApi.View get(String number) {
        return views.view(requireVisible(number));
    }

    public CaseApi.View transition(String number, CaseApi.Transition request, String ifMatch) {
        CaseFile c = requireVisible(number);
        Set<CaseSide> sides = views.sidesOf(c);
        if (sides.isEmpty()) {
            throw ProblemException.forbidden("You may read this case but not act on it");
        }
        RequestBodies.requireValid(validator, request, "an action");
        Violations errors = new Violations();
        if ((request.action() == CaseAction.REJECT_AT_INTAKE || request.action() == CaseAction.DENY) && blank(request.reason())) {
            errors.add("reason", "is required to " + request.action().name().toLowerCase().replace('_', ' '));
        }
        if ((request.action() == CaseAction.APPROVE || request.action() == CaseAction.DENY) && blank(request.decisionReference())) {
            errors.add("decisionReference", "is required for a decision");
        }
        if (request.action() == CaseAction.REQUEST_SUPPLEMENT && (request.materials() == null || request.materials().isEmpty())) {
            errors.add("materials", "must list what is to be supplemented");
        }
        errors.throwIfAny();
        ETags.requireMatch(ifMatch, c.version);
        requireLawful(c, sides, request.action());
        apply(c, request);
        CaseFile.flush();
        CaseMeters.Milestone milestone = CaseMeters.of(request.action());
        if (milestone != null) {
            meters.reached(c, milestone);
        }
        return views.view(c);
    }

    public List<CaseApi.Event> events(String number) {
        CaseFile c = requireVisible(number);
        return CaseEvent.of(c.id).stream().map(e -> new CaseApi.Event(e.seq, e.at, e.actor, e.realm, e.role, e.action,
                e.fromStatus, e.toStatus, e.comment, e.requestId)).toList();
    }

    public CaseApi.Verification verify(String number) {
        return timeline.verify(requireVisible(number));
    }

    /**
     * 409 unless the lifecycle allows the action now for the caller's sides and the Administrative Licensing Law does
     * too: nothing at intake once the law has accepted the case (art. 32), materials asked for once at intake (art.
     * 32), no decision while a special procedure runs (art. 45).
     */
    private void requireLawful(CaseFile c, Set<CaseSide> sides, CaseAction action) {
        if (IntakeRules.deemedAccepted(c.status, c.deemedAcceptedAt, businessClock.now())) {
            // The law acted before this request: the platform records it at its next scan, then the case goes on.
            throw ProblemException.conflict("Five working days have passed since the materials were received: the case "
                    + "is accepted by law as of that day (行政许可法 art. 32); the platform records it within "
                    + "a minute, then act on the accepted case");
        }
        Set<CaseAction> allowed = CaseLifecycle.allowed(c.status, sides, c.crossDistrict());
        if (!allowed.contains(action)) {
            throw ProblemException.conflict(action + " is not possible while the case is " + c.status
                    + "; you may now: " + (allowed.isEmpty() ? "nothing" : allowed));
        }
        String refusal = null;
        if (action == CaseAction.APPROVE || action == CaseAction.DENY) {
            refusal = ClockStopRules.decisionRefusal(SpecialProcedure.of(c.id).stream().anyMatch(SpecialProcedure::running));
        } else if (action == CaseAction.REQUEST_SUPPLEMENT && c.status == CaseStatus.SUBMITTED) {
            // Before acceptance every pause was asked for at intake.
            refusal = IntakeRules.supplementRefusal(!CasePause.of(c.id).isEmpty(), c.deemedAcceptedAt, businessClock.now());
        }
        if (refusal != null) {
            throw ProblemException.conflict(refusal);
        }
    }

    /** The case, or 404 when it does not exist or lies outside both of the caller's views of it. */
    public CaseFile requireVisible(String number) {
        CaseFile c = CaseFile.<CaseFile>find("number", number).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Case"));
        AccessRules.requireReadable(currentScope.get(), "Case", c.acceptingScope(), c.handlingScope());
        return c;
    }

    private void apply(CaseFile c, CaseApi.Transition request) {
        Caller caller = currentCaller.require();
        Instant now = businessClock.now();
        LocalDate today = BusinessDates.at(now).toLocalDate();
        CaseStatus from = c.status;
        CaseStatus to = CaseLifecycle.next(from, request.action(), java.util.Optional.ofNullable(c.resumeStatus));
        switch (request.action()) {
            case ACCEPT -> {
                c.acceptedOn = today;
                CaseItems.Terms terms = items.version(c.itemCode, c.itemVersion)
                        .orElseThrow(() -> new IllegalStateException("item version of " + c.number + " vanished"));
                CaseClock.Due due = clock.due(today, terms.decisionDays(), List.of());
                c.decisionDue = due.at();
                c.deadlineProvisional = due.provisional();
            }
            case REQUEST_SUPPLEMENT -> {
                c.resumeStatus = from;
                CasePause pause = new CasePause();
                pause.caseId = c.id;
                pause.fromDate = today;
                pause.materials = String.join("; ", request.materials());
                pause.dueDate = request.supplementDue();
                pause.persist();
            }
            case SUPPLEMENT_ARRIVED -> {
                c.resumeStatus = null;
                CasePause.<CasePause>list("caseId = ?1 and untilDate is null", c.id).forEach(p -> p.untilDate = today);
                recomputeDeadlines(c);
            }
            case APPROVE, DENY -> {
                // Microseconds, as the database keeps them (it rounds finer values): the seal covers what reads back.
                c.decidedAt = now.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
                c.deliveryDue = clock.due(today, deliveryDays, List.of()).at();
                c.decisionWorkingDays = clock.workingDaysTaken(c.acceptedOn, today, ClockStops.of(c.id).stream()
                        .filter(p -> !p.from().isBefore(c.acceptedOn)).toList());
            }
            default -> { }
        }
        c.status = to;
        if (to != CaseStatus.SUBMITTED) {
            c.deemedAcceptedAt = null;
        }
        c.nextDue = !to.awaitsDecision() ? null : c.decisionDue != null ? c.decisionDue : c.acceptanceDue;
        clearOverdueWhenDeadlineAhead(c);
        String comment = firstNonBlank(request.reason(), request.comment(), request.materials() == null ? null
                : String.join("; ", request.materials()));
        if (request.decisionReference() != null) {
            comment = (comment == null ? "" : comment + " ") + "[" + request.decisionReference() + "]";
        }
        timeline.append(c, caller, request.action().name(), from, to, comment);
        supervision.update(c, "after " + request.action().name());
        if (to.isFinal()) {
            workingDays.keep(c);
        }
    }

    /** Working days spent waiting for supplements do not count: recompute from the triggers with the pauses. */
    void recomputeDeadlines(CaseFile c) {
        List<CaseClock.Pause> pauses = ClockStops.of(c.id);
        CaseItems.Terms terms = items.version(c.itemCode, c.itemVersion)
                .orElseThrow(() -> new IllegalStateException("item version of " + c.number + " vanished"));
        LocalDate submitted = c.submittedAt.atZone(BusinessDates.ZONE).toLocalDate();
        CaseClock.Due acceptance = clock.due(submitted, terms.acceptanceDays(),
                pauses.stream().filter(p -> c.acceptedOn == null || p.from().isBefore(c.acceptedOn)).toList());
        c.acceptanceDue = acceptance.at();
        boolean provisional = acceptance.provisional();
        if (c.acceptedOn != null) {
            CaseClock.Due decision = clock.due(c.acceptedOn, terms.decisionDays() + c.extensionDays,
                    pauses.stream().filter(p -> !p.from().isBefore(c.acceptedOn)).toList());
            c.decisionDue = decision.at();
            provisional |= decision.provisional();
        }
        if (c.deemedAcceptedAt != null) {
            c.deemedAcceptedAt = clock.due(submitted, deemedAcceptedAfter, List.of()).at();
        }
        c.deadlineProvisional = provisional;
        if (c.nextDue != null) {
            c.nextDue = c.decisionDue != null ? c.decisionDue : c.acceptanceDue;
        }
        clearOverdueWhenDeadlineAhead(c);
    }

    /**
     * {@code overdue} says the deadline the case now runs against has passed. When that deadline
     * moves ahead (accepted, material arrived, calendar changed) or no longer applies (decided),
     * the flag drops; the timeline keeps the OVERDUE event of the deadline that was missed.
     */
    private void clearOverdueWhenDeadlineAhead(CaseFile c) {
        if (c.overdue && (c.nextDue == null || c.nextDue.isAfter(businessClock.now()))) {
            c.overdue = false;
        }
    }

    private static String callerKey(Caller caller) {
        return caller.province().realm() + "/" + (caller.has(Role.EXTERNAL_SYSTEM) ? caller.clientId() : caller.username());
    }

    private String hash(CaseApi.Submission submission) {
        try {
            byte[] canonical = json.writeValueAsBytes(submission);
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (!blank(v)) {
                return v;
            }
        }
        return null;
    }
}
