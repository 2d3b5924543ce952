package org.chuanyu.projects.blockers;

import org.chuanyu.projects.calendar.CalendarYear;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The deadline arithmetic on its own, with a hand-made calendar. */
class BlockerDeadlinesTest {

    /** Spring Festival 2026: 02-15 … 02-23 off, Saturdays 02-14 and 02-28 make-up working days. */
    private static final CalendarYear Y2026 = new CalendarYear(2026,
            Set.of(LocalDate.of(2026, 2, 15), LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 18),
                    LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20), LocalDate.of(2026, 2, 21), LocalDate.of(2026, 2, 22),
                    LocalDate.of(2026, 2, 23)),
            Set.of(LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 28)), false);

    @Test
    void smallProblemsSkipTheHolidayAndUseMakeUpDays() {
        // Friday 02-13: Saturday 02-14 is a make-up working day.
        assertEquals(new BlockerDeadlines.Due(LocalDate.of(2026, 2, 14), false),
                BlockerDeadlines.due(Severity.SMALL, LocalDate.of(2026, 2, 13), 7, y -> Y2026));
        // Saturday 02-14: the holiday runs to 02-23, so Tuesday 02-24.
        assertEquals(LocalDate.of(2026, 2, 24),
                BlockerDeadlines.due(Severity.SMALL, LocalDate.of(2026, 2, 14), 7, y -> Y2026).on());
    }

    @Test
    void bigProblemsCountCalendarDaysAsConfigured() {
        assertEquals(LocalDate.of(2026, 2, 20), BlockerDeadlines.due(Severity.BIG, LocalDate.of(2026, 2, 13), 7, y -> Y2026).on());
        assertEquals(LocalDate.of(2026, 2, 18), BlockerDeadlines.due(Severity.BIG, LocalDate.of(2026, 2, 13), 5, y -> Y2026).on());
    }

    @Test
    void aProvisionalYearMakesTheDeadlineProvisional() {
        BlockerDeadlines.Due due = BlockerDeadlines.due(Severity.SMALL, LocalDate.of(2027, 1, 1), 7, CalendarYear::weekendsOnly);
        assertEquals(new BlockerDeadlines.Due(LocalDate.of(2027, 1, 4), true), due);
    }
}
