package org.chuanyu.commonhandling.cases;

import java.time.LocalDate;
import java.util.Optional;

/** What intake needs from the item catalogue: the terms of an item's version in force. */
public interface CaseItems {

    /**
     * The terms of an item version: statutory time limits in working days, and the promised limit of each step
     * (承诺时限; the statutory one where the version sets none; delivery's statutory limit is the law's, art. 44).
     */
    record Terms(String itemCode, int version, int acceptanceDays, int decisionDays, int intakeLimit, int decisionLimit,
                 int deliveryLimit) {
    }

    Optional<Terms> inForce(String itemCode, LocalDate on);

    /** The terms of the exact version a running case started with. */
    Optional<Terms> version(String itemCode, int version);
}
