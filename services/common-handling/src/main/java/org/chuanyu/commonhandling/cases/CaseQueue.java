package org.chuanyu.commonhandling.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.chuanyu.jurisdiction.validation.Violations;
import org.chuanyu.jurisdiction.scope.CurrentScope;
import org.chuanyu.jurisdiction.scope.ScopePredicate;
import org.chuanyu.jurisdiction.web.Cursor;
import org.chuanyu.jurisdiction.web.Page;
import org.chuanyu.jurisdiction.web.PageLimits;
import org.chuanyu.jurisdiction.web.QueryParameters;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A clerk's work queue: the cases it may see, nearest deadline first, identifiers masked. */
@ApplicationScoped
@Transactional
public class CaseQueue {

    static final ScopePredicate.Columns ACCEPTING = new ScopePredicate.Columns(
            "c.acceptingProvince", "c.acceptingDistrict", "c.acceptingZone", "c.submitter");
    static final ScopePredicate.Columns HANDLING = new ScopePredicate.Columns(
            "c.handlingProvince", "c.handlingDistrict", "c.handlingZone", "c.submitter");
    private static final String NO_DEADLINE = "-";

    @Inject
    CurrentScope currentScope;
    @Inject
    PageLimits limits;
    @Inject
    CaseViews views;

    /** Filters of the queue, as query parameters (all optional). */
    public record Filter(String status, String item, String acceptingDistrict, String handlingDistrict,
                         String overdue, String dueBefore, String q) {
    }

    public Page<CaseApi.View> list(Filter f, String cursor, String limit) {
        int size = limits.resolve(QueryParameters.wholeNumber("limit", limit));
        ScopePredicate visible = ScopePredicate.reading(currentScope.get(), ACCEPTING, HANDLING);
        StringBuilder q = new StringBuilder("from CaseFile c where ").append(visible.jpql());
        Map<String, Object> params = new HashMap<>(visible.params());
        Violations errors = new Violations();
        if (f.status() != null) {
            params.put("status", QueryParameters.choice("status", f.status(), CaseStatus.class, Enum::name));
            q.append(" and c.status = :status");
        }
        if (f.item() != null) {
            params.put("item", f.item());
            q.append(" and c.itemCode = :item");
        }
        if (f.acceptingDistrict() != null) {
            params.put("ad", f.acceptingDistrict());
            q.append(" and c.acceptingDistrict = :ad");
        }
        if (f.handlingDistrict() != null) {
            params.put("hd", f.handlingDistrict());
            q.append(" and c.handlingDistrict = :hd");
        }
        Boolean overdue = QueryParameters.yesOrNo("overdue", f.overdue(), errors);
        if (overdue != null) {
            params.put("overdue", overdue);
            q.append(" and c.overdue = :overdue");
        }
        LocalDate dueBefore = QueryParameters.date("dueBefore", f.dueBefore());
        if (dueBefore != null) {
            params.put("dueBefore", dueBefore.atStartOfDay(org.chuanyu.jurisdiction.web.BusinessDates.ZONE).toInstant());
            q.append(" and c.nextDue < :dueBefore");
        }
        if (f.q() != null && !f.q().isBlank()) {
            params.put("q", "%" + f.q().trim().toUpperCase().replace("%", "").replace("_", "") + "%");
            q.append(" and c.number like :q");
        }
        errors.throwIfAny();
        List<String> after = Cursor.decode(cursor, 2);
        if (after != null) {
            params.put("afterId", cursorNumber(after.get(1)));
            if (NO_DEADLINE.equals(after.get(0))) {
                q.append(" and c.nextDue is null and c.id > :afterId");
            } else {
                params.put("afterDue", Instant.ofEpochMilli(cursorNumber(after.get(0))));
                q.append(" and (c.nextDue > :afterDue or c.nextDue is null or (c.nextDue = :afterDue and c.id > :afterId))");
            }
        }
        q.append(" order by c.nextDue asc nulls last, c.id asc");
        List<CaseFile> rows = CaseFile.<CaseFile>find(q.toString(), params).range(0, size).list();
        boolean more = rows.size() > size;
        List<CaseFile> page = more ? rows.subList(0, size) : rows;
        String next = null;
        if (more) {
            CaseFile last = page.get(page.size() - 1);
            next = Cursor.encode(last.nextDue == null ? NO_DEADLINE : Long.toString(last.nextDue.toEpochMilli()), last.id);
        }
        return new Page<>(page.stream().map(c -> views.view(c, false)).toList(), next);
    }

    private static long cursorNumber(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw org.chuanyu.jurisdiction.problem.ProblemException.invalid("cursor", "is not a cursor this list handed out");
        }
    }

}
