package org.chuanyu.projects.lifecycle;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A recorded stage transition. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "StageTransition", example = "{\"from\":\"LEAD\",\"to\":\"STARTED\",\"on\":\"2026-04-08\","
        + "\"reason\":\"签约与开工同日举行\",\"decidedBy\":\"linshui-clerk\",\"decidedAt\":\"2026-04-08T17:02:11+08:00\"}")
public record StageTransitionView(Stage from, Stage to, LocalDate on,
                                  @Schema(description = "Why, where the move needs one", nullable = true) String reason,
                                  String decidedBy,
                                  OffsetDateTime decidedAt) {
}
