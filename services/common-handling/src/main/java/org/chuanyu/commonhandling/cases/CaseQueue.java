package org.chuanyu.commonhandling.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.chuanyu.jurisdiction.caller.Caller;
import org.chuanyu.jurisdiction.caller.CurrentCaller;
import org.chuanyu.jurisdiction.caller.Role;
import org.chuanyu.jurisdiction.scope.CurrentScope;
import org.chuanyu.jurisdiction.scope.Scope;
import org.chuanyu.jurisdiction.scope.ScopePredicate;
import org.chuanyu.jurisdiction.validation.Violations;
import org.chuanyu.jurisdiction.web.BusinessDates;
import org.chuanyu.jurisdiction.web.Cursor;
import org.chuanyu.jurisdiction.web.ListQuery;
import org.chuanyu.jurisdiction.web.Page;
import org.chuanyu.jurisdiction.web.PageLimits;
import org.chuanyu.jurisdiction.web.PageRequest;
import org.chuanyu.jurisdiction.web.QueryParameters;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A clerk's work queue: the cases it may see, nearest deadline first, identifiers masked. */
@ApplicationScoped
@Transactional
public class CaseQueue {

    public static final ScopePredicate.Columns ACCEPTING = new ScopePredicate.Columns(
            "c.acceptingProvince", "c.acceptingDistrict", "c.acceptingZone", "c.submitter");
    public static final ScopePredicate.Columns HANDLING = new ScopePredicate.Columns(
            "c.handlingProvince", "c.handlingDistrict", "c.handlingZone", "c.submitter");
    private static final String NO_DEADLINE = "-";

    @Inject
    CurrentScope currentScope;
    @Inject
    PageLimits limits;
    @Inject
    CaseViews views;
    @Inject
    CurrentCaller currentCaller;

    /** Filters of the queue, as query parameters (all optional). */
    public record Filter(String status, String item, String acceptingDistrict, String handlingDistrict,
                         String overdue, String dueBefore, String q, String assignee, String side, String level,
                         String applicant) {
    }

    /** {@code assignee=me}: the caller has a side; {@code assignee=none}: nobody has a side the caller may act on. */
    enum AssigneeFilter { ME, NONE }

    public Page<CaseApi.View> list(Filter f, String cursor, String limit) {
        PageRequest request = limits.request(cursor, limit);
        ListQuery<CaseFile> query = ListQuery.visible(CaseFile.class, "c",
                ScopePredicate.reading(currentScope.get(), ACCEPTING, HANDLING));
        Violations errors = new Violations();
        query.and("c.status = :status", "status", QueryParameters.choice("status", f.status(), CaseStatus.class, Enum::name))
                .and("c.itemCode = :item", "item", f.item())
                .and("c.acceptingDistrict = :ad", "ad", f.acceptingDistrict())
                .and("c.handlingDistrict = :hd", "hd", f.handlingDistrict())
                .and("c.overdue = :overdue", "overdue", QueryParameters.yesOrNo("overdue", f.overdue(), errors))
                .and("c.supervisionLevel = :level", "level", levelName(f.level()));
        LocalDate dueBefore = QueryParameters.date("dueBefore", f.dueBefore());
        if (dueBefore != null) {
            query.and("c.nextDue < :dueBefore", "dueBefore", dueBefore.atStartOfDay(BusinessDates.ZONE).toInstant());
        }
        assignee(query, QueryParameters.choice("assignee", f.assignee(), AssigneeFilter.class, v -> v.name().toLowerCase()),
                QueryParameters.choice("side", f.side(), AssignedSide.class, Enum::name), errors);
        applicant(query, f.applicant());
        if (f.q() != null && !f.q().isBlank()) {
            query.and("c.number like :q", "q", "%" + f.q().trim().toUpperCase().replace("%", "").replace("_", "") + "%");
        }
        errors.throwIfAny();
        // Most urgent first: by the next deadline, cases without one last, then by id.
        List<String> after = request.after(2);
        if (after != null) {
            query.with("afterId", cursorNumber(after.get(1)));
            if (NO_DEADLINE.equals(after.get(0))) {
                query.and("c.nextDue is null and c.id > :afterId");
            } else {
                query.and("(c.nextDue > :afterDue or c.nextDue is null or (c.nextDue = :afterDue and c.id > :afterId))",
                        "afterDue", Instant.ofEpochMilli(cursorNumber(after.get(0))));
            }
        }
        return query.page(CaseFile.getEntityManager(), request, "c.nextDue asc nulls last, c.id asc",
                        c -> Cursor.encode(c.nextDue == null ? NO_DEADLINE : Long.toString(c.nextDue.toEpochMilli()), c.id))
                .map(c -> views.view(c, false));
    }

    private void assignee(ListQuery<CaseFile> query, AssigneeFilter filter, AssignedSide side, Violations errors) {
        if (filter == null) {
            if (side != null) {
                errors.add("side", "narrows the assignee filter: give assignee=me or assignee=none with it");
            }
            return;
        }
        if (filter == AssigneeFilter.ME) {
            Caller caller = currentCaller.require();
            query.with("meRealm", caller.province().realm()).with("me", caller.username());
            String accepting = "(c.acceptingAssignee = :me and c.acceptingAssigneeRealm = :meRealm)";
            String handling = "(c.handlingAssignee = :me and c.handlingAssigneeRealm = :meRealm)";
            query.and(side == AssignedSide.ACCEPTING ? accepting : side == AssignedSide.HANDLING ? handling
                    : "(" + accepting + " or " + handling + ")");
            return;
        }
        if (side != null) {
            query.and(side == AssignedSide.ACCEPTING ? "c.acceptingAssignee is null" : "c.handlingAssignee is null");
            return;
        }
        // Without a side: a side left unassigned that the caller could take, so each clerk sees its own pool.
        Scope scope = currentScope.get();
        ScopePredicate accepting = ScopePredicate.of(scope.write(), ACCEPTING).prefixed("a_");
        ScopePredicate handling = ScopePredicate.of(scope.write(), HANDLING).prefixed("h_");
        Map<String, Object> params = new HashMap<>(accepting.params());
        params.putAll(handling.params());
        query.and("((c.acceptingAssignee is null and " + accepting.jpql() + ") or (c.handlingAssignee is null and "
                + handling.jpql() + "))", params);
    }

    /**
     * The applicant's name, whole, over the cases the caller acts on as a side only: those it would see unmasked.
     * Elsewhere nothing matches, so a name never confirms that a person has a case the caller may only see masked
     * (a viewer, a cross-province-admin, the other district of a province).
     */
    private void applicant(ListQuery<CaseFile> query, String name) {
        if (name == null || name.isBlank()) {
            return;
        }
        query.and("c.applicantName = :applicantName", "applicantName", name.trim());
        Caller caller = currentCaller.require();
        if (caller.roles().equals(EnumSet.of(Role.CROSS_PROVINCE_ADMIN))) {
            query.and("1 = 0");
            return;
        }
        Scope scope = currentScope.get();
        ScopePredicate accepting = ScopePredicate.of(scope.write(), ACCEPTING).prefixed("na_");
        if (caller.has(Role.EXTERNAL_SYSTEM)) {
            // Its side is the submitter's: the cases it filed itself.
            query.and("c.submitter = :applicantSubmitter", "applicantSubmitter", caller.clientId())
                    .and(accepting.jpql(), accepting.params());
            return;
        }
        ScopePredicate handling = ScopePredicate.of(scope.write(), HANDLING).prefixed("nh_");
        Map<String, Object> params = new HashMap<>(accepting.params());
        params.putAll(handling.params());
        query.and("(" + accepting.jpql() + " or " + handling.jpql() + ")", params);
    }

    private static String levelName(String raw) {
        SupervisionRules.Level level = QueryParameters.choice("level", raw, SupervisionRules.Level.class, Enum::name);
        return level == null ? null : level.name();
    }

    private static long cursorNumber(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw PageRequest.notOurs();
        }
    }

}
