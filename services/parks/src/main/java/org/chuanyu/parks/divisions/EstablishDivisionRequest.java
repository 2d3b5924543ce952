package org.chuanyu.parks.divisions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A code coming into use on a date. */
@Schema(name = "EstablishDivision", description = "A division coming into use; its parent is the nearest "
        + "prefecture or province valid on validFrom",
        example = "{\"code\":\"500109\",\"name\":\"北碚区\",\"nameEn\":\"Beibei District\",\"validFrom\":\"2020-01-01\","
                + "\"document\":\"国务院批复\"}")
public record EstablishDivisionRequest(
        @NotNull @Size(max = 6) @Pattern(regexp = DivisionCodes.PATTERN, message = DivisionCodes.MESSAGE)
        @Schema(description = "GB/T 2260 code of Sichuan (51…) or Chongqing (50…)") String code,
        @NotBlank @Size(max = 100) @Schema(description = "Chinese name") String name,
        @Size(max = 200) @Schema(description = "English name", nullable = true) String nameEn,
        @NotNull @Schema(description = "First day the code is valid") LocalDate validFrom,
        @Size(max = 300) @Schema(description = "The official document, e.g. its number", nullable = true) String document,
        @Size(max = 2000) @Schema(nullable = true) String note) {
}
