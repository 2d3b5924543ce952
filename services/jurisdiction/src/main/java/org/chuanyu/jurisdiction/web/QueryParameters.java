package org.chuanyu.jurisdiction.web;

import org.chuanyu.jurisdiction.problem.ProblemException;
import org.chuanyu.jurisdiction.time.BusinessClock;
import org.chuanyu.jurisdiction.validation.Violations;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Numbers in query parameters and cursors, read by hand: a JAX-RS parameter declared as a number
 * answers a bad value with 404, which would tell the caller nothing. Here a bad value is a 400
 * naming the parameter.
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** The whole number in a query parameter, null when absent. */
    public static Integer wholeNumber(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(name, "must be a whole number");
        }
    }

    /** A yes/no filter ({@code true} or {@code false}, nothing else), null when absent. */
    public static Boolean yesOrNo(String name, String raw) {
        Violations errors = new Violations();
        Boolean value = yesOrNo(name, raw, errors);
        errors.throwIfAny();
        return value;
    }

    /** The same, for a list that gathers every bad parameter before it answers: a bad value is noted, and null. */
    public static Boolean yesOrNo(String name, String raw, Violations errors) {
        if (raw == null) {
            return null;
        }
        if (!raw.equals("true") && !raw.equals("false")) {
            errors.add(name, "must be true or false");
            return null;
        }
        return Boolean.valueOf(raw);
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

    /** The {@code asOf} date of a query: the business clock's today (Asia/Shanghai) when absent. */
    public static LocalDate asOf(String raw, BusinessClock clock) {
        LocalDate date = date("asOf", raw);
        return date != null ? date : clock.today();
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
