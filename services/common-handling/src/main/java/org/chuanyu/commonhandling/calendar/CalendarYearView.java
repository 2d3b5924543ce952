package org.chuanyu.commonhandling.calendar;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A year of the working-day calendar as the API shows it. */
@Schema(description = "A year of the working-day calendar. A year not loaded is provisional: weekends alone are "
        + "non-working days, and deadlines counted through it are marked provisional.", example = CalendarExamples.YEAR)
public record CalendarYearView(
        @Schema(description = "The year", example = "2026") int year,
        @Schema(description = "Whether the year's schedule is loaded") boolean loaded,
        @Schema(description = "True when no schedule is loaded and weekends alone are used") boolean provisional,
        @Schema(description = "The version, also sent as the ETag; absent for a year not loaded", nullable = true,
                example = "1") Long version,
        @Schema(description = "The notice the schedule comes from; absent for a year not loaded", nullable = true,
                example = "国务院办公厅关于2026年部分节假日安排的通知, 2025-11-04") String source,
        @Schema(description = "Public holidays in date order, each with its days") List<PublishedSchedule.Holiday> holidays,
        @Schema(description = "Saturdays and Sundays declared working days (调休上班)") List<LocalDate> makeUpWorkdays,
        @Schema(description = "Who last loaded or changed the year", nullable = true, example = "cq-admin") String updatedBy,
        @Schema(description = "When (Asia/Shanghai)", nullable = true) OffsetDateTime updatedAt) {

    static CalendarYearView provisional(int year) {
        return new CalendarYearView(year, false, true, null, null, List.of(), List.of(), null, null);
    }
}
