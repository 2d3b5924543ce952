package org.chuanyu.projects.calendar;

/**
 * The platform's holiday calendar, kept by the common-handling service. Never fails: when the
 * calendar cannot be asked, a provisional weekends-only year stands in and says so.
 */
public interface HolidayCalendar {

    CalendarYear year(int year);
}
