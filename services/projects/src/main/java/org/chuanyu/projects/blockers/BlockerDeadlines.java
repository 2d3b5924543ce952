package org.chuanyu.projects.blockers;

import org.chuanyu.projects.calendar.CalendarYear;

import java.time.LocalDate;
import java.util.function.IntFunction;

/**
 * When a blocker must be solved (pure). SMALL: by the end of the next working day after the day it was
 * raised (a Friday's problem is due on Monday; one raised before a holiday is due on the first working day
 * after it; a make-up Saturday counts). BIG: the given number of calendar days after the day it was raised.
 * Days are Asia/Shanghai business dates.
 */
public final class BlockerDeadlines {

    /** No holiday run in China lasts this long; a longer search means a broken calendar. */
    private static final int MAX_SEARCH_DAYS = 60;

    private BlockerDeadlines() {
    }

    /** The due date, and whether a provisional (weekends-only) calendar year was consulted. */
    public record Due(LocalDate on, boolean provisional) {
    }

    public static Due due(Severity severity, LocalDate raisedOn, int bigDays, IntFunction<CalendarYear> years) {
        if (severity == Severity.BIG) {
            return new Due(raisedOn.plusDays(bigDays), false);
        }
        boolean provisional = false;
        LocalDate day = raisedOn;
        for (int i = 0; i < MAX_SEARCH_DAYS; i++) {
            day = day.plusDays(1);
            CalendarYear year = years.apply(day.getYear());
            provisional |= year.provisional();
            if (year.isWorkingDay(day)) {
                return new Due(day, provisional);
            }
        }
        throw new IllegalStateException("no working day within " + MAX_SEARCH_DAYS + " days after " + raisedOn);
    }
}
