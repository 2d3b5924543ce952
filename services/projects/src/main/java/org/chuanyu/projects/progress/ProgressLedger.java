package org.chuanyu.projects.progress;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The rule of completed investment (pure): only reports not yet corrected count; the project's completed
 * investment is their sum; and a new report may not declare a cumulative total above the sum including
 * it, so cumulative completed investment never exceeds what was reported. Totals declared by earlier
 * reports stay as they were filed (history is never rewritten); a correction may lower the sum below them.
 */
public final class ProgressLedger {

    private ProgressLedger() {
    }

    /** A counting report's amount in its period and its declared cumulative total. */
    public record Entry(long id, BigDecimal completedInPeriod, BigDecimal cumulative) {
    }

    /** The outcome of filing: the new sum, or the field at fault and why. */
    public record Outcome(BigDecimal sum, Optional<String> field, String problem) {
        public boolean accepted() {
            return field.isEmpty();
        }
    }

    /**
     * @param counting   the reports that count now
     * @param corrects   the id of the report the new one replaces, or null
     * @param amount     the new report's completed investment in its period
     * @param cumulative the new report's declared cumulative, or null to take the sum
     */
    public static Outcome file(List<Entry> counting, Long corrects, BigDecimal amount, BigDecimal cumulative) {
        BigDecimal sum = amount;
        for (Entry e : counting) {
            if (corrects != null && e.id() == corrects) {
                continue;
            }
            sum = sum.add(e.completedInPeriod());
        }
        if (cumulative != null && cumulative.compareTo(sum) > 0) {
            return new Outcome(sum, Optional.of("cumulative"), "is more than the investment reported so far (" + sum.toPlainString()
                    + " CNY including this report)");
        }
        return new Outcome(sum, Optional.empty(), null);
    }
}
