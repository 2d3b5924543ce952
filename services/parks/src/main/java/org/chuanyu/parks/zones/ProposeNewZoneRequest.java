package org.chuanyu.parks.zones;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A zone to record: its code (agreed in the platform configuration) and its definition. */
@Schema(name = "ProposeNewZone", description = "A new joint zone, recorded once both provinces approve",
        example = ZoneExamples.PROPOSE_NEW)
public record ProposeNewZoneRequest(
        @NotNull @Size(max = 64) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be a lower-case slug such as suitong")
        @Schema(description = "The zone's code, as agreed in jurisdiction.joint-zones", example = "suitong") String code,
        // validated by ZoneDefinitionRules, together with what only the registry can tell
        @NotNull @Schema(description = "The zone's definition") ZoneDefinition zone,
        @Size(max = 2000) @Schema(description = "Why the zone is proposed", nullable = true) String reason,
        @Schema(description = "When its membership begins (not before today); default: the day the second approval "
                + "arrives", nullable = true) LocalDate effectiveOn) {
}
