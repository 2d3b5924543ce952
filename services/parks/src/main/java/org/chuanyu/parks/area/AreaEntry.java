package org.chuanyu.parks.area;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One entry of a park's area history, as sent and as shown. */
@Schema(name = "AreaEntry", description = "A dated area of a park",
        example = "{\"kind\":\"PLANNED\",\"areaKm2\":100.07,\"effectiveOn\":\"2023-06-30\",\"source\":\"荣昌高新区扩区规划\"}")
public record AreaEntry(
        @Schema(description = "FILED (批复), MANAGED (托管/实际管辖) or PLANNED (规划)") @NotNull ParkArea.Kind kind,
        @Schema(description = "Area in km²", example = "28.8") @NotNull
        @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
        @DecimalMax(value = "100000", message = "must be at most 100000 km²")
        @Digits(integer = 8, fraction = 4) BigDecimal areaKm2,
        @Schema(description = "Date from which the area applies") @NotNull LocalDate effectiveOn,
        @Schema(description = "Document or report the figure comes from", nullable = true) @Size(max = 500) String source,
        @Schema(description = "Who recorded it (set by the platform)", readOnly = true) String recordedBy) {

    static AreaEntry of(ParkArea a) {
        return new AreaEntry(a.kind, a.areaKm2, a.effectiveOn, a.source, a.recordedBy);
    }
}
