package org.chuanyu.commonhandling.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.chuanyu.commonhandling.calendar.Deadline;
import org.chuanyu.commonhandling.calendar.WorkingCalendar;
import org.chuanyu.commonhandling.calendar.WorkingDayClock;
import org.chuanyu.jurisdiction.time.BusinessClock;
import org.chuanyu.jurisdiction.web.BusinessDates;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Cases count their working days on the platform's holiday calendar through this adapter. */
@ApplicationScoped
public class CalendarCaseClock implements CaseClock {

    @Inject
    BusinessClock businessClock;

    @Inject
    WorkingCalendar calendar;

    @Override
    public Due due(LocalDate trigger, int workingDays, List<CaseClock.Pause> pauses) {
        return due(calendar.clock(), businessClock.today(), trigger, workingDays, pauses);
    }

    @Override
    public int workingDaysLeft(Instant due, LocalDate today) {
        return calendar.clock().workingDaysRemaining(lastDayBefore(due), today);
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        return calendar.clock().isWorkingDay(day);
    }

    @Override
    public int workingDaysTaken(LocalDate trigger, LocalDate through, List<CaseClock.Pause> pauses) {
        return calendar.clock().workingDaysElapsed(trigger, through, stops(pauses, through));
    }

    static Due due(WorkingDayClock clock, LocalDate today, LocalDate trigger, int workingDays, List<CaseClock.Pause> pauses) {
        Deadline d = clock.deadline(trigger, workingDays, stops(pauses, today));
        return new Due(d.dueAt().toInstant(), d.provisional());
    }

    /** A deadline is 24:00 of its last working day: that day is the one before the due moment. */
    static LocalDate lastDayBefore(Instant due) {
        return due.atZone(BusinessDates.ZONE).toLocalDate().minusDays(1);
    }

    // A supplement still outstanding has no end yet: it counts as lasting until today, which gives
    // the earliest the deadline can be once the material arrives.
    // (The calendar's Pause is named in full: inside a CaseClock, Pause means CaseClock.Pause.)
    private static List<org.chuanyu.commonhandling.calendar.Pause> stops(List<CaseClock.Pause> pauses, LocalDate today) {
        // (An outstanding pause that began after "today" can only be seen by a clock set back, as tests do: it has
        // lasted its first day.)
        return pauses.stream().map(p -> new org.chuanyu.commonhandling.calendar.Pause(p.from(),
                p.until() != null ? p.until() : today.isBefore(p.from()) ? p.from() : today)).toList();
    }
}
