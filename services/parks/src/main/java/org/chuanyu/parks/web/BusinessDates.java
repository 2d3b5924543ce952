package org.chuanyu.parks.web;

import java.time.LocalDate;
import java.time.ZoneId;

/** Business dates are dates in Asia/Shanghai (TARGET section 4), whatever zone the server runs in. */
public final class BusinessDates {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private BusinessDates() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
