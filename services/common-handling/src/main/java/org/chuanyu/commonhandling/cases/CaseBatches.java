package org.chuanyu.commonhandling.cases;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import org.chuanyu.jurisdiction.scope.CurrentScope;
import org.hibernate.LockOptions;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * How the platform's own jobs go over cases (the supervision watch, the deemed acceptance): batch after batch, each in a
 * transaction of its own under the system scope, each batch's cases taken {@code FOR UPDATE SKIP LOCKED} before anything
 * is published (ADR 0012). A case a clerk is changing is left to the next scan; two replicas never take the same case.
 */
@ApplicationScoped
public class CaseBatches {

    @Inject
    CurrentScope currentScope;
    @Inject
    EntityManager em;

    /**
     * Runs {@code act} on every case {@code query} finds, {@code batch} at a time, until a batch comes back short;
     * returns how many it ran on. The query is made anew for each batch, inside its transaction.
     */
    public int each(int batch, Function<EntityManager, TypedQuery<CaseFile>> query, Consumer<CaseFile> act) {
        return batches(batch, query, cases -> cases.forEach(act));
    }

    /** As {@link #each}, with each batch's cases at once (to read what they need in one query, not one a case). */
    public int batches(int batch, Function<EntityManager, TypedQuery<CaseFile>> query, Consumer<List<CaseFile>> act) {
        int total = 0;
        int done;
        do {
            done = currentScope.asSystem(() -> QuarkusTransaction.requiringNew().call(() -> {
                List<CaseFile> cases = query.apply(em).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                        .setHint("jakarta.persistence.lock.timeout", LockOptions.SKIP_LOCKED)
                        .setMaxResults(batch).getResultList();
                act.accept(cases);
                return cases.size();
            }));
            total += done;
        } while (done == batch);
        return total;
    }
}
