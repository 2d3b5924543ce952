package org.chuanyu.projects.blockers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import org.chuanyu.jurisdiction.caller.CurrentCaller;
import org.chuanyu.jurisdiction.problem.ProblemException;
import org.chuanyu.jurisdiction.scope.CurrentScope;
import org.chuanyu.jurisdiction.scope.ScopePredicate;
import org.chuanyu.jurisdiction.time.BusinessClock;
import org.chuanyu.jurisdiction.validation.RequestBodies;
import org.chuanyu.jurisdiction.web.BusinessDates;
import org.chuanyu.jurisdiction.web.ListQuery;
import org.chuanyu.jurisdiction.web.Page;
import org.chuanyu.jurisdiction.web.PageLimits;
import org.chuanyu.jurisdiction.web.PageRequest;
import org.chuanyu.jurisdiction.web.QueryParameters;
import org.chuanyu.projects.calendar.HolidayCalendar;
import org.chuanyu.projects.registry.Project;
import org.chuanyu.projects.registry.ProjectRegistry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Raising, listing and resolving blockers; deadlines from {@link BlockerDeadlines} on the platform's calendar. */
@ApplicationScoped
@Transactional
public class BlockerDesk {

    @Inject
    BusinessClock businessClock;

    @Inject
    ProjectRegistry registry;
    @Inject
    CurrentScope currentScope;
    @Inject
    CurrentCaller caller;
    @Inject
    Validator validator;
    @Inject
    HolidayCalendar calendar;
    @Inject
    BlockersConfig config;
    @Inject
    PageLimits limits;

    public BlockerView raise(String projectCode, BlockerDraft draft) {
        Project project = registry.requireWritable(projectCode);
        RequestBodies.requireValid(validator, draft, "the blocker");
        Instant raisedAt = draft.raisedAt() == null ? businessClock.now() : draft.raisedAt().toInstant();
        if (raisedAt.isAfter(businessClock.now())) {
            throw ProblemException.invalid("raisedAt", "is in the future");
        }
        LocalDate raisedOn = raisedAt.atZone(BusinessDates.ZONE).toLocalDate();
        BlockerDeadlines.Due due = BlockerDeadlines.due(draft.severity(), raisedOn, config.bigDays(), calendar::year);
        Blocker b = new Blocker();
        b.projectId = project.id;
        b.description = draft.description().trim();
        b.category = draft.category();
        b.severity = draft.severity();
        b.raisedAt = raisedAt;
        b.raisedBy = caller.require().username();
        b.dueOn = due.on();
        b.dueProvisional = due.provisional();
        b.ownerDepartment = draft.ownerDepartment().trim();
        b.province = project.province;
        b.district = project.district;
        b.zone = project.zone;
        b.persist();
        return view(b, project.code);
    }

    public BlockerView resolve(String projectCode, long id, BlockerResolution resolution) {
        Project project = registry.requireWritable(projectCode);
        Blocker b = Blocker.<Blocker>find("id = ?1 and projectId = ?2", id, project.id).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Blocker"));
        RequestBodies.requireValid(validator, resolution, "the resolution");
        if (b.resolvedAt != null) {
            throw ProblemException.conflict("The blocker was already resolved by " + b.resolvedBy);
        }
        b.resolution = resolution.resolution().trim();
        b.resolvedAt = businessClock.now();
        b.resolvedBy = caller.require().username();
        Blocker.flush();
        return view(b, project.code);
    }

    public List<BlockerView> ofProject(String projectCode) {
        Project project = registry.requireVisible(projectCode);
        return Blocker.<Blocker>list("projectId = ?1 order by id", project.id).stream()
                .map(b -> view(b, project.code)).toList();
    }

    /** Open blockers of every project the caller may read; overdue only (for the weekly dispatch) when asked. */
    public Page<BlockerView> open(boolean overdueOnly, String asOfRaw, String cursor, Integer limit) {
        PageRequest request = limits.request(cursor, limit);
        LocalDate asOf = QueryParameters.asOf(asOfRaw, businessClock);
        ListQuery<Blocker> query = ListQuery.visible(Blocker.class, "b",
                        ScopePredicate.reading(currentScope.get(), ScopePredicate.Columns.of("b").withoutSubmitter()))
                .and("b.resolvedAt is null");
        if (overdueOnly) {
            query.and("b.dueOn < :asOf", "asOf", asOf);
        }
        Page<Blocker> blockers = query.ascending(Blocker.getEntityManager(), request, ListQuery.Key.number("b.id", b -> b.id));
        List<Blocker> page = blockers.items();
        Map<Long, String> codes = page.isEmpty() ? Map.of() : Project.<Project>list("id in ?1",
                page.stream().map(b -> b.projectId).distinct().toList()).stream()
                .collect(Collectors.toMap(p -> p.id, p -> p.code));
        return blockers.map(b -> view(b, codes.get(b.projectId)));
    }

    private BlockerView view(Blocker b, String projectCode) {
        boolean overdue = b.resolvedAt == null && b.dueOn.isBefore(businessClock.today());
        return new BlockerView(b.id, projectCode, b.description, b.category, b.severity, BusinessDates.at(b.raisedAt),
                b.raisedBy, b.dueOn, b.dueOn.atTime(LocalTime.of(23, 59, 59)).atZone(BusinessDates.ZONE).toOffsetDateTime(),
                b.dueProvisional, b.ownerDepartment, overdue, b.resolution, BusinessDates.at(b.resolvedAt), b.resolvedBy,
                b.version);
    }
}
