package org.chuanyu.commonhandling.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * One year's published schedule: the public holidays (放假) and the weekend days declared working
 * (调休上班). Every other Monday to Friday is a working day, every other Saturday and Sunday is not.
 */
public record YearSchedule(int year, Set<LocalDate> holidays, Set<LocalDate> makeUpWorkdays) {

    public YearSchedule {
        holidays = Set.copyOf(holidays);
        makeUpWorkdays = Set.copyOf(makeUpWorkdays);
        for (LocalDate day : holidays) {
            requireInYear(year, day);
            if (makeUpWorkdays.contains(day)) {
                throw new IllegalArgumentException(day + " cannot be both a holiday and a make-up working day");
            }
        }
        for (LocalDate day : makeUpWorkdays) {
            requireInYear(year, day);
            if (!isWeekend(day)) {
                throw new IllegalArgumentException("make-up working day " + day + " is not a Saturday or Sunday");
            }
        }
    }

    /** Whether {@code day} (of this year) is a working day under this schedule. */
    public boolean isWorkingDay(LocalDate day) {
        if (makeUpWorkdays.contains(day)) {
            return true;
        }
        return !isWeekend(day) && !holidays.contains(day);
    }

    static boolean isWeekend(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }

    private static void requireInYear(int year, LocalDate day) {
        if (day.getYear() != year) {
            throw new IllegalArgumentException(day + " does not lie in " + year);
        }
    }
}
