package org.chuanyu.commonhandling.calendar;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The statutory clock on the project's own copy of the State Council schedules, for tests without Quarkus. */
public final class ShippedCalendar {

    private ShippedCalendar() {
    }

    /**
     * The clock with the shipped years through {@code lastYear} (a later year added to the file does not change what a
     * test means: the year after stays one with no schedule).
     */
    public static WorkingDayClock through(int lastYear) {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
        try (InputStream in = ShippedCalendar.class.getClassLoader().getResourceAsStream("calendar/holidays-cn.json")) {
            ScheduleFile file = json.readValue(in, ScheduleFile.class);
            return new WorkingDayClock(file.years().entrySet().stream()
                    .filter(y -> y.getKey() <= lastYear)
                    .map(y -> ScheduleRules.toYearSchedule(y.getKey(), y.getValue())).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
