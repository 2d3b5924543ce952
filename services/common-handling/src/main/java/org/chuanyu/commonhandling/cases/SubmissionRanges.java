package org.chuanyu.commonhandling.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.chuanyu.jurisdiction.time.BusinessClock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The statistics' {@code from} and {@code to} read against today and the configured longest range, in one place. */
@ApplicationScoped
public class SubmissionRanges {

    @Inject
    BusinessClock businessClock;
    @ConfigProperty(name = "common-handling.stats.max-range-days")
    int maxRangeDays;

    /** The range the two query parameters name (see {@link SubmissionRange#of}). */
    public SubmissionRange of(String fromParam, String toParam) {
        return SubmissionRange.of(fromParam, toParam, businessClock.today(), maxRangeDays);
    }
}
