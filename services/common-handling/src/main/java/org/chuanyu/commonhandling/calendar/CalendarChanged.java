package org.chuanyu.commonhandling.calendar;

/**
 * CDI event: a year of the working-day calendar was loaded or changed, so deadlines counted
 * through that year may have moved. Fired inside the transaction that changed the calendar;
 * observe it with {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} to act only on a
 * committed change.
 */
public record CalendarChanged(int year) {
}
