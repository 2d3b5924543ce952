package org.chuanyu.projects.lifecycle;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A request to move a project to another stage. */
@Schema(name = "StageTransitionRequest", example = "{\"to\":\"STARTED\",\"on\":\"2026-04-08\"}")
public record StageTransitionRequest(
        @Schema(description = "The stage to move to") @NotNull Stage to,
        @Schema(description = "When it happened (Asia/Shanghai business date); today when absent") LocalDate on,
        @Schema(description = "Why: required to skip a stage, to suspend and to cancel", example = "投资方战略调整")
        @Size(max = 1000) String reason) {
}
