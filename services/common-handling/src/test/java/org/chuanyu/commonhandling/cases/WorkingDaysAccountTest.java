package org.chuanyu.commonhandling.cases;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;
import org.chuanyu.commonhandling.calendar.ShippedCalendar;
import org.chuanyu.commonhandling.calendar.WorkingDayClock;
import org.chuanyu.commonhandling.cases.WorkingDaysAccount.Change;
import org.chuanyu.commonhandling.cases.WorkingDaysAccount.Parts;
import org.chuanyu.commonhandling.cases.WorkingDaysAccount.Stretch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Whose days were they: on random case histories across the shipped holiday calendar (2025 and 2026, and 2027 counted
 * on weekends alone), the parts always add up to the working days the statutory clock counts for the whole case, and
 * each part is what its intervals hold.
 */
class WorkingDaysAccountTest {

    static final WorkingDayClock CLOCK = ShippedCalendar.through(2026);

    /** A random history: gaps between steps, a supplement at intake or in review, a special procedure, an ending. */
    record History(LocalDate submitted, List<Change> changes, List<Stretch> supplements, List<Stretch> procedures,
                   boolean crossDistrict, LocalDate through, LocalDate end) {
    }

    @Provide
    Arbitrary<History> histories() {
        Arbitrary<LocalDate> submitted = Arbitraries.integers().between(0, 700)
                .map(n -> LocalDate.of(2025, 1, 1).plusDays(n));
        Arbitrary<List<Integer>> gaps = Arbitraries.integers().between(0, 12).list().ofSize(9);
        Arbitrary<Integer> shape = Arbitraries.integers().between(0, 63);
        return Combinators.combine(submitted, gaps, shape).as(WorkingDaysAccountTest::history);
    }

    static History history(LocalDate submitted, List<Integer> gaps, int shape) {
        boolean cross = (shape & 1) != 0;
        boolean supplementAtIntake = (shape & 2) != 0;
        boolean supplementInReview = (shape & 4) != 0;
        boolean procedure = (shape & 8) != 0;
        boolean delivered = (shape & 16) != 0;
        boolean withdrawnEarly = (shape & 32) != 0 && !delivered;
        List<Change> changes = new ArrayList<>();
        List<Stretch> supplements = new ArrayList<>();
        List<Stretch> procedures = new ArrayList<>();
        LocalDate day = submitted;
        int g = 0;
        if (supplementAtIntake) {
            LocalDate from = day.plusDays(gaps.get(g++));
            LocalDate until = from.plusDays(gaps.get(g++));
            changes.add(new Change(from, CaseStatus.SUPPLEMENT_REQUESTED));
            changes.add(new Change(until, CaseStatus.SUBMITTED));
            supplements.add(new Stretch(from, until));
            day = until;
        }
        if (withdrawnEarly) {
            LocalDate end = day.plusDays(gaps.get(g));
            changes.add(new Change(end, CaseStatus.WITHDRAWN));
            return new History(submitted, changes, supplements, procedures, cross, end.plusDays(30), end);
        }
        day = day.plusDays(gaps.get(g++));
        changes.add(new Change(day, CaseStatus.ACCEPTED));
        if (cross) {
            day = day.plusDays(gaps.get(g++));
            changes.add(new Change(day, CaseStatus.FORWARDED));
        }
        day = day.plusDays(gaps.get(g++));
        changes.add(new Change(day, CaseStatus.IN_REVIEW));
        if (procedure) {
            // A procedure that a supplement request may overlap: the applicant's days come first.
            LocalDate from = day.plusDays(gaps.get(g++));
            LocalDate until = from.plusDays(gaps.get(g++));
            procedures.add(new Stretch(from, until));
            day = from;
        }
        if (supplementInReview) {
            LocalDate from = day.plusDays(1);
            LocalDate until = from.plusDays(gaps.get(g++));
            changes.add(new Change(from, CaseStatus.SUPPLEMENT_REQUESTED));
            changes.add(new Change(until, CaseStatus.IN_REVIEW));
            supplements.add(new Stretch(from, until));
            day = until;
        }
        LocalDate procedureEnd = procedures.isEmpty() ? day : procedures.get(0).until();
        day = (procedureEnd.isAfter(day) ? procedureEnd : day).plusDays(1);
        changes.add(new Change(day, CaseStatus.APPROVED));
        LocalDate through = day.plusDays(gaps.get(8));
        if (delivered) {
            changes.add(new Change(through, CaseStatus.DELIVERED));
            return new History(submitted, changes, supplements, procedures, cross, through.plusDays(20), through);
        }
        return new History(submitted, changes, supplements, procedures, cross, through, through);
    }

    static Parts account(History h) {
        return WorkingDaysAccount.of(h.submitted(), h.changes(), h.supplements(), h.procedures(), h.through(),
                h.crossDistrict(), CLOCK::isWorkingDay);
    }

    @Property(tries = 2000)
    void thePartsAddUpToTheWorkingDaysTheClockCountsForTheWholeCase(@ForAll("histories") History h) {
        Parts parts = account(h);
        assertEquals(CLOCK.workingDaysElapsed(h.submitted(), h.end(), List.of()), parts.total(), h + " → " + parts);
    }

    @Property(tries = 2000)
    void theApplicantsDaysAreTheWorkingDaysOfTheSupplementPauses(@ForAll("histories") History h) {
        Parts parts = account(h);
        long expected = 0;
        for (LocalDate d = h.submitted().plusDays(1); !d.isAfter(h.end()); d = d.plusDays(1)) {
            LocalDate day = d;
            if (CLOCK.isWorkingDay(d) && h.supplements().stream().anyMatch(s -> s.covers(day))) {
                expected++;
            }
        }
        assertEquals(expected, parts.applicant(), h + " → " + parts);
    }

    @Example
    void aCaseAcrossTheSpringFestivalAccountsEachSideItsDays() {
        // Submitted Tuesday 10 February 2026; accepted Thursday 12 (Wed 11, Thu 12: the accepting side's); forwarded
        // the same day; in review Friday 13; a supplement asked Monday 2 March and back Wednesday 4 March; approved
        // Tuesday 10 March; delivered Thursday 12 March. Sat 14 and Sat 28 February are make-up working days; 15 to 23
        // February are off.
        List<Change> changes = List.of(new Change(LocalDate.of(2026, 2, 12), CaseStatus.ACCEPTED),
                new Change(LocalDate.of(2026, 2, 12), CaseStatus.FORWARDED),
                new Change(LocalDate.of(2026, 2, 13), CaseStatus.IN_REVIEW),
                new Change(LocalDate.of(2026, 3, 2), CaseStatus.SUPPLEMENT_REQUESTED),
                new Change(LocalDate.of(2026, 3, 4), CaseStatus.IN_REVIEW),
                new Change(LocalDate.of(2026, 3, 10), CaseStatus.APPROVED),
                new Change(LocalDate.of(2026, 3, 12), CaseStatus.DELIVERED));
        Parts parts = WorkingDaysAccount.of(LocalDate.of(2026, 2, 10), changes,
                List.of(new Stretch(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 4))), List.of(),
                LocalDate.of(2026, 3, 31), true, CLOCK::isWorkingDay);
        // Accepting: 11, 12 Feb. Handling: 13, 14 (make-up), 24–28 Feb (5, with Sat 28), 5, 6, 9, 10 Mar = 11.
        // Applicant: 2, 3, 4 Mar. Delivery: 11, 12 Mar.
        assertEquals(new Parts(2, 11, 3, 0, 2), parts);
    }
}
