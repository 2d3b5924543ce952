package org.chuanyu.parks.web;

import org.chuanyu.jurisdiction.problem.ProblemException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Dates and choices in query parameters, read by hand like the library's numbers
 * ({@link org.chuanyu.jurisdiction.web.QueryParameters}): a bad value is a 400 that names the
 * parameter (JAX-RS would answer 404 for a query parameter it cannot convert).
 */
public final class QueryParams {

    private QueryParams() {
    }

    /** An ISO date ({@code 2026-01-31}), or null when absent. */
    public static LocalDate date(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "must be a date such as 2026-01-31");
        }
    }

    /** The {@code asOf} date of a query: today (Asia/Shanghai) when absent. */
    public static LocalDate asOf(String raw) {
        LocalDate date = date("asOf", raw);
        return date != null ? date : BusinessDates.today();
    }

    /** One of an enum's values by its API name, or null when absent. */
    public static <E extends Enum<E>> E choice(String name, String raw, Class<E> type, Function<E, String> apiName) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        E[] values = type.getEnumConstants();
        Optional<E> match = Arrays.stream(values).filter(v -> apiName.apply(v).equalsIgnoreCase(raw.trim())).findFirst();
        return match.orElseThrow(() -> ProblemException.invalid(name, "must be one of "
                + Arrays.stream(values).map(apiName).collect(Collectors.joining(", "))));
    }
}
