package org.chuanyu.commonhandling.cases;

import org.chuanyu.jurisdiction.validation.Violations;
import org.chuanyu.jurisdiction.web.BusinessDates;
import org.chuanyu.jurisdiction.web.QueryParameters;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The days of submission a statistic covers, as every one of them takes them ({@code from}, {@code to}, ISO dates,
 * Asia/Shanghai): by default 1 January of this year to today; 400 for a date that is not ISO, a range backwards, or one
 * longer than {@code common-handling.stats.max-range-days}.
 */
public record SubmissionRange(LocalDate from, LocalDate to) {

    public static SubmissionRange of(String fromParam, String toParam, LocalDate today, int maxDays) {
        LocalDate from = fromParam == null ? today.withDayOfYear(1) : QueryParameters.date("from", fromParam);
        LocalDate to = toParam == null ? today : QueryParameters.date("to", toParam);
        Violations errors = new Violations();
        if (to.isBefore(from)) {
            errors.add("to", "must not be before from");
        } else if (ChronoUnit.DAYS.between(from, to) >= maxDays) {
            errors.add("to", "a range covers at most " + maxDays + " days");
        }
        errors.throwIfAny();
        return new SubmissionRange(from, to);
    }

    /** The first instant of {@code from}. */
    public Instant start() {
        return from.atStartOfDay(BusinessDates.ZONE).toInstant();
    }

    /** The first instant after {@code to}. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(BusinessDates.ZONE).toInstant();
    }
}
