package org.chuanyu.commonhandling.cases;

import java.util.EnumSet;
import java.util.Set;

/**
 * When the handling side may stop the decision's clock for a special procedure (art. 45) or ask to extend it (art.
 * 42), and who decides an extension. Pure: each answers why not, or null.
 */
public final class ClockStopRules {

    private ClockStopRules() {
    }

    /** The most working days one extension adds (art. 42: ten). */
    public static final int MOST_EXTENSION_DAYS = 10;

    private static final Set<CaseStatus> DECISION_PENDING = EnumSet.of(CaseStatus.ACCEPTED, CaseStatus.FORWARDED,
            CaseStatus.IN_REVIEW);

    public static String procedureRefusal(CaseStatus status, boolean oneRunning) {
        if (status != CaseStatus.IN_REVIEW) {
            return "A special procedure runs during review; the case is " + status;
        }
        return oneRunning ? "A special procedure is already running; end it first" : null;
    }

    public static String extensionRefusal(CaseStatus status, boolean askedOrGranted) {
        if (!DECISION_PENDING.contains(status)) {
            return "A decision deadline is extended while the decision is pending; the case is " + status;
        }
        return askedOrGranted ? "The decision deadline is extended once (行政许可法 art. 42): an extension was already "
                + "asked for or granted" : null;
    }

    /** Who decides an extension: a province-admin of the handling province. */
    public static boolean decidesExtension(boolean provinceAdmin, String callerRealm, String handlingProvince) {
        return provinceAdmin && callerRealm.equals(handlingProvince);
    }

    /** No decision while a special procedure runs: its outcome is what the decision rests on. */
    public static String decisionRefusal(boolean procedureRunning) {
        return procedureRunning ? "A special procedure is running; end it before deciding" : null;
    }
}
