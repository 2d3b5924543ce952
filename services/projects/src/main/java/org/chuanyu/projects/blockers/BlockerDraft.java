package org.chuanyu.projects.blockers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** A blocker as a clerk raises it. */
@Schema(name = "BlockerDraft", example = "{\"description\":\"110千伏专线接入方案未批复\",\"category\":\"POWER\","
        + "\"severity\":\"SMALL\",\"ownerDepartment\":\"区发展改革委\"}")
public record BlockerDraft(
        @Schema(description = "What is holding the project up") @NotBlank @Size(max = 2000) String description,
        @Schema(description = "Category") @NotNull BlockerCategory category,
        @Schema(description = "SMALL or BIG") @NotNull Severity severity,
        @Schema(description = "Department responsible for solving it", example = "区发展改革委") @NotBlank @Size(max = 200) String ownerDepartment,
        @Schema(description = "When it was raised (e.g. at the weekly dispatch meeting); now when absent; never in the future")
        OffsetDateTime raisedAt) {
}
