package org.chuanyu.commonhandling.calendar;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A statutory deadline.
 *
 * @param lastWorkingDay the Nth working day counted
 * @param dueAt          the end of that day: 24:00 Asia/Shanghai, written as the next day at 00:00+08:00
 * @param provisional    true when a year the count passed through has no calendar loaded, so weekends
 *                       alone were used for it; loading that year may move the deadline
 */
public record Deadline(LocalDate lastWorkingDay, OffsetDateTime dueAt, boolean provisional) {
}
