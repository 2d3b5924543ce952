package org.chuanyu.projects.blockers;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A blocker as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Blocker", example = "{\"id\":12,\"projectCode\":\"rongchang-hightech.packaging-park\",\"description\":\"110千伏专线接入方案未批复\","
        + "\"category\":\"POWER\",\"severity\":\"SMALL\",\"raisedAt\":\"2026-09-30T10:00:00+08:00\",\"raisedBy\":\"rongchang-clerk\","
        + "\"dueOn\":\"2026-10-08\",\"dueBy\":\"2026-10-08T23:59:59+08:00\",\"dueProvisional\":false,"
        + "\"ownerDepartment\":\"区发展改革委\",\"overdue\":false,\"version\":0}")
public record BlockerView(
        Long id, String projectCode, String description, BlockerCategory category, Severity severity,
        OffsetDateTime raisedAt, String raisedBy,
        @Schema(description = "The day it is due (Asia/Shanghai)") LocalDate dueOn,
        @Schema(description = "The end of that day") OffsetDateTime dueBy,
        @Schema(description = "True when the deadline was counted on weekends alone because the holiday calendar "
                + "was unavailable or the year is not loaded; it may move once the calendar is known") boolean dueProvisional,
        String ownerDepartment,
        @Schema(description = "Open and past its due day (as of today, Asia/Shanghai)") boolean overdue,
        @Schema(description = "How it was solved; null while open", nullable = true) String resolution,
        @Schema(description = "When it was solved; null while open", nullable = true) OffsetDateTime resolvedAt,
        @Schema(description = "Who solved it; null while open", nullable = true) String resolvedBy, long version) {
}
