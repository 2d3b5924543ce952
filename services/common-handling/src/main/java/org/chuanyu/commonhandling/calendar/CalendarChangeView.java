package org.chuanyu.commonhandling.calendar;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** One entry of the record of calendar changes. */
@Schema(description = "A recorded change of a year's calendar: who made it, from which realm, when, before and after",
        example = CalendarExamples.CHANGE)
public record CalendarChangeView(
        @Schema(description = "Order of recording; later changes have higher ids", example = "17") long id,
        @Schema(description = "The year changed", example = "2027") int year,
        @Schema(description = "User name of the admin, or the system's loader", example = "cq-admin") String recordedBy,
        @Schema(description = "The realm of the admin's token; absent for the system's loader", nullable = true,
                example = "chongqing") String recordedByRealm,
        @Schema(description = "When (Asia/Shanghai)") OffsetDateTime recordedAt,
        @Schema(description = "The schedule before; absent when the change first loaded the year", nullable = true)
        PublishedSchedule before,
        @Schema(description = "The schedule after") PublishedSchedule after,
        @Schema(description = "The proposal whose approval by both provinces applied it; absent for the project's "
                + "schedules file", nullable = true, example = "3") Long proposal) {
}
