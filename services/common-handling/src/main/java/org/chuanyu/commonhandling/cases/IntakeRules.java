package org.chuanyu.commonhandling.cases;

import java.time.Instant;

/**
 * Article 32 of the Administrative Licensing Law at intake (docs/common-handling-clock.md, "Article 32"). Pure. An
 * office that finds materials missing tells the applicant everything that is missing at once (一次性告知), within five
 * working days of receiving them; one that neither refuses nor tells within those days has accepted the application
 * as of the day it received the materials (自收到申请材料之日起即为受理).
 */
public final class IntakeRules {

    private IntakeRules() {
    }

    /**
     * Why a supplement may not be requested at intake now, or null when it may.
     *
     * @param askedBefore      a supplement was already requested at intake
     * @param deemedAcceptedAt when the case is deemed accepted unless told; null once that no longer applies
     */
    public static String supplementRefusal(boolean askedBefore, Instant deemedAcceptedAt, Instant now) {
        if (askedBefore) {
            return "Missing materials are asked for once at intake, all of them at once (一次性告知, 行政许可法 art. 32); "
                    + "accept or refuse the case now";
        }
        if (deemedAcceptedAt != null && !now.isBefore(deemedAcceptedAt)) {
            return "Five working days have passed since the materials were received: the case is deemed accepted "
                    + "(行政许可法 art. 32)";
        }
        return null;
    }

    /** Whether the case, still submitted, is accepted by law now. */
    public static boolean deemedAccepted(CaseStatus status, Instant deemedAcceptedAt, Instant now) {
        return status == CaseStatus.SUBMITTED && deemedAcceptedAt != null && !now.isBefore(deemedAcceptedAt);
    }
}
