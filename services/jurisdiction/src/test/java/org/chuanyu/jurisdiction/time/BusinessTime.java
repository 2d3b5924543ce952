package org.chuanyu.jurisdiction.time;

import io.quarkus.test.junit.QuarkusMock;
import org.chuanyu.jurisdiction.web.BusinessDates;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/**
 * Runs the service under test at a chosen business instant, for one test: the clock is installed with
 * QuarkusMock, which undoes it when the test ends. The clock runs on from that instant, so what a test
 * does in order still happens in order. Tokens are still checked against the real time.
 */
public final class BusinessTime {

    private BusinessTime() {
    }

    /** From now until the running test ends, the service's business clock reads {@code isoWithOffset}. */
    public static void pinAt(String isoWithOffset) {
        QuarkusMock.installMockForType(BusinessClock.startingAt(OffsetDateTime.parse(isoWithOffset).toInstant()),
                BusinessClock.class);
    }

    /**
     * Pins the clock at noon of today (Asia/Shanghai) and returns that day: a test comparing its own "today"
     * with the service's cannot straddle midnight.
     */
    public static LocalDate pinTodayAtNoon() {
        LocalDate today = LocalDate.now(BusinessDates.ZONE);
        QuarkusMock.installMockForType(BusinessClock.startingAt(today.atTime(LocalTime.NOON)
                .atZone(BusinessDates.ZONE).toInstant()), BusinessClock.class);
        return today;
    }
}
