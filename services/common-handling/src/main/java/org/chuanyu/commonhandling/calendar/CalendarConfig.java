package org.chuanyu.commonhandling.calendar;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;

/** The working-day calendar's settings ({@code common-handling.calendar.*} in application.properties). */
@ConfigMapping(prefix = "common-handling.calendar")
public interface CalendarConfig {

    /** Classpath resource holding the project's copy of the State Council schedules, loaded at start. */
    String schedules();

    /** The earliest year a schedule may be recorded for. */
    int earliestYear();

    /** How many years after the current one (Asia/Shanghai) a schedule may be recorded for. */
    int yearsAhead();

    /**
     * How long a replica keeps its clock before reading the calendar again. A change made on this
     * replica refreshes it at once; this bounds how long another replica's change goes unseen.
     */
    Duration cacheTtl();
}
