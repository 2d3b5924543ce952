package org.chuanyu.projects.lifecycle;

import java.time.LocalDate;

/**
 * Which stage transitions are allowed (pure: no framework, no database). The lifecycle runs one way:
 * LEAD → SIGNED → STARTED → COMPLETED → IN_PRODUCTION → AT_CAPACITY. Moving backwards is never
 * allowed; skipping a stage needs a reason; SUSPENDED and CANCELLED need a reason; a suspended project
 * resumes at the stage it was suspended in or a later one (beyond the next one with a reason); a
 * cancelled project is closed.
 */
public final class StageRules {

    private StageRules() {
    }

    /** The outcome of asking for a transition: allowed, or refused with the field at fault and why. */
    public sealed interface Decision {
        record Allowed() implements Decision {
        }

        /** The request itself is incomplete or wrong (400). */
        record Invalid(String field, String message) implements Decision {
        }

        /** The project's current stage does not allow it (409). */
        record Refused(String message) implements Decision {
        }
    }

    /**
     * @param current        the project's stage now
     * @param suspendedFrom  the stage a suspended project was in (null otherwise)
     * @param currentSince   the actual date of the current lifecycle stage, if known
     */
    public static Decision decide(Stage current, Stage suspendedFrom, LocalDate currentSince,
                                  Stage to, LocalDate on, String reason, LocalDate today) {
        boolean hasReason = reason != null && !reason.isBlank();
        if (current == Stage.CANCELLED) {
            return new Decision.Refused("The project is cancelled; its stage no longer changes");
        }
        if (on.isAfter(today)) {
            return new Decision.Invalid("on", "is in the future; record a transition when it has happened");
        }
        if (currentSince != null && on.isBefore(currentSince)) {
            return new Decision.Invalid("on", "is before the project reached " + current + " (" + currentSince + ")");
        }
        if (to == Stage.SUSPENDED || to == Stage.CANCELLED) {
            if (to == current) {
                return new Decision.Refused("The project is already " + current);
            }
            return hasReason ? new Decision.Allowed()
                    : new Decision.Invalid("reason", "is required to " + (to == Stage.SUSPENDED ? "suspend" : "cancel") + " a project");
        }
        Stage from = current == Stage.SUSPENDED ? suspendedFrom : current;
        boolean resuming = current == Stage.SUSPENDED;
        if (resuming ? to.position() < from.position() : to.position() <= from.position()) {
            return new Decision.Refused("Moving from " + from + " to " + to + " goes backwards; the lifecycle runs one way");
        }
        if (to.position() > from.position() + 1 && !hasReason) {
            return new Decision.Invalid("reason", "is required to skip a stage (from " + from + " to " + to + ")");
        }
        return new Decision.Allowed();
    }
}
