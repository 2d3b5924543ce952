package org.chuanyu.commonhandling.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import org.chuanyu.jurisdiction.approval.DualApproval;
import org.chuanyu.jurisdiction.approval.ProvinceApproval;
import org.chuanyu.jurisdiction.caller.Caller;
import org.chuanyu.jurisdiction.problem.ProblemException;
import org.chuanyu.jurisdiction.scope.AccessRules;
import org.chuanyu.jurisdiction.time.BusinessClock;
import org.chuanyu.jurisdiction.validation.Violations;
import org.chuanyu.jurisdiction.web.BusinessDates;
import org.chuanyu.jurisdiction.web.ETags;
import org.chuanyu.jurisdiction.web.ListQuery;
import org.chuanyu.jurisdiction.web.Page;
import org.chuanyu.jurisdiction.web.PageRequest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The working-day calendar as stored: every authenticated caller reads it; a province-admin or cross-province-admin
 * proposes a load or correction, which takes effect once each province has approved it ({@link DualApproval});
 * every load or change is recorded with the schedule before and after. Each fires {@link CalendarChanged}.
 */
@ApplicationScoped
public class CalendarRegistry {

    @Inject
    BusinessClock businessClock;

    @Inject
    Validator validator;
    @Inject
    EntityManager em;
    @Inject
    CalendarConfig config;
    @Inject
    Event<CalendarChanged> calendarChanged;

    /** A year as stored, or a provisional year (weekends only) when none is loaded. 400 outside the accepted years. */
    @Transactional
    public CalendarYearView read(int year) {
        requireAcceptedYear(year);
        return CalendarYear.<CalendarYear>findByIdOptional(year).map(this::view)
                .orElseGet(() -> CalendarYearView.provisional(year));
    }

    /**
     * Proposes loading or correcting a year; nothing changes until both provinces approve. 403 unless a reference-data
     * admin, then 400 for a bad year or schedule, then (when the year is loaded) 428/412 without its current ETag, then
     * 409 while another proposal for the year waits.
     */
    @Transactional
    public CalendarProposalView propose(Caller caller, int year, String ifMatch, PublishedSchedule schedule) {
        AccessRules.requireReferenceDataAdmin(caller);
        requireValid(year, schedule);
        CalendarYear stored = CalendarYear.findById(year);
        if (stored != null) {
            ETags.requireMatch(ifMatch, stored.version);
        }
        requireNoneWaiting(year);
        CalendarProposal p = new CalendarProposal();
        p.year = year;
        p.baseVersion = stored == null ? null : stored.version;
        p.schedule = normalised(schedule);
        p.status = CalendarProposal.Status.PENDING;
        p.proposedBy = caller.username();
        p.proposedByProvince = caller.province().realm();
        p.proposedAt = businessClock.now();
        p.persist(); // two at once: the unique index (one pending per year) refuses the second, 409
        CalendarProposal.flush();
        return view(p);
    }

    /**
     * Adds the approval of the caller's province (403 unless it may approve, before anything else); the second
     * province's approval applies the schedule and records the change. 409 when the proposal is no longer pending,
     * when the caller's province approved already, or when the year changed since the proposal was made.
     */
    @Transactional
    public CalendarProposalView approve(Caller caller, int year, long id) {
        DualApproval.requireApprover(caller);
        CalendarProposal p = pending(year, id);
        DualApproval approvals = p.dualApproval().approve(caller, businessClock.now());
        p.approvals.add(ProvinceApproval.newestOf(approvals));
        if (approvals.isComplete()) {
            apply(p);
        }
        return view(p);
    }

    /** Either province's admin rejects a waiting proposal instead (403 first, then 404/409). */
    @Transactional
    public CalendarProposalView reject(Caller caller, int year, long id, String reason) {
        DualApproval.requireApprover(caller);
        if (reason != null && reason.length() > MAX_REASON) {
            throw ProblemException.invalid("reason", "at most " + MAX_REASON + " characters");
        }
        CalendarProposal p = pending(year, id);
        p.status = CalendarProposal.Status.REJECTED;
        p.decidedAt = businessClock.now();
        p.rejectedBy = caller.username();
        p.rejectionReason = reason == null || reason.isBlank() ? null : reason.strip();
        return view(p);
    }

    /** One proposal of the year; 404 when there is none with that id for that year. */
    @Transactional
    public CalendarProposalView proposal(int year, long id) {
        requireAcceptedYear(year);
        return view(find(year, id));
    }

    /** The year's proposals, newest first. */
    @Transactional
    public Page<CalendarProposalView> proposals(int year, PageRequest request) {
        requireAcceptedYear(year);
        return ListQuery.of(CalendarProposal.class, "p").and("p.year = :year", "year", year)
                .descending(em, request, ListQuery.Key.number("p.id", p -> p.id)).map(this::view);
    }

    private static final int MAX_REASON = 500;

    private CalendarProposal find(int year, long id) {
        CalendarProposal p = CalendarProposal.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (p == null || p.year != year) {
            throw ProblemException.notFound("Calendar proposal");
        }
        return p;
    }

    private CalendarProposal pending(int year, long id) {
        requireAcceptedYear(year);
        CalendarProposal p = find(year, id);
        if (p.status != CalendarProposal.Status.PENDING) {
            throw ProblemException.conflict("Proposal " + id + " is " + p.status.name().toLowerCase() + ", no longer pending");
        }
        return p;
    }

    private void requireNoneWaiting(int year) {
        CalendarProposal.<CalendarProposal>find("year = ?1 and status = ?2", year, CalendarProposal.Status.PENDING)
                .firstResultOptional().ifPresent(w -> {
                    throw ProblemException.conflict("Proposal " + w.id + " for " + year + " waits for approval; it must "
                            + "be approved or rejected first");
                });
    }

    /** The second approval: the schedule becomes the year's, on record with the proposal, and the clock follows. */
    private void apply(CalendarProposal p) {
        PublishedSchedule schedule = p.schedule;
        CalendarYear stored = CalendarYear.findById(p.year, LockModeType.PESSIMISTIC_WRITE);
        Long current = stored == null ? null : stored.version;
        if (!java.util.Objects.equals(current, p.baseVersion)) {
            throw ProblemException.conflict("The calendar of " + p.year + " changed after proposal " + p.id
                    + " was made; reject it and propose again");
        }
        PublishedSchedule before = null;
        if (stored == null) {
            insertIfMissing(p.year, schedule.source(), p.proposedBy);
        } else {
            before = scheduleOf(stored);
            stored.source = schedule.source();
            stored.version++;
            stored.updatedBy = p.proposedBy;
            stored.updatedAt = businessClock.now();
        }
        replaceDays(p.year, schedule);
        record(p.year, p.proposedBy, p.proposedByProvince, before, schedule, p.id);
        p.status = CalendarProposal.Status.APPLIED;
        p.decidedAt = businessClock.now();
    }

    private CalendarProposalView view(CalendarProposal p) {
        DualApproval approvals = p.dualApproval();
        return new CalendarProposalView(p.id, p.year, p.status, p.baseVersion, p.schedule, p.proposedBy,
                p.proposedByProvince, BusinessDates.at(p.proposedAt),
                p.approvals.stream().map(a -> new CalendarProposalView.ApprovalView(a.province, a.approver,
                        BusinessDates.at(a.approvedAt))).toList(),
                p.status == CalendarProposal.Status.PENDING
                        ? approvals.missing().stream().map(org.chuanyu.jurisdiction.caller.Province::realm).sorted().toList()
                        : List.of(),
                p.decidedAt == null ? null : BusinessDates.at(p.decidedAt), p.rejectionReason);
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
        record(year, loader, null, null, schedule, null);
        return true;
    }

    /** The record of a year's changes, newest first. */
    @Transactional
    public Page<CalendarChangeView> changes(int year, PageRequest request) {
        requireAcceptedYear(year);
        return ListQuery.of(CalendarChange.class, "c").and("c.year = :year", "year", year)
                .descending(em, request, ListQuery.Key.number("c.id", c -> c.id))
                .map(c -> new CalendarChangeView(c.id, c.year, c.recordedBy, c.recordedByProvince, BusinessDates.at(c.recordedAt),
                        c.beforeSchedule, c.afterSchedule, c.proposalId));
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

    private void record(int year, String who, String realm, PublishedSchedule before, PublishedSchedule after,
                        Long proposal) {
        CalendarChange change = new CalendarChange();
        change.proposalId = proposal;
        change.year = year;
        change.recordedBy = who;
        change.recordedByProvince = realm;
        change.recordedAt = businessClock.now();
        change.beforeSchedule = before;
        change.afterSchedule = normalised(after);
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
}
