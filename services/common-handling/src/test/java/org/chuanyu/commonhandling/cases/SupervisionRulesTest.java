package org.chuanyu.commonhandling.cases;

import org.chuanyu.commonhandling.cases.SupervisionRules.Level;
import org.chuanyu.commonhandling.cases.SupervisionRules.Limits;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The lights as a function of time, and how many days a warning covers. */
class SupervisionRulesTest {

    static final Instant WARNING_FROM = Instant.parse("2026-10-09T16:00:00Z");
    static final Instant STEP_DUE = Instant.parse("2026-10-12T16:00:00Z");
    static final Instant STATUTORY_DUE = Instant.parse("2026-10-14T16:00:00Z");
    static final Limits LIMITS = new Limits(WARNING_FROM, STEP_DUE, STATUTORY_DUE);

    @Test
    void aWarningCoversAFifthOfTheStepsWorkingDaysAndAtLeastOne() {
        assertEquals(1, SupervisionRules.warningDays(1));
        assertEquals(1, SupervisionRules.warningDays(3));
        assertEquals(1, SupervisionRules.warningDays(9));
        assertEquals(2, SupervisionRules.warningDays(10));
        assertEquals(4, SupervisionRules.warningDays(20));
        assertEquals(12, SupervisionRules.warningDays(60));
        assertThrows(IllegalArgumentException.class, () -> SupervisionRules.warningDays(0));
    }

    @Test
    void theLightChangesExactlyAtEachLimit() {
        assertEquals(Level.NORMAL, SupervisionRules.level(LIMITS, WARNING_FROM.minusNanos(1000)));
        assertEquals(Level.WARNING, SupervisionRules.level(LIMITS, WARNING_FROM));
        assertEquals(Level.WARNING, SupervisionRules.level(LIMITS, STEP_DUE.minusSeconds(1)));
        assertEquals(Level.YELLOW, SupervisionRules.level(LIMITS, STEP_DUE));
        assertEquals(Level.RED, SupervisionRules.level(LIMITS, STATUTORY_DUE));
        assertEquals(Level.RED, SupervisionRules.level(LIMITS, STATUTORY_DUE.plusSeconds(86_400 * 400L)));
    }

    @Test
    void theNextChangeIsTheNextLimitAndNoneOnceRed() {
        assertEquals(WARNING_FROM, SupervisionRules.nextChange(LIMITS, WARNING_FROM.minusSeconds(5)));
        assertEquals(STEP_DUE, SupervisionRules.nextChange(LIMITS, WARNING_FROM));
        assertEquals(STATUTORY_DUE, SupervisionRules.nextChange(LIMITS, STEP_DUE));
        assertNull(SupervisionRules.nextChange(LIMITS, STATUTORY_DUE));
    }

    @Test
    void withoutALimitOfItsOwnAStepGoesFromWarningStraightToRed() {
        Limits statutoryOnly = new Limits(WARNING_FROM, STATUTORY_DUE, STATUTORY_DUE);
        assertEquals(Level.WARNING, SupervisionRules.level(statutoryOnly, STATUTORY_DUE.minusSeconds(1)));
        assertEquals(Level.RED, SupervisionRules.level(statutoryOnly, STATUTORY_DUE));
    }

    @Test
    void limitsComeInTheirOrder() {
        assertThrows(IllegalArgumentException.class, () -> new Limits(WARNING_FROM, STATUTORY_DUE, STEP_DUE));
        assertThrows(IllegalArgumentException.class, () -> new Limits(STEP_DUE.plusSeconds(1), STEP_DUE, STATUTORY_DUE));
    }

}
