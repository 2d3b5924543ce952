package org.chuanyu.commonhandling.assignment;

import org.chuanyu.commonhandling.cases.CaseApi.Assignee;

import java.util.Objects;

/**
 * Who may put whom on a side of a case (docs/common-handling.md, "Assignment"), for a caller who acts on that side.
 * Pure. A clerk takes an unassigned case for itself and gives back its own; a province-admin assigns the side to any
 * clerk whose rights cover it (which the account directory decides: {@link Verdict#ASK_THE_DIRECTORY}) or to nobody.
 */
public final class AssignmentRules {

    private AssignmentRules() {
    }

    /** TAKEN: the side cannot go to the requested clerk now (another has it, or the case has ended): 409. */
    public enum Verdict { ALLOWED, UNCHANGED, FORBIDDEN, TAKEN, ASK_THE_DIRECTORY }

    /** A verdict and, when refused, why. */
    public record Decision(Verdict verdict, String reason) {
    }

    /**
     * @param admin     the caller acts on the side as a province-admin (else as a clerk)
     * @param self      the caller as an assignee
     * @param current   who has the side now; null when nobody
     * @param requested who is to have it; null to give it back
     * @param closed    the case has ended (delivered, refused at intake, withdrawn): nobody new takes it
     */
    public static Decision decide(boolean admin, Assignee self, Assignee current, Assignee requested, boolean closed) {
        if (Objects.equals(current, requested)) {
            return new Decision(Verdict.UNCHANGED, null);
        }
        if (closed && requested != null) {
            return new Decision(Verdict.TAKEN, "The case has ended; nobody new takes it");
        }
        if (admin) {
            return requested == null ? new Decision(Verdict.ALLOWED, null) : new Decision(Verdict.ASK_THE_DIRECTORY, null);
        }
        if (requested == null) {
            return self.equals(current) ? new Decision(Verdict.ALLOWED, null)
                    : new Decision(Verdict.FORBIDDEN, "Only its assignee gives a case back; a province-admin reassigns it");
        }
        if (!requested.equals(self)) {
            return new Decision(Verdict.FORBIDDEN, "A clerk takes a case for itself; a province-admin assigns it to others");
        }
        return current == null ? new Decision(Verdict.ALLOWED, null)
                : new Decision(Verdict.TAKEN, "This side is assigned to " + current.realm() + "/" + current.username()
                + "; they give it back, or a province-admin reassigns it");
    }
}
