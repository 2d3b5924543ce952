package org.chuanyu.commonhandling.calendar;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The statutory clock on the project's own copy of the State Council schedules, its years 2025 and 2026
 * (a later year added to the file does not change what these tests mean: 2027 stays the year with none).
 * 2026's Spring Festival is 15 to 23 February, with Saturdays 14 and 28 February worked instead.
 */
class WorkingDayClockTest {

    static WorkingDayClock clock;

    @BeforeAll
    static void readTheProjectsSchedules() {
        clock = ShippedCalendar.through(2026);
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void twentyWorkingDaysFromJustBeforeTheSpringFestivalEndOnSixteenthOfMarch() {
        // Counted: 11, 12, 13, Sat 14 (worked) | 15-23 off | 24, 25, 26, 27, Sat 28 (worked) = 9,
        // then 2-6 March = 14, 9-13 March = 19, 16 March = 20.
        Deadline deadline = clock.deadline(d("2026-02-10"), 20, List.of());
        assertEquals(d("2026-03-16"), deadline.lastWorkingDay());
        assertEquals(OffsetDateTime.parse("2026-03-17T00:00+08:00"), deadline.dueAt(), "24:00 of the last working day");
        assertFalse(deadline.provisional());
    }

    @Test
    void theSpringFestivalCostsItsWeekdaysOffLessItsMakeUpSaturdays() {
        // Weekends alone would give 10 March; 6 weekdays off (16-20, 23) less 2 Saturdays worked = 4 later.
        WorkingDayClock weekends = WorkingDayClock.weekendsOnly();
        assertEquals(d("2026-03-10"), weekends.deadline(d("2026-02-10"), 20, List.of()).lastWorkingDay());
        assertEquals(4, clock.workingDaysRemaining(d("2026-03-16"), d("2026-03-11")), "11, 12, 13 and 16 March");
    }

    @Test
    void aMakeUpSaturdayCounts() {
        assertTrue(clock.isWorkingDay(d("2026-02-14")));
        assertTrue(clock.isWorkingDay(d("2026-02-28")));
        assertEquals(d("2026-02-14"), clock.deadline(d("2026-02-13"), 1).lastWorkingDay());
        assertEquals(d("2026-02-14"), clock.deadline(d("2026-02-12"), 2).lastWorkingDay());
    }

    @Test
    void holidaysAndOrdinaryWeekendsDoNotCount() {
        assertFalse(clock.isWorkingDay(d("2026-02-16")), "Monday in the Spring Festival");
        assertFalse(clock.isWorkingDay(d("2026-02-23")), "the festival's last day, a Monday");
        assertFalse(clock.isWorkingDay(d("2026-01-03")), "a holiday on a Saturday is still a day off");
        assertFalse(clock.isWorkingDay(d("2026-03-07")), "an ordinary Saturday");
        assertTrue(clock.isWorkingDay(d("2026-02-24")));
    }

    @Test
    void aTriggerOnAFridayStartsCountingOnMonday() {
        assertEquals(d("2026-03-09"), clock.deadline(d("2026-03-06"), 1).lastWorkingDay());
        assertEquals(d("2026-03-13"), clock.deadline(d("2026-03-06"), 5).lastWorkingDay());
    }

    @Test
    void aTriggerOnAHolidayStartsCountingOnTheFirstWorkingDayAfterIt() {
        assertEquals(d("2026-02-24"), clock.deadline(d("2026-02-18"), 1).lastWorkingDay());
        assertEquals(d("2026-02-24"), clock.deadline(d("2026-02-15"), 1).lastWorkingDay());
    }

    @Test
    void theNewYearCrossingUsesBothYearsSchedules() {
        // 31 Dec counts, 1-3 Jan are off, Sunday 4 Jan is worked, then Monday 5 Jan.
        Deadline deadline = clock.deadline(d("2025-12-30"), 3);
        assertEquals(d("2026-01-05"), deadline.lastWorkingDay());
        assertFalse(deadline.provisional());
    }

    @Test
    void aSupplementPauseMovesTheDeadlineByExactlyTheWorkingDaysInsideIt() {
        assertEquals(d("2026-03-16"), clock.deadline(d("2026-03-02"), 10).lastWorkingDay());
        // Paused Thursday 5 through Tuesday 10 March: 5, 6, 9, 10 are 4 working days, so 4 later.
        Deadline paused = clock.deadline(d("2026-03-02"), 10, List.of(new Pause(d("2026-03-05"), d("2026-03-10"))));
        assertEquals(d("2026-03-20"), paused.lastWorkingDay());
    }

    @Test
    void aSupplementAskedAtIntakeIsTheSameArithmetic() {
        // Asked on the day of submission, material in on Wednesday: 3 and 4 March do not count.
        Deadline paused = clock.deadline(d("2026-03-02"), 10, List.of(new Pause(d("2026-03-02"), d("2026-03-04"))));
        assertEquals(d("2026-03-18"), paused.lastWorkingDay());
    }

    @Test
    void aPauseOverAWeekendOrTheFestivalMovesOnlyByTheWorkingDaysInIt() {
        assertEquals(d("2026-03-16"), clock.deadline(d("2026-03-02"), 10,
                List.of(new Pause(d("2026-03-07"), d("2026-03-08")))).lastWorkingDay());
        // Without a pause 18 March; paused 13 to 24 February holds 13, Sat 14 and 24: 3 working days.
        assertEquals(d("2026-03-18"), clock.deadline(d("2026-02-12"), 20).lastWorkingDay());
        assertEquals(d("2026-03-23"), clock.deadline(d("2026-02-12"), 20,
                List.of(new Pause(d("2026-02-13"), d("2026-02-24")))).lastWorkingDay());
    }

    @Test
    void twoPausesEachCount() {
        Deadline twice = clock.deadline(d("2026-03-02"), 10, List.of(
                new Pause(d("2026-03-03"), d("2026-03-03")), new Pause(d("2026-03-10"), d("2026-03-11"))));
        assertEquals(d("2026-03-19"), twice.lastWorkingDay());
    }

    @Test
    void aYearWithNoCalendarUsesWeekendsAndIsProvisional() {
        assertFalse(clock.isLoaded(2027));
        Deadline deadline = clock.deadline(d("2027-03-05"), 1);
        assertEquals(d("2027-03-08"), deadline.lastWorkingDay(), "Friday to Monday, weekends alone");
        assertTrue(deadline.provisional());
        Deadline crossing = clock.deadline(d("2026-12-28"), 10);
        assertEquals(d("2027-01-11"), crossing.lastWorkingDay());
        assertTrue(crossing.provisional(), "counted through 2027, which is not loaded");
        assertFalse(clock.deadline(d("2026-12-01"), 5).provisional());
    }

    @Test
    void aLimitOfZeroOrLessIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> clock.deadline(d("2026-03-02"), 0, List.of()));
        assertThrows(IllegalArgumentException.class, () -> clock.deadline(d("2026-03-02"), -3, List.of()));
        assertThrows(IllegalArgumentException.class, () -> clock.deadline(null, 3, List.of()));
    }

    @Test
    void aPauseCannotEndBeforeItStarts() {
        assertThrows(IllegalArgumentException.class, () -> new Pause(d("2026-03-05"), d("2026-03-04")));
    }

    @Test
    void workingDaysRemainingCountsTodayUntilTheDeadlineAndNegativeAfter() {
        LocalDate last = d("2026-03-16");
        assertEquals(1, clock.workingDaysRemaining(last, d("2026-03-16")), "the last day is not over");
        assertEquals(2, clock.workingDaysRemaining(last, d("2026-03-13")));
        assertEquals(1, clock.workingDaysRemaining(last, d("2026-03-14")), "from a Saturday");
        assertEquals(-1, clock.workingDaysRemaining(last, d("2026-03-17")));
        assertEquals(-5, clock.workingDaysRemaining(last, d("2026-03-23")));
        assertEquals(0, clock.workingDaysRemaining(d("2026-03-13"), d("2026-03-14")), "the weekend right after");
        assertEquals(3, clock.workingDaysRemaining(d("2026-02-24"), d("2026-02-13")), "13, Sat 14 and 24 February");
        Deadline deadline = clock.deadline(d("2026-02-10"), 20);
        assertEquals(20, clock.workingDaysRemaining(deadline, d("2026-02-11")));
    }

    @Test
    void overdueFromMidnightAtTheEndOfTheLastWorkingDay() {
        Deadline deadline = clock.deadline(d("2026-02-10"), 20);
        assertFalse(WorkingDayClock.isOverdue(deadline, Instant.parse("2026-03-16T15:59:59Z")));
        assertTrue(WorkingDayClock.isOverdue(deadline, Instant.parse("2026-03-16T16:00:00Z")));
        assertTrue(WorkingDayClock.isOverdue(deadline.dueAt(), Instant.parse("2026-03-20T01:00:00Z")));
    }

    @Test
    void aScheduleRefusesAWeekdayMakeUpDayAndADayThatIsBoth() {
        assertThrows(IllegalArgumentException.class,
                () -> new YearSchedule(2027, Set.of(), Set.of(d("2027-01-04"))));
        assertThrows(IllegalArgumentException.class,
                () -> new YearSchedule(2027, Set.of(d("2027-01-02")), Set.of(d("2027-01-02"))));
        assertThrows(IllegalArgumentException.class,
                () -> new YearSchedule(2027, Set.of(d("2026-12-31")), Set.of()));
    }

    @Test
    void theTimeTakenIsCountedByTheSameRulesAsTheLimit() {
        // The deadline's own count: 20 working days from 10 February end on 16 March.
        assertEquals(20, clock.workingDaysElapsed(d("2026-02-10"), d("2026-03-16"), List.of()));
        assertEquals(0, clock.workingDaysElapsed(d("2026-02-13"), d("2026-02-13"), List.of()), "nothing on the day itself");
        assertEquals(1, clock.workingDaysElapsed(d("2026-02-13"), d("2026-02-23"), List.of()), "only Saturday 14 worked");
        // A pause over 2-4 March takes its three working days out of the time taken.
        assertEquals(17, clock.workingDaysElapsed(d("2026-02-10"), d("2026-03-16"),
                List.of(new Pause(d("2026-03-02"), d("2026-03-04")))));
    }
}
