package org.chuanyu.commonhandling.cases;

import jakarta.enterprise.context.ApplicationScoped;
import org.chuanyu.jurisdiction.web.BusinessDates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * Counts working days as the rules prescribe for a year without a holiday calendar: Monday to
 * Friday only, and every deadline marked provisional. It stands in until the holiday calendar
 * (public holidays and make-up working days as data) is wired in as the platform's CaseClock;
 * the counting rules are the same: from the first working day after the trigger, to the end of
 * the Nth, skipping days inside a supplement pause (both ends inclusive).
 */
@ApplicationScoped
public class ProvisionalCaseClock implements CaseClock {

    @Override
    public Due due(LocalDate trigger, int workingDays, List<Pause> pauses) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("a time limit is at least one working day");
        }
        LocalDate today = BusinessDates.today();
        LocalDate day = trigger;
        int counted = 0;
        while (counted < workingDays) {
            LocalDate next = day.plusDays(1);
            boolean weekday = next.getDayOfWeek() != DayOfWeek.SATURDAY && next.getDayOfWeek() != DayOfWeek.SUNDAY;
            boolean paused = pauses.stream().anyMatch(p -> !next.isBefore(p.from())
                    && !next.isAfter(p.until() != null ? p.until() : today));
            if (weekday && !paused) {
                counted++;
            }
            day = next;
        }
        // The end (24:00 Asia/Shanghai) of the last counted day.
        return new Due(day.plusDays(1).atStartOfDay(BusinessDates.ZONE).toInstant(), true);
    }
}
