package org.chuanyu.commonhandling.calendar;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A day of a loaded year that breaks the Monday-to-Friday rule: a holiday or a make-up working day. */
@Entity
@Table(name = "calendar_day")
public class CalendarDay extends PanacheEntityBase {

    public enum Kind { HOLIDAY, MAKE_UP_WORKDAY }

    @Id
    public LocalDate day;
    public int year;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    @Column(name = "holiday_name")
    public String holidayName;

    static CalendarDay holiday(int year, LocalDate day, String name) {
        CalendarDay d = new CalendarDay();
        d.year = year;
        d.day = day;
        d.kind = Kind.HOLIDAY;
        d.holidayName = name;
        return d;
    }

    static CalendarDay makeUpWorkday(int year, LocalDate day) {
        CalendarDay d = new CalendarDay();
        d.year = year;
        d.day = day;
        d.kind = Kind.MAKE_UP_WORKDAY;
        return d;
    }
}
