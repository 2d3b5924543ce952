package org.chuanyu.commonhandling.cases;

import java.time.Instant;
import java.util.List;

/**
 * The warning lights of electronic supervision (电子监察), as a function of time (docs/common-handling.md,
 * "Supervision"). Pure. A step of a case runs against its own limit and the statutory deadline; its light is
 * <ul>
 *   <li>{@code NORMAL} while more than a fifth of the step's working days, and more than one, are left;</li>
 *   <li>{@code WARNING} (预警) once at most a fifth of them, or one, is left;</li>
 *   <li>{@code YELLOW} (黄牌) once the step's own limit has passed but not the statutory deadline;</li>
 *   <li>{@code RED} (红牌) once the statutory deadline has passed.</li>
 * </ul>
 * So the light changes at three instants at most, and between them it is known without counting anything again.
 */
public final class SupervisionRules {

    private SupervisionRules() {
    }

    public enum Level { NORMAL, WARNING, YELLOW, RED }

    /**
     * When each light begins: the start of the working days a warning covers, the end of the step's own limit, the end
     * of the statutory deadline ({@code warningFrom <= stepDue <= statutoryDue}).
     */
    public record Limits(Instant warningFrom, Instant stepDue, Instant statutoryDue) {
        public Limits {
            if (stepDue.isAfter(statutoryDue) || warningFrom.isAfter(stepDue)) {
                throw new IllegalArgumentException("a step's warning, limit and deadline come in that order");
            }
        }
    }

    /**
     * How many of a step's working days are the warning's: a fifth of them (rounded down), and at least one. On the
     * first of those days at most that many are left.
     */
    public static int warningDays(int stepDays) {
        if (stepDays < 1) {
            throw new IllegalArgumentException("a step lasts at least one working day");
        }
        return Math.max(1, stepDays / 5);
    }

    public static Level level(Limits limits, Instant now) {
        if (!now.isBefore(limits.statutoryDue())) {
            return Level.RED;
        }
        if (!now.isBefore(limits.stepDue())) {
            return Level.YELLOW;
        }
        return now.isBefore(limits.warningFrom()) ? Level.NORMAL : Level.WARNING;
    }

    /** The next instant the light changes after {@code now}; null once it is red. */
    public static Instant nextChange(Limits limits, Instant now) {
        for (Instant t : List.of(limits.warningFrom(), limits.stepDue(), limits.statutoryDue())) {
            if (now.isBefore(t)) {
                return t;
            }
        }
        return null;
    }

}
