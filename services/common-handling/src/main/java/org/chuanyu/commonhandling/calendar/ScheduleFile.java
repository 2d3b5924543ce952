package org.chuanyu.commonhandling.calendar;

import java.util.Map;

/** The project's versioned copy of the State Council schedules: {@code calendar/holidays-cn.json}. */
record ScheduleFile(String about, Map<Integer, PublishedSchedule> years, String note) {
}
