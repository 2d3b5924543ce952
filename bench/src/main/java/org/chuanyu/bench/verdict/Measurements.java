package org.chuanyu.bench.verdict;

import com.fasterxml.jackson.databind.JsonNode;
import org.chuanyu.bench.report.ResultRows;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** What a bench run measured, as the verdicts ask for it: one step of a scenario, or the best rate that met a bound. */
public final class Measurements {

    private final List<JsonNode> rows;

    public Measurements(List<JsonNode> rows) {
        this.rows = List.copyOf(rows);
    }

    /** The last row of a scenario in a mode ({@code open} or {@code closed}), at an offered rate when one is given. */
    public Optional<JsonNode> last(String scenario, String mode, Double offeredRate) {
        JsonNode found = null;
        for (JsonNode row : rows) {
            if (row.path("scenario").asText().equals(scenario) && row.path("mode").asText().equals(mode)
                    && (offeredRate == null || offeredRate.equals(ResultRows.number(row, "offeredRate")))) {
                found = row;
            }
        }
        return Optional.ofNullable(found);
    }

    /** A number field of {@link #last}; empty when the row or the field is missing. */
    public OptionalDouble field(String scenario, String mode, Double offeredRate, String field) {
        Double value = last(scenario, mode, offeredRate).map(row -> ResultRows.number(row, field)).orElse(null);
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    /** The highest offered rate of an open-model step without errors whose p99 met the bound; empty when none did. */
    public OptionalDouble bestRate(String scenario, double p99AtMostMs) {
        return rows.stream()
                .filter(row -> row.path("scenario").asText().equals(scenario) && row.path("mode").asText().equals("open"))
                .filter(row -> Double.valueOf(0).equals(ResultRows.number(row, "errors")))
                .filter(row -> {
                    Double p99 = ResultRows.number(row, "p99");
                    return p99 != null && p99 <= p99AtMostMs;
                })
                .map(row -> ResultRows.number(row, "offeredRate"))
                .filter(rate -> rate != null)
                .mapToDouble(Double::doubleValue)
                .max();
    }
}
