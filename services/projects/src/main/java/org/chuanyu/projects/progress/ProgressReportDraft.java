package org.chuanyu.projects.progress;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A progress report as the reporter files it. */
@Schema(name = "ProgressReportDraft", example = "{\"cadence\":\"MONTHLY\",\"periodStart\":\"2026-03-01\","
        + "\"periodEnd\":\"2026-03-31\",\"completedInPeriod\":120000000,\"narrative\":\"主体厂房封顶\"}")
public record ProgressReportDraft(
        @Schema(description = "WEEKLY or MONTHLY") @NotNull Cadence cadence,
        @Schema(description = "First day of the period") @NotNull LocalDate periodStart,
        @Schema(description = "Last day of the period") @NotNull LocalDate periodEnd,
        @Schema(description = "Investment completed in the period, CNY") @NotNull
        @DecimalMin(value = "0", message = "must be zero or more")
        @Digits(integer = 16, fraction = 2, message = "must be an amount in yuan with at most two decimals") BigDecimal completedInPeriod,
        @Schema(description = "Cumulative completed investment the reporter declares, CNY; the sum of the reports "
                + "that count when absent; never more than that sum")
        @DecimalMin(value = "0", message = "must be zero or more")
        @Digits(integer = 16, fraction = 2, message = "must be an amount in yuan with at most two decimals") BigDecimal cumulative,
        @Schema(description = "What happened") @Size(max = 4000) String narrative,
        @Schema(description = "Id of the report this one corrects (same project, same period); that report stops counting")
        Long corrects) {
}
