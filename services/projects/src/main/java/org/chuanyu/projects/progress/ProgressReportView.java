package org.chuanyu.projects.progress;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A filed progress report. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ProgressReport", example = "{\"id\":41,\"cadence\":\"MONTHLY\",\"periodStart\":\"2026-03-01\","
        + "\"periodEnd\":\"2026-03-31\",\"completedInPeriod\":120000000.00,\"cumulative\":370000000.00,"
        + "\"currency\":\"CNY\",\"narrative\":\"主体厂房封顶\",\"reporter\":\"rongchang-clerk\","
        + "\"reportedAt\":\"2026-04-02T09:12:00+08:00\",\"counts\":true}")
public record ProgressReportView(
        Long id, Cadence cadence, LocalDate periodStart, LocalDate periodEnd, BigDecimal completedInPeriod,
        BigDecimal cumulative, String currency,
        @Schema(description = "What happened in the period, if said", nullable = true) String narrative, String reporter, OffsetDateTime reportedAt,
        @Schema(description = "The report this one corrects", nullable = true) Long corrects,
        @Schema(description = "False once a later report corrected this one") boolean counts) {
}
