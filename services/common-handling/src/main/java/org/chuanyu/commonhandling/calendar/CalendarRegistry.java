package org.chuanyu.commonhandling.calendar;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import org.chuanyu.jurisdiction.caller.Caller;
import org.chuanyu.jurisdiction.problem.ProblemException;
import org.chuanyu.jurisdiction.problem.Violations;
import org.chuanyu.jurisdiction.scope.AccessRules;
import org.chuanyu.jurisdiction.time.BusinessClock;
import org.chuanyu.jurisdiction.web.BusinessDates;
import org.chuanyu.jurisdiction.web.Cursor;
import org.chuanyu.jurisdiction.web.ETags;
import org.chuanyu.jurisdiction.web.Page;
import org.chuanyu.jurisdiction.web.QueryParameters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The working-day calendar as stored: every authenticated caller reads it, province-admins and
 * cross-province-admins change it, and every load or change is recorded with the schedule before
 * and after. Each load or change fires {@link CalendarChanged}.
 */
@ApplicationScoped
public class CalendarRegistry {

    @Inject
    BusinessClock businessClock;

    @Inject
    Validator validator;
    @Inject
    ObjectMapper json;
    @Inject
    CalendarConfig config;
    @Inject
    Event<CalendarChanged> calendarChanged;

    /** The outcome of a PUT: the year as it now is, and whether the PUT loaded it first. */
    public record Written(CalendarYearView year, boolean created) {
    }

    /** A year as stored, or a provisional year (weekends only) when none is loaded. 400 outside the accepted years. */
    @Transactional
    public CalendarYearView read(int year) {
        requireAcceptedYear(year);
        return CalendarYear.<CalendarYear>findByIdOptional(year).map(this::view)
                .orElseGet(() -> CalendarYearView.provisional(year));
    }

    /**
     * Loads or replaces a year's schedule. 403 unless a reference-data admin, then 400 for a bad
     * year or schedule, then (when the year is loaded) 428/412 without its current ETag.
     */
    @Transactional
    public Written write(Caller caller, int year, String ifMatch, PublishedSchedule schedule) {
        AccessRules.requireReferenceDataAdmin(caller);
        requireValid(year, schedule);
        String who = caller.username();
        String realm = caller.province().realm();
        if (insertIfMissing(year, schedule.source(), who)) {
            replaceDays(year, schedule);
            record(year, who, realm, null, schedule);
            return new Written(view(CalendarYear.findById(year)), true);
        }
        CalendarYear stored = CalendarYear.findById(year, LockModeType.PESSIMISTIC_WRITE);
        ETags.requireMatch(ifMatch, stored.version);
        PublishedSchedule before = scheduleOf(stored);
        stored.source = schedule.source().strip();
        stored.version++;
        stored.updatedBy = who;
        stored.updatedAt = businessClock.now();
        replaceDays(year, schedule);
        record(year, who, realm, before, schedule);
        return new Written(view(stored), false);
    }

    /**
     * Loads a year from the project's schedules file when no one has loaded it yet; a year already
     * stored (from the file or by an admin) is left as it is. Safe to run on several replicas at once.
     */
    @Transactional
    public boolean loadIfMissing(int year, PublishedSchedule schedule, String loader) {
        Violations violations = new Violations().addAll("", validator.validate(schedule));
        ScheduleRules.check(year, schedule, violations);
        try {
            violations.throwIfAny();
        } catch (ProblemException e) {
            // The file is the project's own: a mistake in it is a bug to fix, not a caller's error.
            throw new IllegalStateException("The schedules file's year " + year + " is invalid: "
                    + e.toProblem().errors(), e);
        }
        if (!insertIfMissing(year, schedule.source(), loader)) {
            return false;
        }
        replaceDays(year, schedule);
        record(year, loader, null, null, schedule);
        return true;
    }

    /** The record of a year's changes, newest first. */
    @Transactional
    public Page<CalendarChangeView> changes(int year, int limit, String cursor) {
        requireAcceptedYear(year);
        Long after = QueryParameters.cursorKey(cursor);
        String where = after == null ? "year = :year" : "year = :year and id < :after";
        Parameters params = Parameters.with("year", year);
        if (after != null) {
            params.and("after", after);
        }
        List<CalendarChange> rows = CalendarChange.<CalendarChange>find(where + " order by id desc", params)
                .page(0, limit + 1).list();
        boolean more = rows.size() > limit;
        List<CalendarChange> page = more ? rows.subList(0, limit) : rows;
        List<CalendarChangeView> items = page.stream().map(c -> new CalendarChangeView(c.id, c.year, c.recordedBy,
                c.recordedByProvince, BusinessDates.at(c.recordedAt), parse(c.beforeSchedule),
                parse(c.afterSchedule))).toList();
        return new Page<>(items, more ? Cursor.encode(page.get(page.size() - 1).id) : null);
    }

    /** Every loaded year's schedule, for the clock. */
    @Transactional
    public List<YearSchedule> loadedSchedules() {
        Map<Integer, List<CalendarDay>> daysByYear = CalendarDay.<CalendarDay>listAll().stream()
                .collect(Collectors.groupingBy(d -> d.year));
        return CalendarYear.<CalendarYear>listAll().stream().map(y -> {
            List<CalendarDay> days = daysByYear.getOrDefault(y.year, List.of());
            return new YearSchedule(y.year, daysOf(days, CalendarDay.Kind.HOLIDAY), daysOf(days, CalendarDay.Kind.MAKE_UP_WORKDAY));
        }).toList();
    }

    /** 400 for a year outside earliest-year .. this year + years-ahead. */
    void requireAcceptedYear(int year) {
        int latest = businessClock.today().getYear() + config.yearsAhead();
        if (year < config.earliestYear() || year > latest) {
            throw ProblemException.invalid("year", "must be between " + config.earliestYear() + " and " + latest);
        }
    }

    private void requireValid(int year, PublishedSchedule schedule) {
        if (schedule == null) {
            throw ProblemException.invalid("request", "a JSON body is required: the year's source, holidays and "
                    + "makeUpWorkdays");
        }
        requireAcceptedYear(year);
        Violations violations = new Violations().addAll("", validator.validate(schedule));
        if (violations.isEmpty()) {
            ScheduleRules.check(year, schedule, violations);
        }
        violations.throwIfAny();
    }

    /** Inserts the year's row unless it exists; true when this call inserted it. */
    private boolean insertIfMissing(int year, String source, String who) {
        int inserted = CalendarYear.getEntityManager().createNativeQuery(
                        "insert into calendar_year (year, source, version, updated_by, updated_at) "
                                + "values (:year, :source, 1, :who, now()) on conflict (year) do nothing")
                .setParameter("year", year)
                .setParameter("source", source.strip())
                .setParameter("who", who)
                .executeUpdate();
        return inserted == 1;
    }

    private void replaceDays(int year, PublishedSchedule schedule) {
        // A bulk delete runs at once, so the new rows (same days, perhaps) never meet the old ones;
        // the old days read for the record of changes must leave the persistence context too.
        CalendarDay.<CalendarDay>list("year", year).forEach(CalendarDay.getEntityManager()::detach);
        CalendarDay.delete("year", year);
        for (PublishedSchedule.Holiday holiday : schedule.holidays()) {
            for (LocalDate day : holiday.days()) {
                CalendarDay.holiday(year, day, holiday.name().strip()).persist();
            }
        }
        for (LocalDate day : schedule.makeUpWorkdays()) {
            CalendarDay.makeUpWorkday(year, day).persist();
        }
        CalendarDay.flush();
    }

    private void record(int year, String who, String realm, PublishedSchedule before, PublishedSchedule after) {
        CalendarChange change = new CalendarChange();
        change.year = year;
        change.recordedBy = who;
        change.recordedByProvince = realm;
        change.recordedAt = businessClock.now();
        change.beforeSchedule = before == null ? null : write(before);
        change.afterSchedule = write(normalised(after));
        change.persist();
        calendarChanged.fire(new CalendarChanged(year));
    }

    private CalendarYearView view(CalendarYear year) {
        PublishedSchedule schedule = scheduleOf(year);
        return new CalendarYearView(year.year, true, false, year.version, year.source, schedule.holidays(),
                schedule.makeUpWorkdays(), year.updatedBy, BusinessDates.at(year.updatedAt));
    }

    /** The stored schedule: holidays in the order of their first day, days in date order. */
    private PublishedSchedule scheduleOf(CalendarYear year) {
        List<CalendarDay> days = CalendarDay.list("year = ?1 order by day", year.year);
        Map<String, List<LocalDate>> holidays = new LinkedHashMap<>();
        List<LocalDate> makeUp = new ArrayList<>();
        for (CalendarDay day : days) {
            if (day.kind == CalendarDay.Kind.HOLIDAY) {
                holidays.computeIfAbsent(day.holidayName, n -> new ArrayList<>()).add(day.day);
            } else {
                makeUp.add(day.day);
            }
        }
        return new PublishedSchedule(year.source, holidays.entrySet().stream()
                .map(e -> new PublishedSchedule.Holiday(e.getKey(), List.copyOf(e.getValue()))).toList(),
                List.copyOf(makeUp));
    }

    /** The schedule as it will read back: names and source trimmed, days sorted. */
    private static PublishedSchedule normalised(PublishedSchedule s) {
        return new PublishedSchedule(s.source().strip(), s.holidays().stream()
                .map(h -> new PublishedSchedule.Holiday(h.name().strip(), h.days().stream().sorted().toList()))
                .sorted(Comparator.comparing(h -> h.days().get(0)))
                .toList(), s.makeUpWorkdays().stream().sorted().toList());
    }

    private static Set<LocalDate> daysOf(List<CalendarDay> days, CalendarDay.Kind kind) {
        return days.stream().filter(d -> d.kind == kind).map(d -> d.day).collect(Collectors.toSet());
    }

    private String write(PublishedSchedule schedule) {
        try {
            return json.writeValueAsString(schedule);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A schedule could not be written as JSON", e);
        }
    }

    private PublishedSchedule parse(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            return json.readValue(stored, PublishedSchedule.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A recorded schedule could not be read", e);
        }
    }
}
