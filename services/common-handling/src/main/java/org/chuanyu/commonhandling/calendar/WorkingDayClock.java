package org.chuanyu.commonhandling.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The statutory clock: the one place where working days are counted. Immutable and free of any
 * framework, so it can be handed to any thread and tested exhaustively.
 *
 * <ul>
 *   <li>A working day is a Monday to Friday that is not a public holiday, or a Saturday or Sunday
 *       declared a make-up working day (调休上班).</li>
 *   <li>A year with no schedule loaded uses weekends alone, and every deadline counted through it is
 *       {@linkplain Deadline#provisional() provisional}.</li>
 *   <li>Counting starts on the first working day after the triggering event's date; the deadline is
 *       the end (24:00 Asia/Shanghai) of the Nth working day counted.</li>
 *   <li>Days inside a {@link Pause} (start through end, inclusive) are not counted.</li>
 * </ul>
 */
public final class WorkingDayClock {

    /** Business dates and the end of a day are Asia/Shanghai's. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Map<Integer, YearSchedule> years;

    public WorkingDayClock(Collection<YearSchedule> schedules) {
        this.years = schedules.stream().collect(Collectors.toUnmodifiableMap(YearSchedule::year, Function.identity()));
    }

    /** A clock that knows no year: weekends alone, every deadline provisional. */
    public static WorkingDayClock weekendsOnly() {
        return new WorkingDayClock(List.of());
    }

    public boolean isLoaded(int year) {
        return years.containsKey(year);
    }

    public boolean isWorkingDay(LocalDate day) {
        YearSchedule schedule = years.get(day.getYear());
        return schedule != null ? schedule.isWorkingDay(day) : !YearSchedule.isWeekend(day);
    }

    /**
     * The deadline of a time limit of {@code workingDays} working days from an event on {@code trigger}.
     *
     * @throws IllegalArgumentException when {@code workingDays} is zero or negative: a statutory limit
     *                                  is at least one working day
     */
    public Deadline deadline(LocalDate trigger, int workingDays, List<Pause> pauses) {
        if (trigger == null) {
            throw new IllegalArgumentException("the triggering event's date is required");
        }
        if (workingDays < 1) {
            throw new IllegalArgumentException("a time limit is at least 1 working day, not " + workingDays);
        }
        List<Pause> stops = pauses == null ? List.of() : List.copyOf(pauses);
        LocalDate day = trigger;
        boolean provisional = false;
        int counted = 0;
        while (counted < workingDays) {
            LocalDate next = day.plusDays(1);
            provisional |= !isLoaded(next.getYear());
            if (isWorkingDay(next) && stops.stream().noneMatch(p -> p.covers(next))) {
                counted++;
            }
            day = next;
        }
        return new Deadline(day, endOf(day), provisional);
    }

    /** A deadline without pauses. */
    public Deadline deadline(LocalDate trigger, int workingDays) {
        return deadline(trigger, workingDays, List.of());
    }

    /**
     * Working days counted from an event on {@code trigger} through {@code through}, both by the
     * rules of {@link #deadline}: from the first working day after the trigger, days inside a pause
     * not counted. The time a case took, in the units its time limit is given in.
     */
    public int workingDaysElapsed(LocalDate trigger, LocalDate through, List<Pause> pauses) {
        List<Pause> stops = pauses == null ? List.of() : List.copyOf(pauses);
        int counted = 0;
        for (LocalDate d = trigger.plusDays(1); !d.isAfter(through); d = d.plusDays(1)) {
            LocalDate day = d;
            if (isWorkingDay(day) && stops.stream().noneMatch(p -> p.covers(day))) {
                counted++;
            }
        }
        return counted;
    }

    /**
     * Working days left until a deadline, as a clerk reads it on {@code today}: today counts while it
     * is a working day not yet over, so on the last working day 1 remains. After the last working day
     * the result is the negative number of working days since it (0 on a weekend right after it, when
     * the case is nonetheless {@linkplain #isOverdue overdue}). Pauses are not considered: a paused case
     * has its deadline recounted when the material arrives.
     */
    public int workingDaysRemaining(LocalDate lastWorkingDay, LocalDate today) {
        if (!today.isAfter(lastWorkingDay)) {
            return countWorkingDays(today, lastWorkingDay);
        }
        return -countWorkingDays(lastWorkingDay.plusDays(1), today);
    }

    public int workingDaysRemaining(Deadline deadline, LocalDate today) {
        return workingDaysRemaining(deadline.lastWorkingDay(), today);
    }

    /** Overdue once the deadline's end (24:00 of its last working day) has been reached. */
    public static boolean isOverdue(OffsetDateTime dueAt, Instant now) {
        return !now.isBefore(dueAt.toInstant());
    }

    public static boolean isOverdue(Deadline deadline, Instant now) {
        return isOverdue(deadline.dueAt(), now);
    }

    /** 24:00 Asia/Shanghai of {@code day}, i.e. the next day's 00:00+08:00. */
    public static OffsetDateTime endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZONE).toOffsetDateTime();
    }

    /** Working days in {@code from} through {@code to}, both inclusive. */
    private int countWorkingDays(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }
}
