package org.chuanyu.jurisdiction.time;

import jakarta.enterprise.context.ApplicationScoped;
import org.chuanyu.jurisdiction.web.BusinessDates;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The one source of "now" and "today" for business rules: when a case was filed, which day a deadline
 * counts from, which years may be reported or loaded, what a document number's year is. Business
 * dates are Asia/Shanghai dates whatever zone the server runs in (docs/adr/0001-one-business-clock.md).
 * <p>
 * Every such rule asks this bean rather than the system clock, so that a test can run the whole service
 * at another instant (31 December at 23:59, 1 January, a year whose holiday calendar is not shipped) by
 * installing {@link #startingAt(Instant)} for the length of one test, instead of waiting for the date.
 * Timing that is not business (cache lifetimes, timeouts) keeps the system clock.
 */
@ApplicationScoped
public class BusinessClock {

    private final Clock clock;

    public BusinessClock() {
        this(Clock.systemUTC());
    }

    private BusinessClock(Clock clock) {
        this.clock = clock;
    }

    /** A clock that reads {@code start} at once and then runs on at the real clock's pace. */
    public static BusinessClock startingAt(Instant start) {
        Clock system = Clock.systemUTC();
        return new BusinessClock(Clock.offset(system, Duration.between(system.instant(), start)));
    }

    public Instant now() {
        return clock.instant();
    }

    /** Today in Asia/Shanghai. */
    public LocalDate today() {
        return LocalDate.ofInstant(now(), BusinessDates.ZONE);
    }

    /** The current year in Asia/Shanghai. */
    public int year() {
        return today().getYear();
    }

    /** Now, as the API shows an instant (with the Asia/Shanghai offset). */
    public OffsetDateTime nowAtOffset() {
        return BusinessDates.at(now());
    }
}
