package org.chuanyu.commonhandling.cases;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProvisionalCaseClockTest {

    final ProvisionalCaseClock clock = new ProvisionalCaseClock();

    @Test
    void countingStartsTheNextWorkingDayAndEndsAtMidnightOfTheNth() {
        // Friday 2026-11-20 + 3 working days: Mon 23, Tue 24, Wed 25 → due at the end of Wed 25.
        CaseClock.Due due = clock.due(LocalDate.of(2026, 11, 20), 3, List.of());
        assertEquals(OffsetDateTime.parse("2026-11-26T00:00+08:00").toInstant(), due.at());
        assertTrue(due.provisional(), "without a holiday calendar every deadline is provisional");
    }

    @Test
    void aSupplementPauseMovesTheDeadlineByTheWorkingDaysInside() {
        // Paused Tue 24 through Thu 26 (three working days): Mon 23, Fri 27, Mon 30 → end of Mon 30.
        CaseClock.Due due = clock.due(LocalDate.of(2026, 11, 20), 3,
                List.of(new CaseClock.Pause(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 26))));
        assertEquals(OffsetDateTime.parse("2026-12-01T00:00+08:00").toInstant(), due.at());
    }
}
