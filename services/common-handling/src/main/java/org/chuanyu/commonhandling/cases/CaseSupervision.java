package org.chuanyu.commonhandling.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.chuanyu.commonhandling.cases.SupervisionRules.Level;
import org.chuanyu.commonhandling.cases.SupervisionRules.Limits;
import org.chuanyu.jurisdiction.time.BusinessClock;
import org.chuanyu.jurisdiction.web.BusinessDates;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A case's warning light (docs/common-handling.md, "Supervision"): which step it is in, which side that step waits on,
 * its limits, and so its {@link SupervisionRules light}. Set after every change of the case and by the
 * {@link SupervisionWatch} when time passes a limit; each change of light is a timeline event saying why, and a
 * {@code case.supervision-changed} event.
 */
@ApplicationScoped
public class CaseSupervision {

    /** Who the timeline names as the actor of a change that time made. */
    static final String JOB = "supervision-watch";
    static final String EVENT = "SUPERVISION";

    /** The steps a case's light follows. */
    public enum Step {
        /** Submitted, awaiting acceptance: the accepting side's. */
        INTAKE,
        /** Accepted, awaiting the decision: the handling side's (the accepting side's until it forwards). */
        DECISION,
        /** Decided, awaiting delivery to the applicant (行政许可法 art. 44): the accepting side's. */
        DELIVERY,
        /** Waiting for the applicant's materials (补正): the clock stands still. */
        SUPPLEMENT,
        /** A special procedure runs (hearing, inspection, …; art. 45): the clock stands still. */
        SPECIAL_PROCEDURE
    }

    /** Where a case stands: its step, the side it waits on, its light, the step's limit and when the light next changes. */
    record State(Step step, CaseSide side, Level level, Instant stepDue, Instant nextAt, String reason) {
    }

    @Inject
    CaseClock clock;
    @Inject
    CaseItems items;
    @Inject
    CaseTimeline timeline;
    @Inject
    CaseEvents events;
    @Inject
    BusinessClock businessClock;
    @ConfigProperty(name = "common-handling.delivery.working-days")
    int deliveryDays;

    /** Sets the case's light for now; a change goes on its timeline, with {@code why}, and out as an event. */
    public void update(CaseFile c, String why) {
        update(c, why, CaseStops.EACH).ifPresent(this::announce);
    }

    /** A change of a case's light, on its timeline already and still to be announced. */
    public record Change(CaseFile c, Level from, Level to) {
    }

    /**
     * Sets the case's light for now, reading its clock stops from {@code stops}; a change goes on its timeline and is
     * returned, for the caller to {@link #announce} (the watch announces a batch's changes together, last, so the
     * outbox's writers' lock is held for their insert only).
     */
    public Optional<Change> update(CaseFile c, String why, CaseStops stops) {
        State s = state(c, businessClock.now(), stops);
        Level before = c.supervisionLevel == null ? Level.NORMAL : Level.valueOf(c.supervisionLevel);
        c.supervisionStep = s == null ? null : s.step().name();
        c.supervisionSide = s == null ? null : s.side().name();
        c.supervisionStepDue = s == null ? null : s.stepDue();
        c.supervisionNextAt = s == null ? null : s.nextAt();
        c.supervisionReason = s == null ? null : s.reason();
        c.supervisionLevel = s == null ? null : s.level().name();
        if (s == null || s.level() == before) {
            return Optional.empty();
        }
        timeline.appendBySystem(c, JOB, EVENT, before + " → " + s.level() + ": " + why);
        return Optional.of(new Change(c, before, s.level()));
    }

    /** The {@code case.supervision-changed} event of a change. */
    public void announce(Change change) {
        events.supervisionChanged(change.c(), change.from().name(), change.to().name());
    }

    State state(CaseFile c, Instant now) {
        return state(c, now, CaseStops.EACH);
    }

    State state(CaseFile c, Instant now, CaseStops stops) {
        if (c.status.isFinal()) {
            return null;
        }
        CaseSide side = switch (c.status) {
            case ACCEPTED -> c.crossDistrict() ? CaseSide.ACCEPTING : CaseSide.HANDLING;
            case FORWARDED, IN_REVIEW -> CaseSide.HANDLING;
            default -> CaseSide.ACCEPTING;
        };
        if (c.status == CaseStatus.SUPPLEMENT_REQUESTED) {
            return new State(Step.SUPPLEMENT, side, Level.NORMAL, null, null,
                    "waiting for the applicant's materials: the clock stands still");
        }
        SpecialProcedure running = stops.procedures(c.id).stream().filter(SpecialProcedure::running).findFirst()
                .orElse(null);
        if (running != null) {
            return new State(Step.SPECIAL_PROCEDURE, side, Level.NORMAL, null, null,
                    "a special procedure (" + running.kind + ") is running: the clock stands still");
        }
        CaseItems.Terms terms = items.version(c.itemCode, c.itemVersion)
                .orElseThrow(() -> new IllegalStateException("item version of " + c.number + " vanished"));
        List<CaseClock.Pause> pauses = ClockStops.of(c.id, stops);
        Step step;
        LocalDate trigger;
        int days;
        int stepDays;
        Instant statutoryDue;
        switch (c.status) {
            case SUBMITTED -> {
                step = Step.INTAKE;
                trigger = dateOf(c.submittedAt);
                days = terms.acceptanceDays();
                stepDays = terms.intakeLimit();
                statutoryDue = c.acceptanceDue;
            }
            case APPROVED, DENIED -> {
                step = Step.DELIVERY;
                trigger = dateOf(c.decidedAt);
                days = deliveryDays;
                stepDays = Math.min(terms.deliveryLimit(), days);
                pauses = List.of();
                statutoryDue = c.deliveryDue != null ? c.deliveryDue
                        : trigger == null ? null : clock.due(trigger, days, pauses).at();
            }
            default -> {
                step = Step.DECISION;
                trigger = c.acceptedOn;
                days = terms.decisionDays() + c.extensionDays;
                stepDays = terms.decisionLimit();
                statutoryDue = c.decisionDue;
            }
        }
        if (trigger == null || statutoryDue == null) {
            // A record from before the clock knew this step (no acceptance date, no decision time): nothing to run against.
            return new State(step, side, Level.NORMAL, statutoryDue, null, "no deadline recorded for this step");
        }
        List<CaseClock.Pause> counted = step == Step.DECISION
                ? pauses.stream().filter(p -> !p.from().isBefore(c.acceptedOn)).toList()
                : step == Step.INTAKE && c.acceptedOn != null
                ? pauses.stream().filter(p -> p.from().isBefore(c.acceptedOn)).toList() : pauses;
        // The step's own limit (承诺时限) is the catalogue's promise, the statutory one where it makes none; the warning
        // covers the last fifth of the step's own days.
        stepDays = Math.min(stepDays, days);
        int warning = SupervisionRules.warningDays(stepDays);
        Instant warningFrom = stepDays > warning ? clock.due(trigger, stepDays - warning, counted).at()
                : trigger.atStartOfDay(BusinessDates.ZONE).toInstant();
        Instant stepDue = stepDays == days ? statutoryDue : clock.due(trigger, stepDays, counted).at();
        if (stepDue.isAfter(statutoryDue)) {
            stepDue = statutoryDue;
        }
        Limits limits = new Limits(warningFrom.isAfter(stepDue) ? stepDue : warningFrom, stepDue, statutoryDue);
        Level level = SupervisionRules.level(limits, now);
        String reason = switch (level) {
            case NORMAL -> "on time";
            case WARNING -> "at most " + warning + " working day" + (warning == 1 ? "" : "s") + " left of "
                    + stepDays + " for " + step.name().toLowerCase();
            case YELLOW -> "the " + step.name().toLowerCase() + " step's own limit has passed";
            case RED -> "the statutory deadline for " + step.name().toLowerCase() + " has passed";
        };
        return new State(step, side, level, stepDue, SupervisionRules.nextChange(limits, now), reason);
    }

    private static LocalDate dateOf(Instant at) {
        return at == null ? null : BusinessDates.at(at).toLocalDate();
    }
}
