package org.chuanyu.parks.divisions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** A change to record for a division. Which fields apply depends on the kind. */
@Schema(name = "RecordDivisionChange", description = "RENAMED: name (and nameEn); ABOLISHED: successors (at least "
        + "one); TERRITORY_TRANSFERRED: successors and optionally towns",
        example = "{\"kind\":\"ABOLISHED\",\"effectiveOn\":\"2025-11-01\",\"successors\":[\"500109\"],"
                + "\"document\":\"渝府〔2025〕…号\"}")
public record DivisionChangeRequest(
        @NotNull @Schema(description = "RENAMED, ABOLISHED or TERRITORY_TRANSFERRED") ChangeKind kind,
        @NotNull @Schema(description = "The day the change takes effect") LocalDate effectiveOn,
        @Size(max = 100) @Schema(description = "RENAMED: the new Chinese name", nullable = true) String name,
        @Size(max = 200) @Schema(description = "RENAMED: the new English name (omitted: unchanged)", nullable = true)
        String nameEn,
        @Size(max = 20) @Schema(description = "Divisions that take over (part of) the territory; valid on effectiveOn")
        List<@NotNull @Size(max = 6) @Pattern(regexp = DivisionCodes.PATTERN, message = DivisionCodes.MESSAGE) String> successors,
        @Size(max = 50) @Schema(description = "TERRITORY_TRANSFERRED: the towns that move")
        List<@NotBlank @Size(max = 50) String> towns,
        @Size(max = 300) @Schema(description = "The official document, e.g. its number", nullable = true) String document,
        @Size(max = 2000) @Schema(nullable = true) String note) {

    public List<String> successorsOrEmpty() {
        return successors == null ? List.of() : successors;
    }

    public List<String> townsOrEmpty() {
        return towns == null ? List.of() : towns;
    }
}
