package org.chuanyu.projects.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * One year of the platform's working-day calendar: public holidays and make-up working days (调休上班).
 * A provisional year is one whose schedule is unknown here (not loaded, or the calendar unreachable):
 * weekends alone are then non-working days.
 */
public record CalendarYear(int year, Set<LocalDate> holidays, Set<LocalDate> makeUpWorkdays, boolean provisional) {

    public CalendarYear {
        holidays = Set.copyOf(holidays);
        makeUpWorkdays = Set.copyOf(makeUpWorkdays);
    }

    public static CalendarYear weekendsOnly(int year) {
        return new CalendarYear(year, Set.of(), Set.of(), true);
    }

    /** A declared make-up day works even on a weekend; a holiday never works; otherwise Monday to Friday. */
    public boolean isWorkingDay(LocalDate day) {
        if (makeUpWorkdays.contains(day)) {
            return true;
        }
        if (holidays.contains(day)) {
            return false;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
