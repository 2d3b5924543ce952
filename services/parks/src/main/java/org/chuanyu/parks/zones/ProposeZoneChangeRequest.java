package org.chuanyu.parks.zones;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A proposal: the zone as it should be, why, and from when its membership applies. */
@Schema(name = "ProposeZoneChange", description = "The zone as it should be once both provinces approve",
        example = ZoneExamples.PROPOSE_CHANGE)
public record ProposeZoneChangeRequest(
        // validated by ZoneDefinitionRules, together with what only the registry can tell
        @NotNull @Schema(description = "The whole definition of the zone after the change") ZoneDefinition zone,
        @Size(max = 2000) @Schema(description = "Why the change is proposed", nullable = true) String reason,
        @Schema(description = "When the membership change applies (not before today); default: the day the second "
                + "approval arrives. A proposal approved later than this date takes effect on the day of approval.",
                nullable = true) LocalDate effectiveOn) {
}
