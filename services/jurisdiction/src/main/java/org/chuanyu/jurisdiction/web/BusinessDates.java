package org.chuanyu.jurisdiction.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Business dates are dates in Asia/Shanghai (docs/adr/0001-one-business-clock.md), whatever zone the server runs in.
 * "Today" and "now" come from {@link org.chuanyu.jurisdiction.time.BusinessClock}, never from here.
 */
public final class BusinessDates {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private BusinessDates() {
    }

    /** An instant as the API shows it: with the Asia/Shanghai offset; null stays null. */
    public static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atZone(ZONE).toOffsetDateTime();
    }
}
