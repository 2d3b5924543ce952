package org.chuanyu.parks.indicators;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Business dates and times of the platform are those of Asia/Shanghai (both provinces). */
final class BusinessTime {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private BusinessTime() {
    }

    static OffsetDateTime of(Instant instant) {
        return instant == null ? null : instant.atZone(ZONE).toOffsetDateTime();
    }
}
