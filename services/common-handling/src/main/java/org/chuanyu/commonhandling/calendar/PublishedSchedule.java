package org.chuanyu.commonhandling.calendar;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/**
 * A year's schedule as the State Council publishes it: what an admin sends, what the versioned file
 * holds for each year, and what the record of changes keeps as "before" and "after".
 */
@Schema(description = "A year's public holidays and make-up working days, with the notice they come from",
        example = CalendarExamples.SCHEDULE)
public record PublishedSchedule(
        @Schema(description = "The notice the schedule comes from",
                example = "国务院办公厅关于2026年部分节假日安排的通知, 2025-11-04")
        @NotBlank @Size(max = 500) String source,
        @Schema(description = "The public holidays (放假), each with its days; a holiday may fall on any day of the week")
        @NotNull @Size(max = 30) List<@NotNull @Valid Holiday> holidays,
        @Schema(description = "Saturdays and Sundays declared working days (调休上班)", example = "[\"2026-02-14\", \"2026-02-28\"]")
        @NotNull @Size(max = 30) List<@NotNull LocalDate> makeUpWorkdays) {

    @Schema(description = "One public holiday and its days off")
    public record Holiday(
            @Schema(description = "The holiday's name", example = "春节 Spring Festival")
            @NotBlank @Size(max = 200) String name,
            @Schema(description = "The days off, in the schedule's year", example = "[\"2026-02-15\", \"2026-02-16\"]")
            @NotEmpty @Size(max = 31) List<@NotNull LocalDate> days) {
    }
}
