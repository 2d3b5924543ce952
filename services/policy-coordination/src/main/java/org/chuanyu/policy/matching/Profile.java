package org.chuanyu.policy.matching;

import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import org.chuanyu.policy.registry.ProjectStage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** What is known of a project (or of an enterprise asking): every field optional. */
@Schema(description = "A project profile to match policies against; every field is optional",
        example = MatchExamples.PROFILE)
public record Profile(
        @Schema(description = "Industry codes", example = "[\"electronics\"]") @Size(max = 100) List<@Size(max = 64) String> industries,
        @Schema(description = "Park code", example = "rongchang-hightech", nullable = true) @Size(max = 64) String park,
        @Schema(description = "GB/T 2260 district code", example = "500153", nullable = true) @Size(max = 6) String district,
        @Schema(description = "Joint-zone code", example = "gaozhu", nullable = true) @Size(max = 64) String zone,
        @Schema(description = "Project stage", example = "IN_PRODUCTION", nullable = true) ProjectStage stage,
        @Schema(description = "Planned investment in CNY", example = "80000000", nullable = true)
        @DecimalMin(value = "0", message = "must not be negative")
        @Digits(integer = 16, fraction = 2, message = "must be an amount in yuan with at most two decimals") BigDecimal investment) {

    public Profile {
        industries = industries == null ? List.of() : industries.stream().filter(Objects::nonNull).map(String::strip).distinct().toList();
        park = blankToNull(park);
        district = blankToNull(district);
        zone = blankToNull(zone);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
