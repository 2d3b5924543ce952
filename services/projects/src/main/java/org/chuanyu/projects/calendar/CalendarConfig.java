package org.chuanyu.projects.calendar;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How long calendar years are reused (the calendar's URL and timeouts are under quarkus.rest-client.calendar). */
@ConfigMapping(prefix = "projects.calendar")
public interface CalendarConfig {

    /** A loaded year changes rarely (an admin correcting a schedule): reuse it this long. */
    @WithDefault("PT6H")
    Duration cacheTtl();

    /** A provisional answer (year not loaded, calendar down) is asked again after this. */
    @WithDefault("PT1M")
    Duration retryAfter();
}
