package org.chuanyu.projects.registry;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A stage's planned date (set with the project) and actual date (set by the transition into it). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Milestone", example = "{\"planned\":\"2026-03-31\",\"actual\":\"2026-04-08\"}")
public record Milestone(
        @Schema(description = "When the stage is planned to be reached (Asia/Shanghai business date)") LocalDate planned,
        @Schema(description = "When it was reached; set by a stage transition, read-only here") LocalDate actual) {

    public Milestone withActual(LocalDate date) {
        return new Milestone(planned, date);
    }
}
