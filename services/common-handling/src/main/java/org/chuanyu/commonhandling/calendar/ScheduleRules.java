package org.chuanyu.commonhandling.calendar;

import org.chuanyu.jurisdiction.validation.Violations;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What makes a schedule acceptable for a year, beyond its fields being present: every date lies in
 * that year, no day is listed twice, no day is both a holiday and a make-up working day, and a
 * make-up working day is a Saturday or Sunday (a holiday may fall on any day).
 */
final class ScheduleRules {

    private ScheduleRules() {
    }

    /** Adds a violation, named by its JSON path in the schedule, for each rule broken. */
    static void check(int year, PublishedSchedule schedule, Violations violations) {
        Map<LocalDate, String> listed = new HashMap<>();
        List<PublishedSchedule.Holiday> holidays = schedule.holidays();
        for (int h = 0; h < holidays.size(); h++) {
            PublishedSchedule.Holiday holiday = holidays.get(h);
            if (holiday == null || holiday.days() == null) {
                continue;
            }
            for (int d = 0; d < holiday.days().size(); d++) {
                String field = "holidays[" + h + "].days[" + d + "]";
                checkDay(year, holiday.days().get(d), field, listed, violations);
            }
        }
        List<LocalDate> makeUp = schedule.makeUpWorkdays();
        for (int d = 0; d < makeUp.size(); d++) {
            LocalDate day = makeUp.get(d);
            String field = "makeUpWorkdays[" + d + "]";
            if (day != null && !YearSchedule.isWeekend(day)) {
                violations.add(field, "must be a Saturday or Sunday; " + day + " is a "
                        + day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
            }
            checkDay(year, day, field, listed, violations);
        }
    }

    private static void checkDay(int year, LocalDate day, String field, Map<LocalDate, String> listed,
                                 Violations violations) {
        if (day == null) {
            return;
        }
        if (day.getYear() != year) {
            violations.add(field, "must lie in " + year);
        }
        String earlier = listed.putIfAbsent(day, field);
        if (earlier != null) {
            violations.add(field, day + " is already listed as " + earlier
                    + (earlier.startsWith("holidays") && field.startsWith("makeUp")
                    ? ": a day cannot be both a holiday and a make-up working day" : ""));
        }
    }

    /** The schedule as the clock uses it; call only on a schedule that passed {@link #check}. */
    static YearSchedule toYearSchedule(int year, PublishedSchedule schedule) {
        return new YearSchedule(year,
                schedule.holidays().stream().flatMap(h -> h.days().stream()).collect(Collectors.toSet()),
                Set.copyOf(schedule.makeUpWorkdays()));
    }
}
