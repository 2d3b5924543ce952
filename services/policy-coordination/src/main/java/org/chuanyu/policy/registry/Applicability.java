package org.chuanyu.policy.registry;

import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Where and to whom a policy applies. An empty list means "no restriction" on that dimension;
 * districts, zones and parks are alternatives of one location condition (see PolicyMatcher).
 */
@Schema(description = "To whom the policy applies; an empty list places no restriction")
public record Applicability(
        @Schema(description = "Provinces (realm names)", example = "[\"chongqing\"]") @Size(max = 2) List<@Size(max = 9) String> provinces,
        @Schema(description = "GB/T 2260 district codes", example = "[\"500153\"]") @Size(max = 300) List<@Size(max = 6) String> districts,
        @Schema(description = "Joint-zone codes", example = "[\"gaozhu\"]") @Size(max = 20) List<@Size(max = 64) String> zones,
        @Schema(description = "Park codes", example = "[\"rongchang-hightech\"]") @Size(max = 200) List<@Size(max = 64) String> parks,
        @Schema(description = "Industry codes (the parks' vocabulary)", example = "[\"electronics\"]") @Size(max = 100) List<@Size(max = 64) String> industries,
        @Schema(description = "Project stages", example = "[\"IN_PRODUCTION\", \"AT_CAPACITY\"]") @Size(max = 8) List<ProjectStage> stages,
        @Schema(description = "Minimum planned investment in CNY", example = "50000000", nullable = true)
        @DecimalMin(value = "0", message = "must not be negative")
        @Digits(integer = 16, fraction = 2, message = "must be an amount in yuan with at most two decimals") BigDecimal minimumInvestment) {

    public static final Applicability EVERYONE = new Applicability(null, null, null, null, null, null, null);

    public Applicability {
        provinces = sorted(provinces);
        districts = sorted(districts);
        zones = sorted(zones);
        parks = sorted(parks);
        industries = sorted(industries);
        stages = stages == null ? List.of() : stages.stream().filter(Objects::nonNull).distinct().sorted().toList();
        minimumInvestment = minimumInvestment == null ? null : minimumInvestment.setScale(2, RoundingMode.HALF_UP);
    }

    /** Sorted and without repeats, so the same applicability always compares (and diffs) equal. */
    private static List<String> sorted(Collection<String> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).map(String::strip).distinct().sorted().toList();
    }
}
