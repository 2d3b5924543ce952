package org.chuanyu.commonhandling.cases;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.chuanyu.jurisdiction.scope.CurrentScope;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Seals, at start-up, the cases made before seals existed (migration V3_6 cannot: it never sees the key), in batches
 * and one replica at a time (an advisory lock per batch). A case whose events no longer verify stays unsealed and is
 * logged: verifying it answers where it breaks. It also makes the service refuse to start without its timeline key.
 */
@ApplicationScoped
public class LegacySeals {

    private static final Logger LOG = Logger.getLogger(LegacySeals.class);
    static final String JOB = "legacy-seals";

    @Inject
    CurrentScope currentScope;
    @Inject
    EntityManager em;
    @Inject
    CaseTimeline timeline;
    @ConfigProperty(name = "common-handling.legacy-seals.batch")
    int batch;
    /** Started only to migrate (Kubernetes' init container), without the timeline key: nothing to seal then. */
    @ConfigProperty(name = "quarkus.init-and-exit", defaultValue = "false")
    boolean migrationsOnly;

    void onStart(@Observes StartupEvent start) {
        if (migrationsOnly) {
            return;
        }
        timeline.requireKeys();
        int sealed = 0;
        int refused = 0;
        long afterId = 0;
        while (true) {
            long from = afterId;
            Batch b = currentScope.asSystem(() -> QuarkusTransaction.requiringNew().call(() -> sealBatch(from)));
            sealed += b.sealed();
            refused += b.refused();
            if (b.lastId() == null) {
                break;
            }
            afterId = b.lastId();
        }
        if (sealed + refused > 0) {
            LOG.infof("sealed %d cases made before seals; %d left unsealed because their events do not verify", sealed, refused);
        }
    }

    record Batch(int sealed, int refused, Long lastId) {
    }

    private Batch sealBatch(long afterId) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(:name))").setParameter("name", "common-handling/" + JOB)
                .getSingleResult();
        List<CaseFile> cases = CaseFile.<CaseFile>find("seal is null and timelineSeq > 0 and id > ?1 order by id", afterId)
                .range(0, batch - 1).list();
        int sealed = 0;
        for (CaseFile c : cases) {
            if (timeline.sealLegacy(c)) {
                sealed++;
            } else {
                LOG.warnf("case %s: its events do not verify; left unsealed", c.number);
            }
        }
        return new Batch(sealed, cases.size() - sealed, cases.isEmpty() ? null : cases.get(cases.size() - 1).id);
    }
}
