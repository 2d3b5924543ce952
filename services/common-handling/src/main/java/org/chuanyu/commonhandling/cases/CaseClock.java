package org.chuanyu.commonhandling.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What cases need from the working-day calendar. */
public interface CaseClock {

    /**
     * A stretch of dates in which the clock stood still: a supplement request (补正) until the
     * material arrived, both days included; {@code until} is null while the material is awaited.
     */
    record Pause(LocalDate from, LocalDate until) {
    }

    /** A due moment; provisional when a year it spans had no holiday calendar loaded. */
    record Due(Instant at, boolean provisional) {
    }

    /** The end of the Nth working day counted from the first working day after {@code trigger}, pauses excluded. */
    Due due(LocalDate trigger, int workingDays, List<Pause> pauses);

    /** Working days a clerk still has on {@code today} before {@code due}; negative once it has passed. */
    int workingDaysLeft(Instant due, LocalDate today);

    /** Whether a day is a working day on the holiday calendar. */
    boolean isWorkingDay(LocalDate day);

    /** Working days counted from {@code trigger} through {@code through}, pauses excluded: the time a step took. */
    int workingDaysTaken(LocalDate trigger, LocalDate through, List<Pause> pauses);
}
