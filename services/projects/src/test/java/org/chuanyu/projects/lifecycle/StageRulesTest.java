package org.chuanyu.projects.lifecycle;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** The lifecycle's rules on their own, without HTTP or a database. */
class StageRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static StageRules.Decision decide(Stage current, Stage suspendedFrom, Stage to, String reason) {
        return StageRules.decide(current, suspendedFrom, null, to, TODAY, reason, TODAY);
    }

    @Test
    void theNextStageNeedsNoReasonButASkipDoes() {
        assertInstanceOf(StageRules.Decision.Allowed.class, decide(Stage.SIGNED, null, Stage.STARTED, null));
        assertEquals(new StageRules.Decision.Invalid("reason", "is required to skip a stage (from SIGNED to COMPLETED)"),
                decide(Stage.SIGNED, null, Stage.COMPLETED, " "));
        assertInstanceOf(StageRules.Decision.Allowed.class, decide(Stage.SIGNED, null, Stage.AT_CAPACITY, "历史项目补录"));
    }

    @Test
    void backwardsAndStandingStillAreRefused() {
        assertInstanceOf(StageRules.Decision.Refused.class, decide(Stage.STARTED, null, Stage.SIGNED, "回退"));
        assertInstanceOf(StageRules.Decision.Refused.class, decide(Stage.STARTED, null, Stage.STARTED, null));
        assertInstanceOf(StageRules.Decision.Refused.class, decide(Stage.CANCELLED, null, Stage.STARTED, "重启"));
        assertInstanceOf(StageRules.Decision.Refused.class, decide(Stage.SUSPENDED, Stage.SIGNED, Stage.SUSPENDED, "again"));
    }

    @Test
    void aSuspendedProjectResumesWhereItStoppedOrLater() {
        assertInstanceOf(StageRules.Decision.Allowed.class, decide(Stage.SUSPENDED, Stage.STARTED, Stage.STARTED, null));
        assertInstanceOf(StageRules.Decision.Allowed.class, decide(Stage.SUSPENDED, Stage.STARTED, Stage.COMPLETED, null));
        assertInstanceOf(StageRules.Decision.Invalid.class, decide(Stage.SUSPENDED, Stage.STARTED, Stage.IN_PRODUCTION, null));
        assertInstanceOf(StageRules.Decision.Refused.class, decide(Stage.SUSPENDED, Stage.STARTED, Stage.SIGNED, "x"));
    }

    @Test
    void datesMayNotBeInTheFutureOrBeforeTheCurrentStage() {
        assertEquals("on", ((StageRules.Decision.Invalid) StageRules.decide(Stage.LEAD, null, null, Stage.SIGNED,
                TODAY.plusDays(1), null, TODAY)).field());
        assertEquals("on", ((StageRules.Decision.Invalid) StageRules.decide(Stage.SIGNED, null, TODAY, Stage.STARTED,
                TODAY.minusDays(1), null, TODAY)).field());
    }
}
