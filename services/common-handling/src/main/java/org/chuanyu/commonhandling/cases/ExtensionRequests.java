package org.chuanyu.commonhandling.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.chuanyu.jurisdiction.scope.CurrentScope;
import org.chuanyu.jurisdiction.scope.ScopePredicate;
import org.chuanyu.jurisdiction.web.ListQuery;
import org.chuanyu.jurisdiction.web.Page;
import org.chuanyu.jurisdiction.web.PageRequest;
import org.chuanyu.jurisdiction.web.QueryParameters;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The extensions of the decision deadline (art. 42) of every case the caller may read, through either side, newest
 * request first: the inbox of the handling province's admin. Row-level security follows the case (V8), and the list
 * asks for the same cases by the scope rules.
 */
@ApplicationScoped
@Transactional
public class ExtensionRequests {

    @Inject
    CurrentScope currentScope;

    public Page<ClockStopApi.CaseExtensionView> list(String status, PageRequest request) {
        ScopePredicate readable = ScopePredicate.reading(currentScope.get(), CaseQueue.ACCEPTING, CaseQueue.HANDLING);
        ListQuery<Extension> query = ListQuery.of(Extension.class, "e")
                .and("exists (select 1 from CaseFile c where c.id = e.caseId and " + readable.jpql() + ")",
                        readable.params())
                .and("e.status = :status", "status",
                        QueryParameters.choice("status", status, Extension.Status.class, Enum::name));
        Page<Extension> page = query.descending(Extension.getEntityManager(), request,
                ListQuery.Key.number("e.id", e -> e.id));
        List<Long> caseIds = page.items().stream().map(e -> e.caseId).distinct().toList();
        Map<Long, CaseFile> cases = caseIds.isEmpty() ? Map.of()
                : CaseFile.<CaseFile>list("id in ?1", caseIds).stream()
                .collect(Collectors.toMap(c -> c.id, Function.identity()));
        return page.map(e -> ClockStopApi.CaseExtensionView.of(e, cases.get(e.caseId)));
    }
}
