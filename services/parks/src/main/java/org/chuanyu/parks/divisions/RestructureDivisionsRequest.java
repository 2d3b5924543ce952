package org.chuanyu.parks.divisions;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** Divisions that end and divisions that begin on one date, recorded together or not at all. */
@Schema(name = "RestructureDivisions", description = "A restructuring recorded atomically: the ended divisions are "
        + "abolished on effectiveOn, the established ones begin then, and the successors (default: the established "
        + "ones) take over the ended divisions' territory",
        example = "{\"effectiveOn\":\"2025-11-01\",\"ended\":[\"500112\"],\"successors\":[\"500109\"],"
                + "\"document\":\"国务院关于同意重庆市调整部分行政区划的批复\"}")
public record RestructureDivisionsRequest(
        @NotNull @Schema(description = "The day the restructuring takes effect") LocalDate effectiveOn,
        @Size(max = 50) @Schema(description = "Codes abolished on effectiveOn")
        List<@NotNull @Size(max = 6) @Pattern(regexp = DivisionCodes.PATTERN, message = DivisionCodes.MESSAGE) String> ended,
        @Size(max = 50) @Schema(description = "Divisions that begin on effectiveOn")
        List<@NotNull @Valid NewDivision> established,
        @Size(max = 50) @Schema(description = "Divisions taking over the ended ones' territory: established here, or "
                + "valid on effectiveOn; default: the established ones")
        List<@NotNull @Size(max = 6) @Pattern(regexp = DivisionCodes.PATTERN, message = DivisionCodes.MESSAGE) String> successors,
        @Size(max = 300) @Schema(description = "The official document", nullable = true) String document,
        @Size(max = 2000) @Schema(nullable = true) String note) {

    /** A division established by the restructuring; its parent is the nearest city or province valid then. */
    @Schema(name = "NewDivision")
    public record NewDivision(
            @NotNull @Size(max = 6) @Pattern(regexp = DivisionCodes.PATTERN, message = DivisionCodes.MESSAGE)
            @Schema(example = "500109") String code,
            @NotBlank @Size(max = 100) @Schema(example = "北碚区") String name,
            @Size(max = 200) @Schema(nullable = true, example = "Beibei District") String nameEn) {
    }

    public List<String> endedOrEmpty() {
        return ended == null ? List.of() : ended;
    }

    public List<NewDivision> establishedOrEmpty() {
        return established == null ? List.of() : established;
    }

    public List<String> successorsOrEmpty() {
        return successors == null ? List.of() : successors;
    }
}
