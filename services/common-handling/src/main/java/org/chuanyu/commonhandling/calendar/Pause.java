package org.chuanyu.commonhandling.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A stop of the statutory clock: from the day a supplement was requested (补正) through the day the
 * material arrived, both inclusive. No day in that range counts, whatever kind of day it is; the
 * count resumes on the first working day after {@code end}.
 *
 * <p>A supplement still outstanding has no end yet; its deadline is not known. Callers that want
 * the earliest possible deadline pass today as the end.
 */
public record Pause(LocalDate start, LocalDate end) {

    public Pause {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("a pause cannot end (" + end + ") before it starts (" + start + ")");
        }
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
