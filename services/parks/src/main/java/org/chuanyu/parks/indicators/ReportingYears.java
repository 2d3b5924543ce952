package org.chuanyu.parks.indicators;

import jakarta.inject.Inject;
import org.chuanyu.jurisdiction.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import org.chuanyu.jurisdiction.problem.ProblemException;


/** The business years indicators may be reported, read and ranked for. */
@ApplicationScoped
public class ReportingYears {

    @Inject
    BusinessClock businessClock;

    @Inject
    IndicatorsConfig config;

    /**
     * The year a request names (path segment or query parameter), or a 400 problem on {@code field}
     * when it is missing, not a number, or outside the reporting range.
     */
    public int require(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw ProblemException.invalid(field, "is required");
        }
        int year;
        try {
            year = Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(field, "must be a year such as 2022");
        }
        int latest = businessClock.year() + config.yearsAhead();
        if (year < config.earliestYear() || year > latest) {
            throw ProblemException.invalid(field, "must be between " + config.earliestYear() + " and " + latest);
        }
        return year;
    }
}
