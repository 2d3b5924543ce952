package org.chuanyu.commonhandling.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

/**
 * Whose days were they (docs/common-handling.md, "Whose days"): every working day of a case, from the first after its
 * submission through its delivery (or today, while it runs), is accounted to exactly one party, each part counted from
 * the timeline's own intervals. Pure.
 *
 * <p>A day belongs to whoever the case waited on at its start, so the day an office acts is still its own, as the
 * statutory clock counts it. Precedence where intervals overlap: the applicant (a supplement pause: the case waits for
 * their materials) before a special procedure before the side whose step it is. The step's owner follows the status:
 * submitted, and accepted but not yet forwarded across districts, the accepting side; forwarded, in review (and
 * accepted within one district) the handling side; decided, delivery; ended, nobody.
 */
public final class WorkingDaysAccount {

    private WorkingDaysAccount() {
    }

    /** A change of status on a day, as the timeline records it. */
    public record Change(LocalDate on, CaseStatus to) {
    }

    /** A stretch of days, both ends included; {@code until} null while it lasts. */
    public record Stretch(LocalDate from, LocalDate until) {
        boolean covers(LocalDate day) {
            return !day.isBefore(from) && (until == null || !day.isAfter(until));
        }
    }

    /** The parts. Their sum is every working day the case has run. */
    public record Parts(int accepting, int handling, int applicant, int specialProcedure, int delivery) {
        public int total() {
            return accepting + handling + applicant + specialProcedure + delivery;
        }
    }

    /**
     * @param submitted   the submission day (not counted, as a trigger never is)
     * @param changes     the status changes after submission, oldest first
     * @param supplements the supplement pauses
     * @param procedures  the special procedures
     * @param through     the last day to account: the delivery day, or today
     * @param crossDistrict whether the handling district differs from the accepting one
     * @param workingDay  the holiday calendar
     */
    public static Parts of(LocalDate submitted, List<Change> changes, List<Stretch> supplements, List<Stretch> procedures,
                           LocalDate through, boolean crossDistrict, Predicate<LocalDate> workingDay) {
        int accepting = 0;
        int handling = 0;
        int applicant = 0;
        int special = 0;
        int delivery = 0;
        CaseStatus status = CaseStatus.SUBMITTED;
        int next = 0;
        for (LocalDate day = submitted.plusDays(1); !day.isAfter(through); day = day.plusDays(1)) {
            // The status at the start of the day: every change made on an earlier day.
            while (next < changes.size() && changes.get(next).on().isBefore(day)) {
                status = changes.get(next++).to();
            }
            if (status.isFinal()) {
                break;
            }
            if (!workingDay.test(day)) {
                continue;
            }
            LocalDate d = day;
            if (status == CaseStatus.SUPPLEMENT_REQUESTED || supplements.stream().anyMatch(s -> s.covers(d))) {
                applicant++;
            } else if (procedures.stream().anyMatch(p -> p.covers(d))) {
                special++;
            } else {
                switch (status) {
                    case SUBMITTED -> accepting++;
                    case ACCEPTED -> {
                        if (crossDistrict) {
                            accepting++;
                        } else {
                            handling++;
                        }
                    }
                    case APPROVED, DENIED -> delivery++;
                    default -> handling++;
                }
            }
        }
        return new Parts(accepting, handling, applicant, special, delivery);
    }
}
