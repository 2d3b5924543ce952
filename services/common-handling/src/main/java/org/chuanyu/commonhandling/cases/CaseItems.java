package org.chuanyu.commonhandling.cases;

import java.time.LocalDate;
import java.util.Optional;

/** What intake needs from the item catalogue: the terms of an item's version in force. */
public interface CaseItems {

    /** The statutory terms of an item version: time limits in working days. */
    record Terms(String itemCode, int version, int acceptanceDays, int decisionDays) {
    }

    Optional<Terms> inForce(String itemCode, LocalDate on);

    /** The terms of the exact version a running case started with. */
    Optional<Terms> version(String itemCode, int version);
}
